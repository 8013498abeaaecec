"""The hand annotation of part at (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause);
build.py turns them into offsets. Decisions on hard cases: corpus/agreement/README.md, section
"Part at". The source check here also joins line-end hyphenation (docs/annotation.md §1.1:
`förvalt-` ⏎ `ningen` → `förvaltningen`), which the part's PDF-derived text needs.
"""

from __future__ import annotations

import re

import build
from build import A, C, S, V, rec


def _norm(s: str) -> str:
    s = re.sub(r"(?<=[a-zåäö])-\n(?=[a-zåäö])", "", s)
    return re.sub(r"\s+", " ", s).strip()


build.norm = _norm  # check_source reads the module's norm

LS = "länsstyrelse"
RG = "regering"
MY = "myndighet"


# ---------------------------------------------------------------------------------------------
def lst1990() -> list:
    d = "lansstyrelseinstruktion-1990-1510"
    m2 = ("Departement Inrikesdepartementet LS Utfärdad 1990-12-13 Ändring införd SFS 1990:1510 "
          "Ikraft 1991-07-01 Upphäver Förordning (1988:971) med länsstyrelseinstruktion Källa "
          "Regeringskansliets rättsdatabaser Senast hämtad")
    a1 = ("verka för att de fastställda nationella målen inom olika samhällssektorer får "
          "genomslag i länet,")
    d1 = ("svara för den statliga förvaltningen i länet, i den mån inte någon annan myndighet "
          "har ansvaret för särskilda förvaltningsuppgifter.")
    s2 = ("I frågor som har betydelse också för angränsande län skall länsstyrelsen främja "
          "länens gemensamma intressen.")
    i2a = ("med beaktande av fastställda nationella mål verka för att statlig, kommunal och "
           "landstingskommunal verksamhet i länet samordnas och anpassas efter de övergripande "
           "miljö- och regionalpolitiska målen samt kravet på en långsiktig, god hushållning "
           "med naturresurserna,")
    i2b = ("samordna de olika sektorerna inom länsstyrelsens ansvarsområde och därvid beakta de "
           "aspekter som är av betydelse för den regionala utvecklingen,")
    i2c = ("följa upp och utvärdera insatser inom olika samhällssektorer med såväl ett "
           "nationellt som ett samlat regionalt perspektiv,")
    i2d = ("genomföra eller hos regeringen eller dess myndigheter föreslå sådana åtgärder som är "
           "nödvändiga eller lämpliga för länets utveckling,")
    i2e = ("underrätta regeringen om vad som är särskilt viktigt för regeringen att få veta om "
           "länet och händelser som inträffat där.")
    o2d = "sådana åtgärder som är nödvändiga eller lämpliga för länets utveckling"
    o2e = ("regeringen om vad som är särskilt viktigt för regeringen att få veta om länet och "
           "händelser som inträffat där")
    o2c = "insatser inom olika samhällssektorer"
    U = "har till uppgift att"  # noqa: N806

    def ob(modal, aim, obj, at="Länsstyrelsen"):
        return S(LS, at, "obligation", modal, aim, aim, obj)

    return [
        rec(d, "m1", "paragraph", "Upphävd författning", []),
        rec(d, "title", "heading", "Förordning (1990:1510) med länsstyrelseinstruktion", []),
        rec(d, "m2", "paragraph", m2, [A("Inrikesdepartementet", "inrikesdepartementet"),
                                      A("Regeringskansliets", "regeringskansliet")]),
        rec(d, "h1", "heading", "Länsstyrelsernas uppgifter", [A("Länsstyrelsernas", LS)]),
        rec(d, "§1", "paragraph", "Länsstyrelsen har till uppgift att",
            [A("Länsstyrelsen", LS), V("har", "ha", "pres")], [], parent="h1", label="1 §"),
        rec(d, "§1.a", "list_item", "noga följa länets tillstånd och behov,",
            [V("följa", "följa", "inf")], [ob(U, "följa", "länets tillstånd och behov")],
            parent="§1", label="1."),
        rec(d, "§1.b", "list_item", "främja länets utveckling och befolkningens bästa,",
            [V("främja", "främja", "inf")],
            [ob(U, "främja", "länets utveckling och befolkningens bästa")],
            parent="§1", label="2."),
        rec(d, "§1.c", "list_item", a1, [V("verka", "verka", "inf"), V("får", "få", "pres")],
            [ob(U, "verka", a1[6:-1])], parent="§1", label="3."),
        rec(d, "§1.d", "list_item", d1,
            [V("svara", "svara", "inf"), A("myndighet", MY), V("har", "ha", "pres")],
            [ob(U + " svara för", "svara", "den statliga förvaltningen i länet")],
            parent="§1", label="4."),
        rec(d, "§1.1", "paragraph", s2,
            [V("har", "ha", "pres"), V("skall", "skola", "pres"), A("länsstyrelsen", LS),
             V("främja", "främja", "inf")],
            [ob("skall", "främja", "länens gemensamma intressen", "länsstyrelsen")],
            parent="§1", label="[S2]"),
        rec(d, "§2", "paragraph", "Länsstyrelsen skall särskilt",
            [A("Länsstyrelsen", LS), V("skall", "skola", "pres")], [], parent="h1", label="2 §"),
        rec(d, "§2.a", "list_item", i2a,
            [V("verka", "verka", "inf"), V("samordnas", "samordna", "pres", "pass"),
             V("anpassas", "anpassa", "pres", "pass")],
            [ob("skall", "verka", i2a[i2a.index("för att"):-1])], parent="§2", label="•"),
        rec(d, "§2.b", "list_item", i2b,
            [V("samordna", "samordna", "inf"), A("länsstyrelsens", LS),
             V("beakta", "beakta", "inf"), V("är", "vara", "pres")],
            [ob("skall", "samordna", "de olika sektorerna inom länsstyrelsens ansvarsområde"),
             ob("skall", "beakta",
                "de aspekter som är av betydelse för den regionala utvecklingen")],
            parent="§2", label="•"),
        rec(d, "§2.c", "list_item", i2c,
            [V("följa", "följa", "inf"), V("utvärdera", "utvärdera", "inf")],
            [ob("skall", "följa", o2c), ob("skall", "utvärdera", o2c)], parent="§2", label="•"),
        rec(d, "§2.d", "list_item", i2d,
            [V("genomföra", "genomföra", "inf"), A("regeringen", RG), A("myndigheter", MY),
             V("föreslå", "föreslå", "inf"), V("är", "vara", "pres")],
            [ob("skall", "genomföra", o2d), ob("skall", "föreslå", o2d)], parent="§2",
            label="•"),
        rec(d, "§2.e", "list_item", i2e,
            [V("underrätta", "underrätta", "inf"), A("regeringen", RG, 0),
             V("är", "vara", "pres"), A("regeringen", RG, 1), V("få", "få", "inf"),
             V("veta", "veta", "inf"), V("inträffat", "inträffa", "sup")],
            [ob("skall", "underrätta", o2e)], parent="§2", label="•"),
    ]


