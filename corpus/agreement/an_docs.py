"""The hand annotation of part an (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause);
build.py turns them into offsets. Decisions on hard cases: corpus/agreement/README.md,
section "Part an".
"""

from __future__ import annotations

from build import A, C, S, V, rec

# ---------------------------------------------------------------------------------------------
BN = "bokforingsnamnden-instruktion"
MY = "myndighet"


def bokforingsnamnden() -> list:
    d = BN
    s6 = ("Finansinspektionen upplåter lokaler samt utför administrativa uppgifter åt myndigheten "
          "enligt avtal mellan myndigheterna.")
    e6 = "enligt avtal mellan myndigheterna"
    return [
        rec(d, "h1", "heading", "Uppgifter", []),
        rec(d, "§1", "paragraph",
            "Bokföringsnämnden har till uppgift att främja utvecklingen av god redovisningssed i "
            "företagens bokföring och offentliga redovisning.",
            [A("Bokföringsnämnden", "bokföringsnämnd"), V("har", "ha", "pres"),
             V("främja", "främja", "inf"), A("företagens", "företag")],
            [S("bokföringsnämnd", "Bokföringsnämnden", "obligation", "har till uppgift att",
               "främja", "främja",
               "utvecklingen av god redovisningssed i företagens bokföring och offentliga "
               "redovisning")], label="1 §"),
        rec(d, "§2", "paragraph", "Myndigheten ska utarbeta allmänna råd inom sitt ansvarsområde.",
            [A("Myndigheten", MY), V("ska", "skola", "pres"), V("utarbeta", "utarbeta", "inf")],
            [S(MY, "Myndigheten", "obligation", "ska", "utarbeta", "utarbeta",
               "allmänna råd inom sitt ansvarsområde")], label="2 §"),
        rec(d, "h2", "heading", "Ledning", []),
        rec(d, "§3", "paragraph", "Myndigheten leds av en nämnd.",
            [A("Myndigheten", MY), V("leds", "leda", "pres", "pass"), A("nämnd", "nämnd")],
            [S("nämnd", "nämnd", "none", None, "leda", "leds", "Myndigheten", pas=True)],
            label="3 §"),
        rec(d, "§4", "paragraph", "Nämnden ska bestå av högst elva ledamöter.",
            [A("Nämnden", "nämnd"), V("ska", "skola", "pres"), V("bestå", "bestå", "inf"),
             A("ledamöter", "ledamot")],
            [S("nämnd", "Nämnden", "obligation", "ska", "bestå", "bestå",
               "av högst elva ledamöter")], label="4 §"),
        rec(d, "h3", "heading", "Organisation", []),
        rec(d, "§5", "paragraph", "Vid nämnden finns ett kansli.",
            [C("Vid nämnden"), A("nämnden", "nämnd"), V("finns", "finnas", "pres"),
             A("kansli", "kansli")],
            [S("kansli", "kansli", "none", None, "finnas", "finns", cond="Vid nämnden")],
            label="5 §"),
        rec(d, "§6", "paragraph", s6,
            [A("Finansinspektionen", "finansinspektionen"), V("upplåter", "upplåta", "pres"),
             V("utför", "utföra", "pres"), A("myndigheten", MY), C(e6),
             A("myndigheterna", MY)],
            [S("finansinspektionen", "Finansinspektionen", "none", None, "upplåta", "upplåter",
               "lokaler"),
             S("finansinspektionen", "Finansinspektionen", "none", None, "utföra", "utför",
               "administrativa uppgifter åt myndigheten", cond=e6)], label="6 §"),
        rec(d, "h4", "heading", "Undantag från myndighetsförordningen", []),
        rec(d, "§7", "paragraph", "Myndigheten ska inte tillämpa 27 § myndighetsförordningen "
            "(2007:515).",
            [A("Myndigheten", MY), V("ska", "skola", "pres"), V("tillämpa", "tillämpa", "inf")],
            [S(MY, "Myndigheten", "prohibition", "ska inte", "tillämpa", "tillämpa",
               "27 § myndighetsförordningen (2007:515)", neg=True)], label="7 §"),
    ]


# ---------------------------------------------------------------------------------------------
EC = "erik-och-carola-tengstroms-fond-stadgar"
FOND = "erik och carola tengströms fond"