# ---------------------------------------------------------------------------------------------
def lst2007() -> list:
    d = "lagboken-lansstyrelseinstruktion-2007-825"
    t1 = ("I varje län finns en länsstyrelse som svarar för den statliga förvaltningen i länet, "
          "i den utsträckning inte någon annan myndighet har ansvaret för särskilda "
          "förvaltningsuppgifter.")
    t2 = ("Länsstyrelsen ska verka för att nationella mål får genomslag i länet samtidigt som "
          "hänsyn ska tas till regionala förhållanden och förutsättningar.")
    t21 = ("Länsstyrelsen ska utifrån ett statligt helhetsperspektiv samordna olika "
           "samhällsintressen inom myndighetens ansvarsområde.")
    t22 = ("Länsstyrelsen ska främja länets utveckling och noga följa länets tillstånd samt "
           "underrätta regeringen om vad som är särskilt viktigt för regeringen att få veta om "
           "länet och händelser som inträffat där.")
    o22 = ("regeringen om vad som är särskilt viktigt för regeringen att få veta om länet och "
           "händelser som inträffat där")
    c21 = "utifrån ett statligt helhetsperspektiv"
    return [
        rec(d, "title", "heading", "SFS 2007:825 Förordning med länsstyrelseinstruktion", []),
        rec(d, "m1", "paragraph", "Källa Regeringskansliets rättsdatabaser m.fl.",
            [A("Regeringskansliets", "regeringskansliet")]),
        rec(d, "m2", "paragraph", "Svensk författningssamling", []),
        rec(d, "h1", "heading",
            "Förordning med länsstyrelseinstruktion; utfärdad den 8 november 2007.", []),
        rec(d, "p1", "paragraph", "Regeringen föreskriver följande.",
            [A("Regeringen", RG), V("föreskriver", "föreskriva", "pres")],
            [S(RG, "Regeringen", "none", None, "föreskriva", "föreskriver", "följande")]),
        rec(d, "h2", "heading", "Uppgifter", []),
        rec(d, "§1", "paragraph", t1,
            [V("finns", "finnas", "pres"), A("länsstyrelse", LS), V("svarar", "svara", "pres"),
             A("myndighet", MY), V("har", "ha", "pres")],
            [S(LS, "länsstyrelse", "none", None, "finnas", "finns", None),
             S(LS, "länsstyrelse", "responsibility", "svarar för", "svara", "svarar",
               "den statliga förvaltningen i länet")], parent="h2", label="1 §"),
        rec(d, "§2", "paragraph", t2,
            [A("Länsstyrelsen", LS), V("ska", "skola", "pres", occ=0), V("verka", "verka", "inf"),
             V("får", "få", "pres"), V("ska", "skola", "pres", occ=1),
             V("tas", "ta", "inf", "pass")],
            [S(LS, "Länsstyrelsen", "obligation", "ska", "verka", "verka",
               "för att nationella mål får genomslag i länet")], parent="h2", label="2 §"),
        rec(d, "§2.1", "paragraph", t21,
            [A("Länsstyrelsen", LS), V("ska", "skola", "pres"), C(c21),
             V("samordna", "samordna", "inf"), A("myndighetens", MY)],
            [S(LS, "Länsstyrelsen", "obligation", "ska", "samordna", "samordna",
               "olika samhällsintressen inom myndighetens ansvarsområde", cond=c21)],
            parent="§2"),
        rec(d, "§2.2", "paragraph", t22,
            [A("Länsstyrelsen", LS), V("ska", "skola", "pres"), V("främja", "främja", "inf"),
             V("följa", "följa", "inf"), V("underrätta", "underrätta", "inf"),
             A("regeringen", RG, 0), V("är", "vara", "pres"), A("regeringen", RG, 1),
             V("få", "få", "inf"), V("veta", "veta", "inf"),
             V("inträffat", "inträffa", "sup")],
            [S(LS, "Länsstyrelsen", "obligation", "ska", "främja", "främja", "länets utveckling"),
             S(LS, "Länsstyrelsen", "obligation", "ska", "följa", "följa", "länets tillstånd"),
             S(LS, "Länsstyrelsen", "obligation", "ska", "underrätta", "underrätta", o22)],
            parent="§2"),
    ]


# ---------------------------------------------------------------------------------------------
SHM = "statens historiska museer"


def shm() -> list:
    d = "statens-historiska-museer-instruktion-1997-1172"
    m1 = ("SFS nr 1997:1172 Departement/myndighet Kulturdepartementet Utfärdad 1997-12-04 "
          "Författningen har upphävts genom SFS 2007:1180 Upphävd 2008-01-01 Ändring införd "
          "t.o.m. SFS 2004:1027")
    t1 = ("Statens historiska museer har till uppgift att bevara och förmedla kulturarvet samt "
          "ge perspektiv på samhällsutvecklingen och samtiden.")
    t11 = ("Myndigheten skall verka för ett ökat intresse för och en ökad kunskap om äldre "
           "tiders historia och kultur i Sverige, den svenska penning- och finanshistorien samt "
           "medaljkonsten.")
    t12 = ("I myndigheten ingår Statens historiska museum och Kungl. myntkabinettet – Sveriges "
           "ekonomiska museum. Förordning (1998:1715).")
    km = "Kungl. myntkabinettet – Sveriges ekonomiska museum"
    i1 = ("vårda, förteckna, vetenskapligt bearbeta och genom nyförvärv berika de samlingar som "
          "har anförtrotts myndigheten,")
    o1 = "de samlingar som har anförtrotts myndigheten"
    i2 = ("förvalta och vårda de fornfynd som Riksantikvarieämbetet beslutar att tillföra "
          "myndigheten,")
    o2 = "de fornfynd som Riksantikvarieämbetet beslutar att tillföra myndigheten"
    i3 = ("hålla samlingarna tillgängliga för allmänheten samt driva och stödja "
          "utställningsverksamhet och annan förmedlande verksamhet, och")
    o3 = "utställningsverksamhet och annan förmedlande verksamhet"
    i4 = ("lämna information, råd och annan hjälp till regionala och lokala museer inom sitt "
          "ansvarsområde.")
    t3 = ("Vid fullgörandet av de uppgifter som anges i 2 § 3 och 4 får myndigheten i lämplig "
          "omfattning avgiftsbelägga verksamheten.")
    c3 = "Vid fullgörandet av de uppgifter som anges i 2 § 3 och 4"
    t4 = ("Utöver de uppgifter som myndigheten har enligt 1 och 2 §§ får myndigheten åta sig att "
          "utföra undersökningar, utredningar och andra uppdrag åt myndigheter och enskilda. För "
          "uppdragsverksamheten får myndigheten ta ut ersättning motsvarande kostnaderna för "
          "verksamheten.")
    o4 = ("att utföra undersökningar, utredningar och andra uppdrag åt myndigheter och "
          "enskilda")
    t5 = ("Verksförordningen (1995:1322) skall tillämpas på myndigheten med undantag av 2 §, 4 § "
          "andra stycket, 14, 17, 19 och 30 §§. Förordning (2004:1027).")
    t6 = ("Myndigheten leds av en överintendent. Överintendenten är även museidirektör vid "
          "Statens historiska museum.")

    def ob(at, modal, aim, obj):
        return S(MY, at, "obligation", modal, aim, aim, obj)

    return [
        rec(d, "title", "heading",
            "Förordning (1997:1172) med instruktion för Statens historiska museer",
            [A("Statens historiska museer", SHM)]),
        rec(d, "m1", "paragraph", m1, [A("Kulturdepartementet", "kulturdepartementet")]),
        rec(d, "h1", "heading", "Uppgifter", []),
        rec(d, "§1", "paragraph", t1,
            [A("Statens historiska museer", SHM), V("har", "ha", "pres"),
             V("bevara", "bevara", "inf"), V("förmedla", "förmedla", "inf"),
             V("ge", "ge", "inf")],
            [S(SHM, "Statens historiska museer", "obligation", "har till uppgift att", a, a, o)
             for a, o in (("bevara", "kulturarvet"), ("förmedla", "kulturarvet"),
                          ("ge", "perspektiv på samhällsutvecklingen och samtiden"))],
            parent="h1", label="1 §"),
        rec(d, "§1.1", "paragraph", t11,
            [A("Myndigheten", MY), V("skall", "skola", "pres"), V("verka", "verka", "inf")],
            [ob("Myndigheten", "skall", "verka", t11[t11.index("för ett"):-1])], parent="§1"),
        rec(d, "§1.2", "paragraph", t12,
            [A("myndigheten", MY), V("ingår", "ingå", "pres"),
             A("Statens historiska museum", "statens historiska museum"),
             A(km, km.lower())],
            [S("statens historiska museum", "Statens historiska museum", "none", None, "ingå",
               "ingår", None),
             S(km.lower(), km, "none", None, "ingå", "ingår", None)], parent="§1"),
        rec(d, "§2", "paragraph", "Myndigheten skall särskilt",
            [A("Myndigheten", MY), V("skall", "skola", "pres")], [], parent="h1", label="2 §"),
        rec(d, "§2.a", "list_item", i1,
            [V("vårda", "vårda", "inf"), V("förteckna", "förteckna", "inf"),
             V("bearbeta", "bearbeta", "inf"), V("berika", "berika", "inf"),
             V("har", "ha", "pres"), V("anförtrotts", "anförtro", "sup", "pass"),
             A("myndigheten", MY)],
            [ob("Myndigheten", "skall", a, o1)
             for a in ("vårda", "förteckna", "bearbeta", "berika")], parent="§2", label="1."),
        rec(d, "§2.b", "list_item", i2,
            [V("förvalta", "förvalta", "inf"), V("vårda", "vårda", "inf"),
             A("Riksantikvarieämbetet", "riksantikvarieämbetet"),
             V("beslutar", "besluta", "pres"), V("tillföra", "tillföra", "inf"),
             A("myndigheten", MY)],
            [ob("Myndigheten", "skall", a, o2) for a in ("förvalta", "vårda")],
            parent="§2", label="2."),
        rec(d, "§2.c", "list_item", i3,
            [V("hålla", "hålla", "inf"), V("driva", "driva", "inf"),
             V("stödja", "stödja", "inf")],
            [ob("Myndigheten", "skall", "hålla", "samlingarna"),
             ob("Myndigheten", "skall", "driva", o3), ob("Myndigheten", "skall", "stödja", o3)],
            parent="§2", label="3."),
        rec(d, "§2.d", "list_item", i4, [V("lämna", "lämna", "inf"), A("museer", "museum")],
            [ob("Myndigheten", "skall", "lämna", i4[6:-1])], parent="§2", label="4."),
        rec(d, "§3", "paragraph", t3,
            [C(c3), V("anges", "ange", "pres", "pass"), V("får", "få", "pres"),
             A("myndigheten", MY), V("avgiftsbelägga", "avgiftsbelägga", "inf")],
            [S(MY, "myndigheten", "permission", "får", "avgiftsbelägga", "avgiftsbelägga",
               "verksamheten", cond=c3)], parent="h1", label="3 §"),
        rec(d, "§4", "paragraph", t4,
            [A("myndigheten", MY, 0), V("har", "ha", "pres"), C("enligt 1 och 2 §§"),
             V("får", "få", "pres", occ=0), A("myndigheten", MY, 1), V("åta", "åta", "inf"),
             V("utföra", "utföra", "inf"), A("myndigheter", MY), A("enskilda", "enskild"),
             V("får", "få", "pres", occ=1), A("myndigheten", MY, 2), V("ta", "ta", "inf")],
            [S(MY, "myndigheten", "permission", "får", "åta", "åta", o4),
             S(MY, "myndigheten", "permission", "får", "ta", "ta",
               "ersättning motsvarande kostnaderna för verksamheten")],
            parent="h1", label="4 §"),
        rec(d, "h2", "heading", "Verksförordningens tillämpning", []),
        rec(d, "§5", "paragraph", t5,
            [V("skall", "skola", "pres"), V("tillämpas", "tillämpa", "inf", "pass"),
             A("myndigheten", MY)],
            [S(None, None, "obligation", "skall", "tillämpa", "tillämpas",
               "Verksförordningen (1995:1322)", pas=True)], parent="h2", label="5 §"),
        rec(d, "h3", "heading", "Myndighetens ledning", [A("Myndighetens", MY)]),
        rec(d, "§6", "paragraph", t6,
            [A("Myndigheten", MY), V("leds", "leda", "pres", "pass"),
             A("överintendent", "överintendent"), A("Överintendenten", "överintendent"),
             V("är", "vara", "pres"),
             A("Statens historiska museum", "statens historiska museum")],
            [S("överintendent", "överintendent", "none", None, "leda", "leds", "Myndigheten",
               pas=True),
             S("överintendent", "Överintendenten", "none", None, "vara", "är",
               "museidirektör vid Statens historiska museum")], parent="h3", label="6 §"),
    ]