def tengstrom() -> list:
    d = EC
    s2 = ("Styrelsen har sitt säte i Uppsala och bestå av tre ledamöter. Två av ledamöterna ska ha "
          "god kännedom om området utvecklingsstörning/förståndshandikapp/intellektuell "
          "funktionsnedsättning. En tredje ledamot ska vara kunnig inom ekonomi. Styrelsen utser "
          "sig själv. Styrelseledamöterna ska erhålla skäligt arvode.")
    s5 = ("Stiftelsen Erik och Carola Tengströms fond har till ändamål att stödja forskning och "
          "främja utveckling av vardagsliv för personer med utvecklingsstörning/"
          "förståndshandikapp/intellektuell funktionsnedsättning inom områden:")
    s6 = ("Stiftelsens räkenskaper som ska föras kalenderårsvis ska en gång årligen före "
          "styrelsens sammanträde granskas av en revisor.")
    mod5 = "har till ändamål att"
    items = ["fysiskt välbefinnande,", "psykiskt välbefinnande,", "fritidsaktiviteter,",
             "kost och matvanor,"]
    out = [
        rec(d, "§1", "paragraph", "Stiftelsens namn skall vara Erik och Carola Tengströms fond",
            [A("Stiftelsens", FOND), V("skall", "skola", "pres"), V("vara", "vara", "inf")],
            label="§ 1"),
        rec(d, "§2", "paragraph", s2,
            [A("Styrelsen", "styrelse"), V("har", "ha", "pres"), V("bestå", "bestå", "inf"),
             A("ledamöter", "ledamot"), A("ledamöterna", "ledamot"), V("ska", "skola", "pres"),
             V("ha", "ha", "inf"), A("ledamot", "ledamot"), V("ska", "skola", "pres", occ=1),
             V("vara", "vara", "inf"), A("Styrelsen", "styrelse", 1),
             V("utser", "utse", "pres"), A("Styrelseledamöterna", "styrelseledamot"),
             V("ska", "skola", "pres", occ=2), V("erhålla", "erhålla", "inf")],
            [S("styrelse", "Styrelsen", "none", None, "ha", "har", "sitt säte i Uppsala"),
             S("styrelse", "Styrelsen", "none", None, "bestå", "bestå", "av tre ledamöter"),
             S("ledamot", "ledamöterna", "obligation", "ska", "ha", "ha",
               "god kännedom om området utvecklingsstörning/förståndshandikapp/intellektuell "
               "funktionsnedsättning"),
             S("ledamot", "ledamot", "obligation", "ska", "vara", "vara", "kunnig inom ekonomi"),
             S("styrelse", "Styrelsen", "none", None, "utse", "utser", "sig själv"),
             S("styrelseledamot", "Styrelseledamöterna", "obligation", "ska", "erhålla",
               "erhålla", "skäligt arvode")], label="§ 2"),
        rec(d, "§3", "paragraph",
            "Som styrelsen beslut gäller den mening varom minst två ledamöter är ense.",
            [A("styrelsen", "styrelse"), V("gäller", "gälla", "pres"), A("ledamöter", "ledamot"),
             V("är", "vara", "pres")], label="§ 3"),
        rec(d, "§4", "paragraph",
            "Styrelsen ska sammanträda minst en gång årligen för att besluta om användandet av "
            "föregående års avkastning.",
            [A("Styrelsen", "styrelse"), V("ska", "skola", "pres"),
             V("sammanträda", "sammanträda", "inf"), V("besluta", "besluta", "inf")],
            [S("styrelse", "Styrelsen", "obligation", "ska", "sammanträda", "sammanträda")],
            label="§ 4"),
        rec(d, "§5", "paragraph", s5,
            [A("Stiftelsen Erik och Carola Tengströms fond", FOND), V("har", "ha", "pres"),
             V("stödja", "stödja", "inf"), V("främja", "främja", "inf")], label="§ 5"),
    ]
    for i, item in enumerate(items):
        out.append(rec(d, f"§5.{'abcd'[i]}", "list_item", item, [],
                       [S(FOND, "Stiftelsen Erik och Carola Tengströms fond", "obligation", mod5,
                          "främja", "främja", item[:-1])], parent="§5", label="•"))
    out += [
        rec(d, "§5.e", "list_item", "gynna levnadsförhållanden på gruppnivå",
            [V("gynna", "gynna", "inf")],
            [S(FOND, "Stiftelsen Erik och Carola Tengströms fond", "obligation", mod5, "gynna",
               "gynna", "levnadsförhållanden på gruppnivå")], parent="§5", label="•"),
        rec(d, "§6", "paragraph", s6,
            [A("Stiftelsens", FOND), V("ska", "skola", "pres"), V("föras", "föra", "inf", "pass"),
             V("ska", "skola", "pres", occ=1), A("styrelsens", "styrelse"),
             V("granskas", "granska", "inf", "pass"), A("revisor", "revisor")],
            [S("revisor", "revisor", "obligation", "ska", "granska", "granskas",
               "Stiftelsens räkenskaper som ska föras kalenderårsvis", pas=True)], label="§ 6"),
    ]
    return out


# ---------------------------------------------------------------------------------------------
HV = "havs-och-vattenmyndigheten-ledningsgrupp"