# ---------------------------------------------------------------------------------------------
GU = "gu holding ab"
US = "universitetsstyrelse"
GUNI = "göteborgs universitet"


def gu() -> list:
    d = "goteborgs-universitet-agardirektiv-gu-holding"
    p1 = ("Universitetsstyrelsen ska varje år fastställa ägardirektiv för sin förvaltning av det "
          "statligt helägda holdingbolaget, GU Holding AB. För perioden juni 2013 till perioden "
          "maj 2014 föreslås att bifogade ägardirektiv fastställs. Det bifogade ägardirektivet "
          "har ändrats jämfört med föregående ägardirektiv vad avser årtalet vid hänvisning till "
          "reviderad bolagsordning som fastställts på årsstämman 2012, samt en förändring i att "
          "GU Holding kan arbeta med projekt och företag med anknytning till Göteborgs "
          "universitet och inte endast sprungna ur Göteborgs universitet. Anledningen till detta "
          "är idéerna som GU Holding hanterar idag har även ursprung från andra universitet "
          "eller andra partners till Göteborgs universitet. I övrigt föreslås att ett "
          "likalydande ägardirektiv fastställes som gällt för föregående period.")
    p2 = ("Universitetsstyrelsen föreslås besluta att fastställa föreslagna ägardirektiv som ska "
          "gälla under perioden 1 juni 2013 till och med sista maj 2014, samt ge rektor i "
          "uppdrag att överlämna denna till GU Holdings årsstämma.")
    pg = ("GÖTEBORGS UNIVERSITET Ägardirektiv för GU Holding AB Fastställs årligen av "
          "universitetsstyrelsen, förslag till universitetsstyrelsen avseende perioden Detta "
          "dokument avser att på ett övergripande plan reglera hur Göteborgs universitet utövar "
          "sin roll som ägare i GU Holding AB. Ägardirektivet fastställs årligen av "
          "universitetsstyrelsen och överlämnas till GU Holding AB av Rektor eller av den rektor "
          "utser som sitt ombud vid Holdingbolagets årsstämma.")
    return [
        rec(d, "title", "heading", "Ägardirektiv till GU Holding AB", [A("GU Holding AB", GU)]),
        rec(d, "m1", "paragraph",
            "Rektor FÖRSLAGS-PM 1 / Dnr E V 2013/353 Universitetsstyrelsen",
            [A("Rektor", "rektor"), A("Universitetsstyrelsen", US)]),
        rec(d, "h1", "heading", "Ägardirektiv till GU Holding AB", [A("GU Holding AB", GU)]),
        rec(d, "p1", "paragraph", p1,
            [A("Universitetsstyrelsen", US), V("ska", "skola", "pres"),
             V("fastställa", "fastställa", "inf"), A("holdingbolaget", GU),
             A("GU Holding AB", GU), V("föreslås", "föreslå", "pres", "pass", occ=0),
             V("fastställs", "fastställa", "pres", "pass"), V("har", "ha", "pres", occ=0),
             V("ändrats", "ändra", "sup", "pass"), V("avser", "avse", "pres"),
             V("fastställts", "fastställa", "sup", "pass"), A("årsstämman", "årsstämma"),
             A("GU Holding", GU, 1), V("kan", "kunna", "pres"), V("arbeta", "arbeta", "inf"),
             A("Göteborgs universitet", GUNI, 0), A("Göteborgs universitet", GUNI, 1),
             V("är", "vara", "pres"), A("GU Holding", GU, 2), V("hanterar", "hantera", "pres"),
             V("har", "ha", "pres", occ=1), A("universitet", "universitet", 2),
             A("partners", "partner"), A("Göteborgs universitet", GUNI, 2),
             V("föreslås", "föreslå", "pres", "pass", occ=1),
             V("fastställes", "fastställa", "pres", "pass"), V("gällt", "gälla", "sup")],
            [S(US, "Universitetsstyrelsen", "obligation", "ska", "fastställa", "fastställa",
               "ägardirektiv för sin förvaltning av det statligt helägda holdingbolaget, "
               "GU Holding AB")], parent="h1"),
        rec(d, "h2", "heading", "Förslag till beslut", []),
        rec(d, "p2", "paragraph", p2,
            [A("Universitetsstyrelsen", US), V("föreslås", "föreslå", "pres", "pass"),
             V("besluta", "besluta", "inf"), V("fastställa", "fastställa", "inf"),
             V("ska", "skola", "pres"), V("gälla", "gälla", "inf"), V("ge", "ge", "inf"),
             A("rektor", "rektor"), V("överlämna", "överlämna", "inf"),
             A("GU Holdings", GU), A("årsstämma", "årsstämma")],
            [S(US, "Universitetsstyrelsen", "none", None, "besluta", "besluta",
               p2[p2.index("att fastställa"):-1])], parent="h2"),
        rec(d, "m2", "paragraph", "Pam Fredman Avdelningens namn Vasaparken, Box 100, Göteborg , "
            "(fax) Styrelsesammanträde , punkt 6", []),
        rec(d, "2", "paragraph", pg,
            [A("GÖTEBORGS UNIVERSITET", GUNI), A("GU Holding AB", GU, 0),
             A("universitetsstyrelsen", US, 0), A("universitetsstyrelsen", US, 1),
             V("avser", "avse", "pres"), V("reglera", "reglera", "inf"),
             A("Göteborgs universitet", GUNI), V("utövar", "utöva", "pres"),
             A("GU Holding AB", GU, 1), V("fastställs", "fastställa", "pres", "pass"),
             A("universitetsstyrelsen", US, 2), V("överlämnas", "överlämna", "pres", "pass"),
             A("GU Holding AB", GU, 2), A("Rektor", "rektor"), A("rektor", "rektor"),
             V("utser", "utse", "pres"), A("Holdingbolagets", GU),
             A("årsstämma", "årsstämma")],
            [S(US, "universitetsstyrelsen", "none", None, "fastställa", "fastställs",
               "Ägardirektivet", pas=True),
             S("rektor", "Rektor", "none", None, "överlämna", "överlämnas", "Ägardirektivet",
               pas=True)], label="2"),
    ]


# ---------------------------------------------------------------------------------------------
KS = "kutchy stiftelsen"


def kutchy() -> list:
    d = "kutchy-stiftelsen-stadgar-utkast"
    t3 = ("Stiftelsens primära ändamål är att främja utvecklingen av hälsa, IT, alternativ eller "
          "ny cancer, tumör, smärta och kroppsbehandling, forskare, forskning, företag i "
          "uppstartsfart, uppmuntra utbildning inom området, äga fastigheter, forskningsresor "
          "mm.")
    t32 = ("I andra hand skall stiftelsen förvalta och upplåta diverse investeringar, kunna ta "
           "emot kapital från stiftaren och andra intressenter som denne sedan kan placera i "
           "projekt som stiftaren behagar, ge understöd till resor och kostnader i samband med "
           "resor, kunna lämna understöd för inköp av boende och för vård samt kunna ge lån.")
    t31 = ("Stiftelsens primära ändamål skall åstadkommas genom främjandet av alternativ eller ny "
           "behandling inom hälsa, IT utveckling, forskning, företag i uppstarts fas, uppmuntra "
           "utbildning inom området, äga och utveckla fastigheter, forskningsresor m.m. De "
           "särskilda områden som stiftelsen vill stödja är hälsa, IT och rättvisa. Vidare skall "
           "stiftelsen stödja även andra ting som företagande och rättvisa inom ofattlig sektor "
           "där enskild person och juridisk person skadats på något sätt")
    t312 = ("Stiftelsen skall främja hälsa, IT och rättvisa. Inom ramen för ovan skall stiftelsen "
            "utdela bidrag samt stipendier till personer, universitet, skolor och inrättningar "
            "vilka bedriver forskning och utvecklingsarbete inom stiftelsens målområden. "
            "Stiftelsen skall kunna utdela bidrag samt stipendier även i de fall då vetenskaplig "
            "forskning ej bedrivs men där arbetet på ett förtjänstfullt sätt bidrar till "
            "forskning och utvecklingsarbete eller bibehåller hälsa, IT säkerhet och rättvisa.")
    t313 = ("Stiftelsen skall kunna ge stipendier, sponsringsbidrag och stöd till inköp av "
            "utrustning och material till företag och privatpersoner vars affärsidé eller "
            "agerande är positivt för nyutveckling.")
    c312 = "Inom ramen för ovan"
    o32 = ("kapital från stiftaren och andra intressenter som denne sedan kan placera i projekt "
           "som stiftaren behagar")

    def ob(at, modal, aim, obj, cond=None):
        return S(KS, at, "obligation", modal, aim, aim, obj, cond=cond)

    return [
        rec(d, "title", "heading", "UTKAST - STADGAR FÖR KUTCHY STIFTELSEN",
            [A("KUTCHY STIFTELSEN", KS)]),
        rec(d, "k1", "heading", "Allmänna bestämmelser.", [], label="Kapitel 1"),
        rec(d, "§1", "paragraph", "Stiftelsens namn är Kutchy Stiftelsen.",
            [A("Stiftelsens", KS), V("är", "vara", "pres")], [], parent="k1", label="§ 1."),
        rec(d, "§2", "paragraph", "Stiftelsen har sitt säte i Varberg.",
            [A("Stiftelsen", KS), V("har", "ha", "pres")],
            [S(KS, "Stiftelsen", "none", None, "ha", "har", "sitt säte i Varberg")],
            parent="k1", label="§ 2."),
        rec(d, "§3", "paragraph", t3,
            [A("Stiftelsens", KS), V("är", "vara", "pres"), V("främja", "främja", "inf"),
             V("uppmuntra", "uppmuntra", "inf"), V("äga", "äga", "inf")], [],
            parent="k1", label="§ 3."),
        rec(d, "§3.s2", "paragraph", t32,
            [V("skall", "skola", "pres"), A("stiftelsen", KS), V("förvalta", "förvalta", "inf"),
             V("upplåta", "upplåta", "inf"), V("kunna", "kunna", "inf", occ=0),
             V("ta", "ta", "inf"), A("stiftaren", "stiftare", 0),
             A("intressenter", "intressent"), V("kan", "kunna", "pres"),
             V("placera", "placera", "inf"), A("stiftaren", "stiftare", 1),
             V("behagar", "behaga", "pres"), V("ge", "ge", "inf", occ=0),
             V("kunna", "kunna", "inf", occ=1), V("lämna", "lämna", "inf"),
             V("kunna", "kunna", "inf", occ=2), V("ge", "ge", "inf", occ=1)],
            [ob("stiftelsen", "skall", "förvalta", "diverse investeringar"),
             ob("stiftelsen", "skall", "upplåta", "diverse investeringar"),
             ob("stiftelsen", "skall kunna", "ta", o32),
             ob("stiftelsen", "skall", "ge",
                "understöd till resor och kostnader i samband med resor"),
             ob("stiftelsen", "skall kunna", "lämna", "understöd för inköp av boende och för vård"),
             ob("stiftelsen", "skall kunna", "ge", "lån")], parent="§3"),
        rec(d, "§3.1", "paragraph", t31,
            [A("Stiftelsens", KS), V("skall", "skola", "pres", occ=0),
             V("åstadkommas", "åstadkomma", "inf", "pass"), V("uppmuntra", "uppmuntra", "inf"),
             V("äga", "äga", "inf"), V("utveckla", "utveckla", "inf"),
             A("stiftelsen", KS, 0), V("vill", "vilja", "pres"),
             V("stödja", "stödja", "inf", occ=0), V("är", "vara", "pres"),
             V("skall", "skola", "pres", occ=1), A("stiftelsen", KS, 1),
             V("stödja", "stödja", "inf", occ=1), A("enskild person", "enskild"),
             A("juridisk person", "juridisk person"), V("skadats", "skada", "sup", "pass")],
            [S(None, None, "obligation", "skall", "åstadkomma", "åstadkommas",
               "Stiftelsens primära ändamål", pas=True),
             ob("stiftelsen", "skall", "stödja",
                t31[t31.index("andra ting"):])], parent="k1", label="§ 3.1"),
        rec(d, "§3.1.s2", "paragraph", t312,
            [A("Stiftelsen", KS, 0), V("skall", "skola", "pres", occ=0),
             V("främja", "främja", "inf"), C(c312), V("skall", "skola", "pres", occ=1),
             A("stiftelsen", KS), V("utdela", "utdela", "inf", occ=0),
             V("bedriver", "bedriva", "pres"), A("stiftelsens", KS), A("Stiftelsen", KS, 1),
             V("skall", "skola", "pres", occ=2), V("kunna", "kunna", "inf"),
             V("utdela", "utdela", "inf", occ=1), V("bedrivs", "bedriva", "pres", "pass"),
             V("bidrar", "bidra", "pres"), V("bibehåller", "bibehålla", "pres")],
            [ob("Stiftelsen", "skall", "främja", "hälsa, IT och rättvisa"),
             ob("stiftelsen", "skall", "utdela",
                "bidrag samt stipendier till personer, universitet, skolor och inrättningar "
                "vilka bedriver forskning och utvecklingsarbete inom stiftelsens målområden",
                cond=c312),
             ob("Stiftelsen", "skall kunna", "utdela", "bidrag samt stipendier")],
            parent="§3.1"),
        rec(d, "§3.1.s3", "paragraph", t313,
            [A("Stiftelsen", KS), V("skall", "skola", "pres"), V("kunna", "kunna", "inf"),
             V("ge", "ge", "inf"), V("är", "vara", "pres")],
            [ob("Stiftelsen", "skall kunna", "ge", t313[t313.index("stipendier"):-1])],
            parent="§3.1"),
    ]