def havs() -> list:
    d = HV
    p1 = ("Till stöd för ledningen av myndigheten har generaldirektören en ledningsgrupp. "
          "Ledningsgruppen består av generaldirektören, biträdande generaldirektören, de fyra "
          "avdelningscheferna, chefen för ledningsstaben, kommunikationschefen och "
          "personalchefen.")
    p2 = ("Ledningsgruppen ger generaldirektören råd och stöd i ledningen av myndigheten, "
          "samråder och planerar verksamheten och dess genomförande.")
    gd = "generaldirektör"
    return [
        rec(d, "title", "heading", "Ledningsgrupp", [A("Ledningsgrupp", "ledningsgrupp")]),
        rec(d, "1", "paragraph", p1,
            [A("myndigheten", MY), V("har", "ha", "pres"), A("generaldirektören", gd),
             A("ledningsgrupp", "ledningsgrupp"), A("Ledningsgruppen", "ledningsgrupp"),
             V("består", "bestå", "pres"), A("generaldirektören", gd, 1),
             A("biträdande generaldirektören", "biträdande generaldirektör"),
             A("avdelningscheferna", "avdelningschef"), A("chefen", "chef"),
             A("ledningsstaben", "ledningsstab"), A("kommunikationschefen", "kommunikationschef"),
             A("personalchefen", "personalchef")],
            [S(gd, "generaldirektören", "none", None, "ha", "har", "en ledningsgrupp"),
             S("ledningsgrupp", "Ledningsgruppen", "none", None, "bestå", "består",
               p1[p1.index("av generaldirektören"):-1])]),
        rec(d, "2", "paragraph", p2,
            [A("Ledningsgruppen", "ledningsgrupp"), V("ger", "ge", "pres"),
             A("generaldirektören", gd), A("myndigheten", MY),
             V("samråder", "samråda", "pres"), V("planerar", "planera", "pres")],
            [S("ledningsgrupp", "Ledningsgruppen", "none", None, "ge", "ger",
               "generaldirektören råd och stöd i ledningen av myndigheten"),
             S("ledningsgrupp", "Ledningsgruppen", "none", None, "samråda", "samråder"),
             S("ledningsgrupp", "Ledningsgruppen", "none", None, "planera", "planerar",
               "verksamheten och dess genomförande")]),
    ]


# ---------------------------------------------------------------------------------------------
HB = "hogskolan-i-boras-rektors-organisations-och-beslutsordning"
HIB = "högskolan i borås"


def boras() -> list:
    d = HB
    p1 = ("Styrelsen för Högskolan i Borås har i styrelsens organisations- och beslutsordning "
          "(SOB) beslutat om övergripande organisationsstruktur och beslutsordning samt former "
          "för beslutsfattande för styrelse, rektor och särskilda organ vid Högskolan i Borås.")
    c2 = ("Med stöd av 2 kap. 3 högskoleförordningen och 1 kap. 2 styrelsens organisations- och "
          "beslutsordning (SOB)")
    p2 = c2 + " beslutar rektor vid Högskolan i Borås härmed följande."
    c3 = "I enlighet med 2 kap. 2 styrelsens organisations- och beslutsordning (SOB)"
    p3 = c3 + " svarar rektor för högskolans ledning under styrelsen."
    eg = "i enlighet med gällande föreskrifter och förekommande beslut"
    p4 = ("Prorektor är ställföreträdande rektor. Prorektor är rådgivare till rektor i "
          "högskolegemensamma frågor. Prorektor fattar beslut samt i övrigt fullgör uppgifter för "
          "högskolans del " + eg + ".")
    eg5 = "i enlighet med gällande föreskrifter, detta beslut och andra förekommande beslut"
    p5 = ("Förvaltningschef är rådgivare till rektor i högskolegemensamma frågor. Förvaltningschef "
          "har särskilt att vara rådgivande i frågor rörande administration och förvaltning. "
          "Förvaltningschef fattar beslut samt i övrigt fullgör uppgifter för högskolans del "
          + eg5 + ".")
    p6 = ("Vicerektor 4 Vicerektor är rådgivare till rektor i högskolegemensamma frågor rörande "
          "forskning och forskarutbildning. Vicerektor fattar beslut samt i övrigt fullgör "
          "uppgifter för högskolans del " + eg + ".")
    rg = "rådgivare till rektor i högskolegemensamma frågor"
    upg = "uppgifter för högskolans del"
    return [
        rec(d, "m1", "paragraph", "HÖGSKOLAN I BORÅS STYRDOKUMENT Dnr",
            [A("HÖGSKOLAN I BORÅS", HIB)], label="1"),
        rec(d, "title", "heading", "REKTORS ORGANISATIONS- OCH BESLUTSORDNING (ROB)",
            [A("REKTORS", "rektor")]),
        rec(d, "p1", "paragraph", p1,
            [A("Styrelsen", "styrelse"), A("Högskolan i Borås", HIB), V("har", "ha", "pres"),
             A("styrelsens", "styrelse"), V("beslutat", "besluta", "sup"),
             A("styrelse", "styrelse"), A("rektor", "rektor"), A("organ", "organ"),
             A("Högskolan i Borås", HIB, 1)],
            [S("styrelse", "Styrelsen", "none", None, "besluta", "beslutat",
               p1[p1.index("om övergripande"):-1])]),
        rec(d, "p2", "paragraph", p2,
            [C(c2), A("styrelsens", "styrelse"), V("beslutar", "besluta", "pres"),
             A("rektor", "rektor"), A("Högskolan i Borås", HIB)],
            [S("rektor", "rektor", "none", None, "besluta", "beslutar", "följande", cond=c2)]),
        rec(d, "k1", "heading", "HÖGSKOLANS LEDNING UNDER STYRELSEN",
            [A("HÖGSKOLANS", HIB), A("LEDNING", "ledning"), A("STYRELSEN", "styrelse")],
            label="1 kap."),
        rec(d, "h1", "heading", "Rektor", [A("Rektor", "rektor")], parent="k1"),
        rec(d, "§1", "paragraph", p3,
            [C(c3), A("styrelsens", "styrelse"), V("svarar", "svara", "pres"),
             A("rektor", "rektor"), A("högskolans", HIB), A("ledning", "ledning"),
             A("styrelsen", "styrelse")],
            [S("rektor", "rektor", "responsibility", "svarar för", "svara", "svarar",
               "högskolans ledning under styrelsen", cond=c3)], parent="h1", label="1"),
        rec(d, "h2", "heading", "Prorektor/Ställföreträdande rektor",
            [A("Prorektor", "prorektor"),
             A("Ställföreträdande rektor", "ställföreträdande rektor")], parent="k1"),
        rec(d, "§2", "paragraph", p4,
            [A("Prorektor", "prorektor"), V("är", "vara", "pres"), A("Prorektor", "prorektor", 1),
             V("är", "vara", "pres", occ=1), A("rektor", "rektor", 1),
             A("Prorektor", "prorektor", 2), V("fattar", "fatta", "pres"),
             V("fullgör", "fullgöra", "pres"), A("högskolans", HIB), C(eg)],
            [S("prorektor", "Prorektor", "none", None, "vara", "är", "ställföreträdande rektor"),
             S("prorektor", "Prorektor", "none", None, "vara", "är", rg),
             S("prorektor", "Prorektor", "none", None, "fatta", "fattar", "beslut"),
             S("prorektor", "Prorektor", "none", None, "fullgöra", "fullgör", upg, cond=eg)],
            parent="h2", label="2"),
        rec(d, "h3", "heading", "Förvaltningschef", [A("Förvaltningschef", "förvaltningschef")],
            parent="k1"),
        rec(d, "§3", "paragraph", p5,
            [A("Förvaltningschef", "förvaltningschef"), V("är", "vara", "pres"),
             A("rektor", "rektor"), A("Förvaltningschef", "förvaltningschef", 1),
             V("har", "ha", "pres"), V("vara", "vara", "inf"),
             A("Förvaltningschef", "förvaltningschef", 2), V("fattar", "fatta", "pres"),
             V("fullgör", "fullgöra", "pres"), A("högskolans", HIB), C(eg5)],
            [S("förvaltningschef", "Förvaltningschef", "none", None, "vara", "är", rg),
             S("förvaltningschef", "Förvaltningschef", "obligation", "har att", "vara", "vara",
               "rådgivande i frågor rörande administration och förvaltning"),
             S("förvaltningschef", "Förvaltningschef", "none", None, "fatta", "fattar",
               "beslut"),
             S("förvaltningschef", "Förvaltningschef", "none", None, "fullgöra", "fullgör", upg,
               cond=eg5)], parent="h3", label="3"),
        rec(d, "2", "paragraph", p6,
            [A("Vicerektor", "vicerektor"), A("Vicerektor", "vicerektor", 1),
             V("är", "vara", "pres"), A("rektor", "rektor"), A("Vicerektor", "vicerektor", 2),
             V("fattar", "fatta", "pres"), V("fullgör", "fullgöra", "pres"),
             A("högskolans", HIB), C(eg)],
            [S("vicerektor", "Vicerektor", "none", None, "vara", "är",
               "rådgivare till rektor i högskolegemensamma frågor rörande forskning och "
               "forskarutbildning"),
             S("vicerektor", "Vicerektor", "none", None, "fatta", "fattar", "beslut"),
             S("vicerektor", "Vicerektor", "none", None, "fullgöra", "fullgör", upg, cond=eg)],
            label="2"),
    ]


# ---------------------------------------------------------------------------------------------
MF = "myndighetsforordning-2007-515"
LE = "ledning"


def myndighetsforordning() -> list:
    d = MF
    ad = ("AD 2016 nr 76:Fråga om staten har fullgjort sin skyldighet att förhandla enligt 11 § "
          "medbestämmandelagen i samband med ombildningen av 21 polismyndigheter och "
          "Rikspolisstyrelsen till en sammanhållen myndighet.")
    c12 = ("Om en lag eller en förordning innehåller en bestämmelse som avviker från denna "
           "förordning")
    c3 = ("enligt gällande rätt och de förpliktelser som följer av Sveriges medlemskap i "
          "Europeiska unionen")
    p3 = ("Myndighetens ledning ansvarar inför regeringen för verksamheten och skall se till att "
          "den bedrivs effektivt och " + c3 + ", att den redovisas på ett tillförlitligt och "
          "rättvisande sätt samt att myndigheten hushållar väl med statens medel.")
    i2 = ("i arbetsordningen besluta de närmare föreskrifter som behövs om myndighetens "
          "organisation, arbetsfördelningen mellan styrelse och myndighetschef, delegeringen av "
          "beslutanderätt inom myndigheten, handläggningen av ärenden och formerna i övrigt för "
          "verksamheten,")
    i4 = ("säkerställa att det vid myndigheten finns en intern styrning och kontroll som fungerar "
          "på ett betryggande sätt, och")
    i5 = ("avgöra andra ärenden som har principiell karaktär eller större betydelse eller som "
          "avser föreskrifter, om ärendena")

    def led(aim: str, obj: str, cond: str | None = None) -> dict:
        return S(LE, "ledning", "obligation", "skall", aim, aim, obj, cond)

    def leds(actor: str, text: str) -> dict:
        return S(actor, text, "none", None, "leda", "leds", pas=True)

    return [
        rec(d, "title", "heading", "Myndighetsförordning (2007:515)", []),
        rec(d, "m1", "paragraph",
            "Departement Finansdepartementet SFÖ Utfärdad 2007-06-07 Ändring införd SFS 2007:515 "
            "Ikraft 2008-01-01 Upphäver Verksförordning (1995:1322) Källa Regeringskansliets "
            "rättsdatabaser Senast hämtad 2018-08-19",
            [A("Finansdepartementet", "finansdepartementet"),
             A("Regeringskansliets", "regeringskansliet")]),
        rec(d, "h1", "heading", "Förordningens tillämpningsområde", []),
        rec(d, "§1", "paragraph",
            "Denna förordning gäller för förvaltningsmyndigheter under regeringen.",
            [V("gäller", "gälla", "pres"), A("förvaltningsmyndigheter", "förvaltningsmyndighet"),
             A("regeringen", "regering")], label="1 §"),
        rec(d, "§1.2", "paragraph", c12 + ", gäller den bestämmelsen.",
            [C(c12), V("innehåller", "innehålla", "pres"), V("avviker", "avvika", "pres"),
             V("gäller", "gälla", "pres")], parent="§1", label="[S2]"),
        rec(d, "§1.2.a", "list_item", ad,
            [A("staten", "stat"), V("har", "ha", "pres"), V("fullgjort", "fullgöra", "sup"),
             V("förhandla", "förhandla", "inf"), C("enligt 11 § medbestämmandelagen"),
             A("polismyndigheter", "polismyndighet"),
             A("Rikspolisstyrelsen", "rikspolisstyrelsen"), A("myndighet", MY)],
            parent="§1.2", label="•"),
        rec(d, "h2", "heading", "Myndighetens ledning",
            [A("Myndighetens", MY), A("ledning", LE)]),
        rec(d, "§2", "paragraph", "En myndighet leds av",
            [A("myndighet", MY), V("leds", "leda", "pres", "pass")], label="2 §"),
        rec(d, "§2.a", "list_item", "en myndighetschef (enrådighetsmyndighet),",
            [A("myndighetschef", "myndighetschef")], [leds("myndighetschef", "myndighetschef")],
            parent="§2", label="1."),
        rec(d, "§2.b", "list_item", "en styrelse (styrelsemyndighet), eller",
            [A("styrelse", "styrelse")], [leds("styrelse", "styrelse")], parent="§2", label="2."),
        rec(d, "§2.c", "list_item", "en nämnd (nämndmyndighet).",
            [A("nämnd", "nämnd")], [leds("nämnd", "nämnd")], parent="§2", label="3."),
        rec(d, "§2.2", "paragraph",
            "Myndighetens ledningsform anges i myndighetens instruktion eller i någon annan "
            "författning.",
            [A("Myndighetens", MY), V("anges", "ange", "pres", "pass"), A("myndighetens", MY)],
            parent="§2", label="[S2]"),
        rec(d, "h3", "heading", "Ledningens ansvar", [A("Ledningens", LE)]),
        rec(d, "§3", "paragraph", p3,
            [A("Myndighetens", MY), A("ledning", LE), V("ansvarar", "ansvara", "pres"),
             A("regeringen", "regering"), V("skall", "skola", "pres"), V("se", "se", "inf"),
             V("bedrivs", "bedriva", "pres", "pass"), C(c3), V("följer", "följa", "pres"),
             A("Europeiska unionen", "europeiska unionen"),
             V("redovisas", "redovisa", "pres", "pass"), A("myndigheten", MY),
             V("hushållar", "hushålla", "pres"), A("statens", "stat")],
            [S(LE, "ledning", "responsibility", "ansvarar för", "ansvara", "ansvarar",
               "verksamheten"),
             S(LE, "ledning", "obligation", "skall se till att", "se", "se",
               p3[p3.index("att den bedrivs"):-1])], label="3 §"),
        rec(d, "§4", "paragraph", "Myndighetens ledning skall",
            [A("Myndighetens", MY), A("ledning", LE), V("skall", "skola", "pres")], label="4 §"),
        rec(d, "§4.a", "list_item", "besluta en arbetsordning,",
            [V("besluta", "besluta", "inf")], [led("besluta", "en arbetsordning")],
            parent="§4", label="1."),
        rec(d, "§4.b", "list_item", i2,
            [V("besluta", "besluta", "inf"), V("behövs", "behöva", "pres", "pass"),
             A("myndighetens", MY), A("styrelse", "styrelse"),
             A("myndighetschef", "myndighetschef"), A("myndigheten", MY)],
            [led("besluta", i2[i2.index("de närmare"):-1])], parent="§4", label="2."),
        rec(d, "§4.c", "list_item", "besluta en verksamhetsplan för myndigheten,",
            [V("besluta", "besluta", "inf"), A("myndigheten", MY)],
            [led("besluta", "en verksamhetsplan för myndigheten")], parent="§4", label="3."),
        rec(d, "§4.d", "list_item", i4,
            [V("säkerställa", "säkerställa", "inf"), A("myndigheten", MY),
             V("finns", "finnas", "pres"), V("fungerar", "fungera", "pres")],
            [led("säkerställa", i4[len("säkerställa "):-len(", och")])], parent="§4",
            label="4."),
        rec(d, "§4.e", "list_item", i5,
            [V("avgöra", "avgöra", "inf"), V("har", "ha", "pres"), V("avser", "avse", "pres"),
             C("om ärendena")],
            [led("avgöra", i5[len("avgöra "):-len(", om ärendena")], "om ärendena")],
            parent="§4", label="5."),
    ]