# ---------------------------------------------------------------------------------------------
def sala() -> list:
    d = "sala-norrby-moklinta-pastorat-forsamlingsraden"
    t1 = ("För en församling som ingår i ett pastorat ska pastoratets kyrkofullmäktige välja ett "
          "församlingsråd som styrelse.")
    t2 = ("På ett öppet nomineringsmöte kan församlingens röstberättigade medlemmar nominera "
          "kandidater. Den som tillhör någon av församlingarna i pastoratet ska vara valbar till "
          "ett församlingsråd i pastoratet.")
    t3 = ("Församlingsrådet ska som ett minimum ansvara för gudstjänstlivets utformning och "
          "utveckling i församlingen, men kyrkorådet kan också delegera andra uppgifter som anges "
          "i församlingsinstruktionen till församlingsrådet.")
    t4 = ("Läs mer om vilka som ingår i de olika församlingsråden genom att klicka dig fram i "
          "menyn ovan.")
    FR = "församlingsråd"  # noqa: N806
    return [
        rec(d, "title", "heading", "Församlingsråden", [A("Församlingsråden", FR)]),
        rec(d, "1", "paragraph", t1,
            [A("församling", "församling"), V("ingår", "ingå", "pres"),
             A("pastorat", "pastorat"), V("ska", "skola", "pres"),
             A("pastoratets", "pastorat"), A("kyrkofullmäktige", "kyrkofullmäktige"),
             V("välja", "välja", "inf"), A("församlingsråd", FR)],
            [S("kyrkofullmäktige", "kyrkofullmäktige", "obligation", "ska", "välja", "välja",
               "ett församlingsråd som styrelse")]),
        rec(d, "2", "paragraph", t2,
            [V("kan", "kunna", "pres"), A("församlingens", "församling"),
             A("medlemmar", "medlem"), V("nominera", "nominera", "inf"),
             A("kandidater", "kandidat"), V("tillhör", "tillhöra", "pres"),
             A("församlingarna", "församling"), A("pastoratet", "pastorat", 0),
             V("ska", "skola", "pres"), V("vara", "vara", "inf"), A("församlingsråd", FR),
             A("pastoratet", "pastorat", 1)],
            [S("medlem", "medlemmar", "permission", "kan", "nominera", "nominera",
               "kandidater")]),
        rec(d, "3", "paragraph", t3,
            [A("Församlingsrådet", FR), V("ska", "skola", "pres"),
             V("ansvara", "ansvara", "inf"), A("församlingen", "församling"),
             A("kyrkorådet", "kyrkoråd"), V("kan", "kunna", "pres"),
             V("delegera", "delegera", "inf"), V("anges", "ange", "pres", "pass"),
             A("församlingsrådet", FR)],
            [S(FR, "Församlingsrådet", "obligation", "ska ansvara för", "ansvara", "ansvara",
               "gudstjänstlivets utformning och utveckling i församlingen"),
             S("kyrkoråd", "kyrkorådet", "permission", "kan", "delegera", "delegera",
               "andra uppgifter som anges i församlingsinstruktionen")]),
        rec(d, "4", "paragraph", t4,
            [V("Läs", "läsa", "imp"), V("ingår", "ingå", "pres"),
             A("församlingsråden", FR), V("klicka", "klicka", "inf")], []),
    ]