# ---------------------------------------------------------------------------------------------
RF = "replots-forsamling-beslutsfattande"
GKR, GKF = "gemensamt kyrkoråd", "gemensamma kyrkofullmäktige"


def replot() -> list:
    d = RF
    sv = "såvida uppgifterna inte ålagts samfällighetens gemensamma kyrkoråd"
    p1 = ("I en kyrklig samfällighet har varje församling sitt eget församlingsråd som leder "
          "församlingens verksamhet. Församlingsrådets medlemmar utses i församlingsval. "
          "Kyrkoherden är rådets ordförande. Församlingsrådet beslutar om användningen av de "
          "medel som församlingen tilldelas i budgeten för den kyrkliga samfälligheten. "
          "Församlingsrådet handhar i huvudsak samma frågor som kyrkorådet, " + sv + ".")
    p2 = ("Samfällighetens högsta beslutande organ är gemensamma kyrkofullmäktige. Fullmäktige "
          "fattar beslut om huvudlinjerna i t.ex. samfällighetens ekonomi. Också medlemmarna i "
          "gemensamma kyrkofullmäktige utses genom församlingsval.")
    p3 = ("Samfällighetens gemensamma kyrkoråd leder samfällighetens verksamhet, ekonomi och "
          "förvaltning. Det verkar också som beredande och verkställande organ för gemensamma "
          "kyrkofullmäktige.")
    fr = "församlingsråd"
    return [
        rec(d, "title", "heading", "Beslutsfattande", []),
        rec(d, "1", "paragraph", p1,
            [A("samfällighet", "samfällighet"), V("har", "ha", "pres"),
             A("församling", "församling"), A("församlingsråd", fr),
             V("leder", "leda", "pres"), A("församlingens", "församling"),
             A("Församlingsrådets medlemmar", "församlingsrådets medlem"),
             V("utses", "utse", "pres", "pass"), A("Kyrkoherden", "kyrkoherde"),
             V("är", "vara", "pres"), A("Församlingsrådet", fr),
             V("beslutar", "besluta", "pres"), A("församlingen", "församling"),
             V("tilldelas", "tilldela", "pres", "pass"), A("samfälligheten", "samfällighet"),
             A("Församlingsrådet", fr, 1), V("handhar", "handha", "pres"),
             A("kyrkorådet", "kyrkoråd"), C(sv), V("ålagts", "ålägga", "sup", "pass"),
             A("samfällighetens", "samfällighet"), A("gemensamma kyrkoråd", GKR)],
            [S("församling", "församling", "none", None, "ha", "har",
               "sitt eget församlingsråd som leder församlingens verksamhet"),
             S("församlingsrådets medlem", "Församlingsrådets medlemmar", "none", None, "utse",
               "utses", pas=True),
             S("kyrkoherde", "Kyrkoherden", "none", None, "vara", "är", "rådets ordförande"),
             S(fr, "Församlingsrådet", "none", None, "besluta", "beslutar",
               "om användningen av de medel som församlingen tilldelas i budgeten för den "
               "kyrkliga samfälligheten"),
             S(fr, "Församlingsrådet", "none", None, "handha", "handhar",
               "samma frågor som kyrkorådet", cond=sv)]),
        rec(d, "2", "paragraph", p2,
            [A("Samfällighetens", "samfällighet"), A("organ", "organ"), V("är", "vara", "pres"),
             A("gemensamma kyrkofullmäktige", GKF), A("Fullmäktige", "fullmäktige"),
             V("fattar", "fatta", "pres"), A("samfällighetens", "samfällighet"),
             A("medlemmarna", "medlem"), A("gemensamma kyrkofullmäktige", GKF, 1),
             V("utses", "utse", "pres", "pass")],
            [S("organ", "organ", "none", None, "vara", "är", "gemensamma kyrkofullmäktige"),
             S("fullmäktige", "Fullmäktige", "none", None, "fatta", "fattar",
               "beslut om huvudlinjerna i t.ex. samfällighetens ekonomi"),
             S("medlem", "medlemmarna", "none", None, "utse", "utses", pas=True)]),
        rec(d, "3", "paragraph", p3,
            [A("Samfällighetens", "samfällighet"), A("gemensamma kyrkoråd", GKR),
             V("leder", "leda", "pres"), A("samfällighetens", "samfällighet"),
             V("verkar", "verka", "pres"), A("gemensamma kyrkofullmäktige", GKF)],
            [S(GKR, "gemensamma kyrkoråd", "none", None, "leda", "leder",
               "samfällighetens verksamhet, ekonomi och förvaltning")]),
    ]