# ---------------------------------------------------------------------------------------------
def su() -> list:
    d = "stockholms-universitet-besluts-och-delegationsordning"
    su_ = "stockholms universitet"
    pg = ("2 (29) 1. Inledning Högskoleförfattningarna reglerar i dag enbart vilka ärenden som ska "
          "beslutas av universitetsstyrelsen och rektor. Andra beslutande organ inom "
          "universitetet grundar sina beslutsbefogenheter på delegation från överordnade organ, "
          "där den ursprungliga delegationen alltid är från rektor. Syftet med besluts- och "
          "delegationsordningen är att reglera beslutsvägarna inom universitetet. "
          "Högskoleförordningen (1993:100) (nedan förkortad HF) stadgar vilka särskilt angivna "
          "frågor som ska beslutas av universitetsstyrelsen. Sådana frågor får "
          "universitetsstyrelsen inte delegera.")
    return [
        rec(d, "title", "heading", "Besluts- och delegationsordning för Stockholms universitet",
            [A("Stockholms universitet", su_)]),
        rec(d, "3", "paragraph", pg,
            [V("reglerar", "reglera", "pres"), V("ska", "skola", "pres", occ=0),
             V("beslutas", "besluta", "inf", "pass", occ=0),
             A("universitetsstyrelsen", US, 0), A("rektor", "rektor", 0),
             A("organ", "organ", 0), A("universitetet", su_, 0),
             V("grundar", "grunda", "pres"), A("organ", "organ", 1),
             V("är", "vara", "pres", occ=0), A("rektor", "rektor", 1),
             V("är", "vara", "pres", occ=1), V("reglera", "reglera", "inf"),
             A("universitetet", su_, 1), V("stadgar", "stadga", "pres"),
             V("ska", "skola", "pres", occ=1), V("beslutas", "besluta", "inf", "pass", occ=1),
             A("universitetsstyrelsen", US, 1), V("får", "få", "pres"),
             A("universitetsstyrelsen", US, 2), V("delegera", "delegera", "inf")],
            [S("organ", "organ", "none", None, "grunda", "grundar",
               "sina beslutsbefogenheter på delegation från överordnade organ"),
             S(US, "universitetsstyrelsen", "prohibition", "får inte", "delegera", "delegera",
               "Sådana frågor", neg=True)], label="3"),
    ]


DOCS = {
    "lansstyrelseinstruktion-1990-1510": lst1990,
    "lagboken-lansstyrelseinstruktion-2007-825": lst2007,
    "statens-historiska-museer-instruktion-1997-1172": shm,
    "goteborgs-universitet-agardirektiv-gu-holding": gu,
    "kutchy-stiftelsen-stadgar-utkast": kutchy,
    "sala-norrby-moklinta-pastorat-forsamlingsraden": sala,
    "stockholms-universitet-besluts-och-delegationsordning": su,
}