# ---------------------------------------------------------------------------------------------
SJ = "sjatte-ap-fonden-styrelse"


def sjatte() -> list:
    d = SJ
    p = ("Styrelsen, som består av fem ledamöter, tillsätts av regeringen som också utser "
         "ordförande respektive vice ordförande. Regeringen tillämpar ettåriga mandatperioder för "
         "styrelseledamöterna. Förändringar i styrelsens sammansättning meddelas normalt av "
         "regeringen i slutet av maj eller början av juni varje år.")
    return [
        rec(d, "title", "heading", "Styrelse", [A("Styrelse", "styrelse")]),
        rec(d, "1", "paragraph", p,
            [A("Styrelsen", "styrelse"), V("består", "bestå", "pres"), A("ledamöter", "ledamot"),
             V("tillsätts", "tillsätta", "pres", "pass"), A("regeringen", "regering"),
             V("utser", "utse", "pres"), A("ordförande", "ordförande"),
             A("vice ordförande", "vice ordförande"), A("Regeringen", "regering"),
             V("tillämpar", "tillämpa", "pres"), A("styrelseledamöterna", "styrelseledamot"),
             A("styrelsens", "styrelse"), V("meddelas", "meddela", "pres", "pass"),
             A("regeringen", "regering", 1)],
            [S("regering", "regeringen", "none", None, "tillsätta", "tillsätts", "Styrelsen",
               pas=True),
             S("regering", "Regeringen", "none", None, "tillämpa", "tillämpar",
               "ettåriga mandatperioder för styrelseledamöterna"),
             S("regering", "regeringen", "none", None, "meddela", "meddelas",
               "Förändringar i styrelsens sammansättning", pas=True)]),
    ]


# ---------------------------------------------------------------------------------------------
UU = "uppsala-universitet-rektorsprocess"
KO, UK, RG = "konsistorium", "universitetskollegium", "rekryteringsgrupp"


def uppsala() -> list:
    d = UU
    nar = "när omförordnande kan vara aktuellt"
    p1 = ("Universitetets arbetsordning, som beskriver ansvar och beslutsprocesser, är under "
          "revidering. Processen att ta fram förslag på rektor och utse prorektor ska nu ingå, "
          "vilket den tidigare inte gjort. Ett förslag på process, framtagen av en arbetsgrupp, "
          "har under hösten varit på remiss inom universitetet och idag fastställde konsistoriet "
          "denna del av arbetsordningen. Det ingår även en förenklad process " + nar + ", liksom "
          "mandattider för prefekter, dekaner, rektor och prorektor.")
    p2 = ("Vidare beslutades att inrätta ett universitetskollegium, som ska utgöra en permanent "
          "hörandeförsamling. Det nya universitetskollegiet ska även utgöra valförsamling vid val "
          "av lärarledamöter i konsistoriet samt ges möjlighet att lämna synpunkter på förslag "
          "till nomineringsperson samt förslag till ordförande och externa ledamöter i "
          "konsistoriet.")
    nar3 = "när rekrytering sker i öppen konkurrens"
    ia = ("Rekryteringsgruppen (två ledamöter utsedda av konsistoriet, tre vetenskapliga och en "
          "övrig anställd utsedda av sina representanter i Universitetskollegiet, samt två "
          "ledamöter utsedda av studenterna) tar fram förslag och samråder med konsistoriet om "
          "kravprofil och remitterar till universitetskollegiet. Kravprofil beslutas av "
          "konsistoriet.")
    ib = ("Rekryteringsgruppen tar fram en lista på kandidater. Rekryteringsgruppen ska så långt "
          "som det är möjligt ta fram såväl kvinnliga som manliga kandidater och samråder med "
          "konsistoriet.")
    ic = ("Rekryteringsgruppen lämnar namn på kandidater som ska höras till universitetskollegiet "
          "som hör kandidaterna. Konsistoriets ledamöter har närvarorätt, men inte yttranderätt "
          "vid hörandet.")
    id_ = ("Universitetskollegiet överlämnar sitt förslag till rekryteringsgruppen, som lämnar det "
           "vidare till konsistoriet. Konsistoriet beslutar om förslag till rektor och överlämnar "
           "det till regeringen, som fattar slutligt beslut.")
    return [
        rec(d, "1", "paragraph", p1,
            [A("Universitetets", "universitet"), V("beskriver", "beskriva", "pres"),
             V("är", "vara", "pres"), V("ta", "ta", "inf"), A("rektor", "rektor"),
             V("utse", "utse", "inf"), A("prorektor", "prorektor"), V("ska", "skola", "pres"),
             V("ingå", "ingå", "inf"), V("gjort", "göra", "sup"),
             A("arbetsgrupp", "arbetsgrupp"), V("har", "ha", "pres"),
             V("varit", "vara", "sup"), A("universitetet", "universitet"),
             V("fastställde", "fastställa", "past"), A("konsistoriet", KO),
             V("ingår", "ingå", "pres"), C(nar), V("kan", "kunna", "pres"),
             V("vara", "vara", "inf"), A("prefekter", "prefekt"), A("dekaner", "dekan"),
             A("rektor", "rektor", 1), A("prorektor", "prorektor", 1)],
            [S(KO, "konsistoriet", "none", None, "fastställa", "fastställde",
               "denna del av arbetsordningen")]),
        rec(d, "2", "paragraph", p2,
            [V("beslutades", "besluta", "past", "pass"), V("inrätta", "inrätta", "inf"),
             A("universitetskollegium", UK), V("ska", "skola", "pres"),
             V("utgöra", "utgöra", "inf"), A("universitetskollegiet", UK),
             V("ska", "skola", "pres", occ=1), V("utgöra", "utgöra", "inf", occ=1),
             A("lärarledamöter", "lärarledamot"), A("konsistoriet", KO),
             V("ges", "ge", "inf", "pass"), V("lämna", "lämna", "inf"),
             A("nomineringsperson", "nomineringsperson"), A("ordförande", "ordförande"),
             A("ledamöter", "ledamot"), A("konsistoriet", KO, 1)],
            [S(UK, "universitetskollegium", "obligation", "ska", "utgöra", "utgöra",
               "en permanent hörandeförsamling"),
             S(UK, "universitetskollegiet", "obligation", "ska", "utgöra", "utgöra",
               "valförsamling vid val av lärarledamöter i konsistoriet"),
             S(UK, "universitetskollegiet", "obligation", "ska ges möjlighet att", "lämna",
               "lämna", p2[p2.index("synpunkter på"):-1])]),
        rec(d, "3", "paragraph",
            "Nedan följer processen som gäller " + nar3 + ".",
            [V("följer", "följa", "pres"), V("gäller", "gälla", "pres"), C(nar3),
             V("sker", "ske", "pres")]),
        rec(d, "3.a", "list_item", ia,
            [A("Rekryteringsgruppen", RG), A("ledamöter", "ledamot"), A("konsistoriet", KO),
             A("anställd", "anställd"), A("representanter", "representant"),
             A("Universitetskollegiet", UK), A("ledamöter", "ledamot", 1),
             A("studenterna", "student"), V("tar", "ta", "pres"),
             V("samråder", "samråda", "pres"), A("konsistoriet", KO, 1),
             V("remitterar", "remittera", "pres"), A("universitetskollegiet", UK),
             V("beslutas", "besluta", "pres", "pass"), A("konsistoriet", KO, 2)],
            [S(RG, "Rekryteringsgruppen", "none", None, "ta", "tar", "förslag"),
             S(RG, "Rekryteringsgruppen", "none", None, "samråda", "samråder",
               "med konsistoriet om kravprofil"),
             S(RG, "Rekryteringsgruppen", "none", None, "remittera", "remitterar",
               "till universitetskollegiet"),
             S(KO, "konsistoriet", "none", None, "besluta", "beslutas", "Kravprofil",
               pas=True)], parent="3", label="*"),
        rec(d, "3.b", "list_item", ib,
            [A("Rekryteringsgruppen", RG), V("tar", "ta", "pres"), A("kandidater", "kandidat"),
             A("Rekryteringsgruppen", RG, 1), V("ska", "skola", "pres"),
             V("är", "vara", "pres"), V("ta", "ta", "inf"), A("kandidater", "kandidat", 1),
             V("samråder", "samråda", "pres"), A("konsistoriet", KO)],
            [S(RG, "Rekryteringsgruppen", "none", None, "ta", "tar", "en lista på kandidater"),
             S(RG, "Rekryteringsgruppen", "obligation", "ska", "ta", "ta",
               "såväl kvinnliga som manliga kandidater"),
             S(RG, "Rekryteringsgruppen", "none", None, "samråda", "samråder",
               "med konsistoriet")], parent="3", label="*"),
        rec(d, "3.c", "list_item", ic,
            [A("Rekryteringsgruppen", RG), V("lämnar", "lämna", "pres"),
             A("kandidater", "kandidat"), V("ska", "skola", "pres"),
             V("höras", "höra", "inf", "pass"), A("universitetskollegiet", UK),
             V("hör", "höra", "pres"), A("kandidaterna", "kandidat"),
             A("Konsistoriets ledamöter", "konsistoriets ledamot"), V("har", "ha", "pres")],
            [S(RG, "Rekryteringsgruppen", "none", None, "lämna", "lämnar",
               ic[ic.index("namn på"):ic.index(". Kon")]),
             S("kandidat", "kandidater", "obligation", "ska", "höra", "höras",
               "till universitetskollegiet", pas=True),
             S("konsistoriets ledamot", "Konsistoriets ledamöter", "none", None, "ha", "har",
               "närvarorätt, men inte yttranderätt vid hörandet")], parent="3", label="*"),
        rec(d, "3.d", "list_item", id_,
            [A("Universitetskollegiet", UK), V("överlämnar", "överlämna", "pres"),
             A("rekryteringsgruppen", RG), V("lämnar", "lämna", "pres"),
             A("konsistoriet", KO), A("Konsistoriet", KO), V("beslutar", "besluta", "pres"),
             A("rektor", "rektor"), V("överlämnar", "överlämna", "pres", occ=1),
             A("regeringen", "regering"), V("fattar", "fatta", "pres")],
            [S(UK, "Universitetskollegiet", "none", None, "överlämna", "överlämnar",
               "sitt förslag till rekryteringsgruppen"),
             S(KO, "Konsistoriet", "none", None, "besluta", "beslutar", "om förslag till rektor"),
             S(KO, "Konsistoriet", "none", None, "överlämna", "överlämnar",
               "det till regeringen")], parent="3", label="*"),
    ]


DOCS = {BN: bokforingsnamnden, EC: tengstrom, HV: havs, HB: boras, MF: myndighetsforordning,
        RF: replot, SJ: sjatte, UU: uppsala}
