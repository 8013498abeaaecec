"""The hand annotation of part ar (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause);
build.py turns them into offsets. Decisions on hard cases: corpus/agreement/README.md, section
"Part ar".
"""

from __future__ import annotations

from build import A, C, S, V, rec

# ---------------------------------------------------------------------------------------------
TB = "tornberget fastighetsförvaltnings ab"
HK = "haninge kommun"


def haninge() -> list:
    d = "haninge-tornberget-fastighetsforvaltnings-ab-bolagsordning"
    t41 = ("Ändamålet med bolagets verksamhet är att bedriva en effektiv och serviceinriktad "
           "fastighetsförvaltning med inriktning att tillgodose kommunens behov av "
           "ändamålsenliga lokaler.")
    t42 = ("Bolagets verksamhet ska vidare följa de kommunalrättsliga principerna i 2 kapitlet "
           "kommunallagen, innebärande att verksamheten ska vara förenlig med den kommunala "
           "kompetensen. Såvida inte lag eller rättspraxis för viss verksamhet eller åtgärd "
           "medger undantag, har bolaget att iaktta lokaliseringsprincipen, förbudet mot "
           "spekulativ verksamhet, förbudet mot understöd åt enskild och principen att "
           "kommunmedlemmarna ska behandlas lika.")
    c42 = ("Såvida inte lag eller rättspraxis för viss verksamhet eller åtgärd medger undantag")
    o42 = ("lokaliseringsprincipen, förbudet mot spekulativ verksamhet, förbudet mot understöd "
           "åt enskild och principen att kommunmedlemmarna ska behandlas lika")
    t43 = "Om bolaget likvideras ska dess behållna tillgångar tillfalla Haninge kommun Holding AB."
    t51 = ("Bolaget ska bereda kommunfullmäktige i Haninge kommun möjlighet att ta ställning "
           "innan sådana beslut i verksamheten som är av principiell betydelse eller annars av "
           "större vikt fattas.")
    t31 = ("Bolaget har till föremål för sin verksamhet att inom Haninge kommun bygga, äga, "
           "förvalta och uthyra fastigheter för kommunalt ändamål.")
    m31 = "har till föremål för sin verksamhet att"
    o31 = "fastigheter för kommunalt ändamål"
    return [
        rec(d, "title", "heading", "Bolagsordning för Tornberget Fastighetsförvaltnings AB",
            [A("Tornberget Fastighetsförvaltnings AB", TB)]),
        rec(d, "m1", "paragraph", "Godkänd av kommunfullmäktige 2015-03-02, § 25 Fastställd på "
            "bolagsstämma 2015-04-15, § 12",
            [A("kommunfullmäktige", "kommunfullmäktige"), A("bolagsstämma", "bolagsstämma")]),
        rec(d, "§1", "heading", "Firma", [], label="§ 1"),
        rec(d, "§1.1", "paragraph",
            "Bolagets firma är Tornberget Fastighetsförvaltnings AB i Haninge.",
            [A("Bolagets", TB), V("är", "vara", "pres")], [], parent="§1"),
        rec(d, "§2", "heading", "Säte", [], label="§ 2"),
        rec(d, "§2.1", "paragraph", "Styrelsen har sitt säte i Haninge kommun, Stockholms län.",
            [A("Styrelsen", "styrelse"), V("har", "ha", "pres"), A("Haninge kommun", HK)],
            [S("styrelse", "Styrelsen", "none", None, "ha", "har",
               "sitt säte i Haninge kommun, Stockholms län")], parent="§2"),
        rec(d, "§3", "heading", "Verksamhetsföremål", [], label="§ 3"),
        rec(d, "§3.1", "paragraph", t31,
            [A("Bolaget", TB), V("har", "ha", "pres"), A("Haninge kommun", HK),
             V("bygga", "bygga", "inf"), V("äga", "äga", "inf"), V("förvalta", "förvalta", "inf"),
             V("uthyra", "uthyra", "inf")],
            [S(TB, "Bolaget", "obligation", m31, a, a, o31)
             for a in ("bygga", "äga", "förvalta", "uthyra")], parent="§3"),
        rec(d, "§4", "heading", "Ändamålet med bolagets verksamhet", [A("bolagets", TB)],
            label="§ 4"),
        rec(d, "§4.1", "paragraph", t41,
            [A("bolagets", TB), V("är", "vara", "pres"), V("bedriva", "bedriva", "inf"),
             V("tillgodose", "tillgodose", "inf"), A("kommunens", HK)], [], parent="§4"),
        rec(d, "§4.2", "paragraph", t42,
            [A("Bolagets", TB), V("ska", "skola", "pres"), V("följa", "följa", "inf"),
             V("ska", "skola", "pres", occ=1), V("vara", "vara", "inf"), C(c42),
             V("medger", "medge", "pres"), V("har", "ha", "pres"), A("bolaget", TB),
             V("iaktta", "iaktta", "inf"), A("enskild", "enskild"),
             A("kommunmedlemmarna", "kommunmedlem"), V("ska", "skola", "pres", occ=2),
             V("behandlas", "behandla", "inf", "pass")],
            [S(TB, "bolaget", "obligation", "har bolaget att", "iaktta", "iaktta", o42,
               cond=c42)], parent="§4"),
        rec(d, "§4.3", "paragraph", t43,
            [C("Om bolaget likvideras"), A("bolaget", TB),
             V("likvideras", "likvidera", "pres", "pass"), V("ska", "skola", "pres"),
             V("tillfalla", "tillfalla", "inf"),
             A("Haninge kommun Holding AB", "haninge kommun holding ab")], [], parent="§4"),
        rec(d, "§5", "heading", "Fullmäktiges rätt att ta ställning",
            [A("Fullmäktiges", "kommunfullmäktige"), V("ta", "ta", "inf")], label="§ 5"),
        rec(d, "§5.1", "paragraph", t51,
            [A("Bolaget", TB), V("ska", "skola", "pres"), V("bereda", "bereda", "inf"),
             A("kommunfullmäktige", "kommunfullmäktige"), A("Haninge kommun", HK),
             V("ta", "ta", "inf"), V("är", "vara", "pres"), V("fattas", "fatta", "pres", "pass")],
            [S(TB, "Bolaget", "obligation", "ska", "bereda", "bereda",
               "kommunfullmäktige i Haninge kommun möjlighet att ta ställning innan sådana "
               "beslut i verksamheten som är av principiell betydelse eller annars av större "
               "vikt fattas")], parent="§5"),
        rec(d, "§6", "heading", "Aktiekapital", [], label="§ 6"),
        rec(d, "§6.1", "paragraph",
            "Aktiekapitalet ska vara lägst 24 000 000 kronor och högst 96 000 000 kronor.",
            [V("ska", "skola", "pres"), V("vara", "vara", "inf")], [], parent="§6"),
        rec(d, "§7", "heading", "Antal aktier", [], label="§ 7"),
        rec(d, "§7.1", "paragraph", "Antalet aktier ska utgöra minst 24 000 och högst 94 000.",
            [V("ska", "skola", "pres"), V("utgöra", "utgöra", "inf")], [], parent="§7"),
    ]


# ---------------------------------------------------------------------------------------------
FS = "förbundsstyrelse"


def akavia() -> list:
    d = "akavia-forbundsstyrelse"
    t1 = ("Mellan fullmäktige leder förbundsstyrelsen verksamheten och är Akavias högsta "
          "beslutande organ.")
    t2 = (t1 + " Förutom sedvanliga styrelseuppgifter, som framgår av stadgarna, ska "
          "förbundsstyrelsen tillsätta styren i professionsföreningarna, delegationer och "
          "fokusgrupper samt utvärdera resultatet av deras verksamheter. Styrelsen får också "
          "besluta vilka delar av förbundets förtroendemannaorganisation som ska göra vad, lösa "
          "uppkomna gränsdragningsfrågor samt besluta om instruktioner för de olika delarna.")
    first = [V("leder", "leda", "pres"), A("förbundsstyrelsen", FS), V("är", "vara", "pres"),
             A("Akavias", "akavia")]
    first_st = [S(FS, "förbundsstyrelsen", "none", None, "leda", "leder", "verksamheten"),
                S(FS, "förbundsstyrelsen", "none", None, "vara", "är",
                  "Akavias högsta beslutande organ")]
    return [
        rec(d, "title", "heading", "Förbundsstyrelse", [A("Förbundsstyrelse", FS)]),
        rec(d, "1", "paragraph", t1, first, first_st),
        rec(d, "h1", "heading", "Förbundsstyrelsen – leder mellan fullmäktige",
            [A("Förbundsstyrelsen", FS), V("leder", "leda", "pres")]),
        rec(d, "2", "paragraph", t2,
            first + [V("framgår", "framgå", "pres"), A("förbundsstyrelsen", FS, 1),
                     V("ska", "skola", "pres"), V("tillsätta", "tillsätta", "inf"),
                     A("styren", "styre"),
                     A("professionsföreningarna", "professionsförening"),
                     V("utvärdera", "utvärdera", "inf"), A("Styrelsen", FS),
                     V("får", "få", "pres"), V("besluta", "besluta", "inf"),
                     A("förbundets", "förbund"),
                     A("förtroendemannaorganisation", "förtroendemannaorganisation"),
                     V("ska", "skola", "pres", occ=1), V("göra", "göra", "inf"),
                     V("lösa", "lösa", "inf"), V("besluta", "besluta", "inf", occ=1)],
            first_st + [
                S(FS, "förbundsstyrelsen", "obligation", "ska", "tillsätta", "tillsätta",
                  "styren i professionsföreningarna, delegationer och fokusgrupper"),
                S(FS, "förbundsstyrelsen", "obligation", "ska", "utvärdera", "utvärdera",
                  "resultatet av deras verksamheter"),
                S(FS, "Styrelsen", "permission", "får", "besluta", "besluta",
                  "vilka delar av förbundets förtroendemannaorganisation som ska göra vad"),
                S(FS, "Styrelsen", "permission", "får", "lösa", "lösa",
                  "uppkomna gränsdragningsfrågor"),
                S(FS, "Styrelsen", "permission", "får", "besluta", "besluta",
                  "om instruktioner för de olika delarna")]),
    ]


# ---------------------------------------------------------------------------------------------
LS = "länsstyrelse"


def lst1997() -> list:
    d = "lansstyrelseinstruktion-1997-1258"
    m1 = ("Departement: Finansdepartementet Utfärdad: 1997-12-18 Ändring införd: t.o.m. SFS "
          "2002:535 Ikraft: 1998-01-01 överg.best. Författningen har upphävts genom: SFS "
          "2002:864 Upphävd: 2003-01-01")
    t1 = ("Länsstyrelsen svarar för den statliga förvaltningen i länet, i den mån inte någon "
          "annan myndighet har ansvaret för särskilda förvaltningsuppgifter.")
    t2 = ("Länsstyrelsen svarar för att länet utvecklas på ett sådant sätt att fastställda "
          "nationella mål får genomslag, samtidigt som hänsyn skall tas till regionala "
          "förhållanden och förutsättningar. Länsstyrelsen skall särskilt med ett samlat "
          "regionalt perspektiv i länet samordna olika samhällsintressen inom myndighetens "
          "ansvarsområde. Länsstyrelsen skall främja länets utveckling och noga följa länets "
          "tillstånd samt underrätta regeringen om vad som är särskilt viktigt för regeringen "
          "att få veta om länet och händelser som inträffat där.")
    return [
        rec(d, "title", "heading", "Förordning (1997:1258) med länsstyrelseinstruktion", []),
        rec(d, "m1", "paragraph", m1, [A("Finansdepartementet", "finansdepartementet")]),
        rec(d, "h1", "heading", "Länsstyrelsens ansvar och uppgifter", [A("Länsstyrelsens", LS)]),
        rec(d, "§1", "paragraph", t1,
            [A("Länsstyrelsen", LS), V("svarar", "svara", "pres"), A("myndighet", "myndighet"),
             V("har", "ha", "pres")],
            [S(LS, "Länsstyrelsen", "responsibility", "svarar för", "svara", "svarar",
               "den statliga förvaltningen i länet")], parent="h1", label="1 §"),
        rec(d, "§2", "paragraph", t2,
            [A("Länsstyrelsen", LS, 0), V("svarar", "svara", "pres"),
             V("utvecklas", "utveckla", "pres", "pass"), V("får", "få", "pres"),
             V("skall", "skola", "pres", occ=0), V("tas", "ta", "inf", "pass"),
             A("Länsstyrelsen", LS, 1), V("skall", "skola", "pres", occ=1),
             V("samordna", "samordna", "inf"), A("myndighetens", "myndighet"),
             A("Länsstyrelsen", LS, 2), V("skall", "skola", "pres", occ=2),
             V("främja", "främja", "inf"), V("följa", "följa", "inf"),
             V("underrätta", "underrätta", "inf"), A("regeringen", "regering", 0),
             V("är", "vara", "pres"), A("regeringen", "regering", 1), V("få", "få", "inf"),
             V("veta", "veta", "inf"), V("inträffat", "inträffa", "sup")],
            [S(LS, "Länsstyrelsen", "responsibility", "svarar för", "svara", "svarar",
               "att länet utvecklas på ett sådant sätt att fastställda nationella mål får "
               "genomslag"),
             S(LS, "Länsstyrelsen", "obligation", "skall", "samordna", "samordna",
               "olika samhällsintressen inom myndighetens ansvarsområde"),
             S(LS, "Länsstyrelsen", "obligation", "skall", "främja", "främja",
               "länets utveckling"),
             S(LS, "Länsstyrelsen", "obligation", "skall", "följa", "följa", "länets tillstånd"),
             S(LS, "Länsstyrelsen", "obligation", "skall", "underrätta", "underrätta",
               "regeringen om vad som är särskilt viktigt för regeringen att få veta om länet "
               "och händelser som inträffat där")], parent="h1", label="2 §"),
    ]


def lst1986() -> list:
    d = "lansstyrelseinstruktion-1986-1122"
    m1 = ("SFS nr 1986:1122 Departement/myndighet Civildepartementet Utfärdad 1986-12-04 "
          "Författningen har upphävts genom SFS 1988:971 Upphävd 1988-10-01")
    t3 = ("Allmänna verksstadgan (1965:600) skall, med undantag av 2 §, 3 § 2 och 18 § tredje "
          "stycket, tillämpas på länsstyrelserna. Förordning (1987:238).")
    t4 = ("Länsstyrelsen svarar för den statliga förvaltningen i länet, i den mån inte någon "
          "annan myndighet har ålagts ansvaret för särskilda förvaltningsuppgifter.")
    t41 = ("Länsstyrelsen skall ge noggrann akt på länets tillstånd och behov samt främja "
           "länets utveckling och befolkningens bästa. I frågor som har betydelse även för "
           "angränsande län skall länsstyrelsen främja det för länen gemensamma intresset.")
    t42 = ("Länsstyrelsen skall genomföra eller hos en annan förvaltningsmyndighet eller "
           "regeringen föreslå de åtgärder som är nödvändiga eller lämpliga för länet. "
           "Länsstyrelsen bör underrätta regeringen om vad som är särskilt viktigt för "
           "regeringen att få veta om länet och händelser som inträffat där.")
    o42 = "de åtgärder som är nödvändiga eller lämpliga för länet"
    t5 = ("Länsstyrelsen skall med beaktande av fastställda nationella mål verka för att "
          "statlig, kommunal och landstingskommunal verksamhet i länet samordnas och anpassas "
          "efter de regionalpolitiska målen och kravet på en långsiktigt god hushållning med "
          "naturresurserna.")
    t51 = ("Länsstyrelsen skall inom sitt verksamhetsområde övervaka att vad som enligt lag "
           "eller annan författning åligger statliga myndigheter, kommuner, landstingskommuner "
           "eller enskilda blir fullgjort. Förordning (1987:238).")
    return [
        rec(d, "title", "heading", "Förordning (1986:1122) med länsstyrelseinstruktion", []),
        rec(d, "m1", "paragraph", m1, [A("Civildepartementet", "civildepartementet")]),
        rec(d, "h1", "heading", "Inledande bestämmelser", []),
        rec(d, "§1", "paragraph", "I varje län finns en länsstyrelse.",
            [V("finns", "finnas", "pres"), A("länsstyrelse", LS)],
            [S(LS, "länsstyrelse", "none", None, "finnas", "finns", None)],
            parent="h1", label="1 §"),
        rec(d, "§2", "paragraph", "För länsstyrelsen i Norrbottens län finns särskilda "
            "bestämmelser.", [A("länsstyrelsen", LS), V("finns", "finnas", "pres")], [],
            parent="h1", label="2 §"),
        rec(d, "§3", "paragraph", t3,
            [V("skall", "skola", "pres"), V("tillämpas", "tillämpa", "inf", "pass"),
             A("länsstyrelserna", LS)],
            [S(None, None, "obligation", "skall", "tillämpa", "tillämpas",
               "Allmänna verksstadgan (1965:600)", pas=True)], parent="h1", label="3 §"),
        rec(d, "h2", "heading", "Uppgifter", []),
        rec(d, "§4", "paragraph", t4,
            [A("Länsstyrelsen", LS), V("svarar", "svara", "pres"), A("myndighet", "myndighet"),
             V("har", "ha", "pres"), V("ålagts", "ålägga", "sup", "pass")],
            [S(LS, "Länsstyrelsen", "responsibility", "svarar för", "svara", "svarar",
               "den statliga förvaltningen i länet")], parent="h2", label="4 §"),
        rec(d, "§4.1", "paragraph", t41,
            [A("Länsstyrelsen", LS), V("skall", "skola", "pres"), V("ge", "ge", "inf"),
             V("främja", "främja", "inf"), V("har", "ha", "pres"),
             V("skall", "skola", "pres", occ=1), A("länsstyrelsen", LS),
             V("främja", "främja", "inf", occ=1)],
            [S(LS, "Länsstyrelsen", "obligation", "skall", "ge", "ge",
               "noggrann akt på länets tillstånd och behov"),
             S(LS, "Länsstyrelsen", "obligation", "skall", "främja", "främja",
               "länets utveckling och befolkningens bästa"),
             S(LS, "länsstyrelsen", "obligation", "skall", "främja", "främja",
               "det för länen gemensamma intresset")], parent="§4"),
        rec(d, "§4.2", "paragraph", t42,
            [A("Länsstyrelsen", LS, 0), V("skall", "skola", "pres"),
             V("genomföra", "genomföra", "inf"),
             A("förvaltningsmyndighet", "förvaltningsmyndighet"),
             A("regeringen", "regering", 0), V("föreslå", "föreslå", "inf"),
             V("är", "vara", "pres"), A("Länsstyrelsen", LS, 1), V("bör", "böra", "pres"),
             V("underrätta", "underrätta", "inf"), A("regeringen", "regering", 1),
             V("är", "vara", "pres", occ=1), A("regeringen", "regering", 2),
             V("få", "få", "inf"), V("veta", "veta", "inf"),
             V("inträffat", "inträffa", "sup")],
            [S(LS, "Länsstyrelsen", "obligation", "skall", "genomföra", "genomföra", o42),
             S(LS, "Länsstyrelsen", "obligation", "skall", "föreslå", "föreslå", o42),
             S(LS, "Länsstyrelsen", "recommendation", "bör", "underrätta", "underrätta",
               "regeringen om vad som är särskilt viktigt för regeringen att få veta om länet "
               "och händelser som inträffat där")], parent="§4"),
        rec(d, "§5", "paragraph", t5,
            [A("Länsstyrelsen", LS), V("skall", "skola", "pres"), V("verka", "verka", "inf"),
             V("samordnas", "samordna", "pres", "pass"),
             V("anpassas", "anpassa", "pres", "pass")],
            [S(LS, "Länsstyrelsen", "obligation", "skall", "verka", "verka",
               "för att statlig, kommunal och landstingskommunal verksamhet i länet samordnas "
               "och anpassas efter de regionalpolitiska målen och kravet på en långsiktigt god "
               "hushållning med naturresurserna")], parent="h2", label="5 §"),
        rec(d, "§5.1", "paragraph", t51,
            [A("Länsstyrelsen", LS), V("skall", "skola", "pres"),
             V("övervaka", "övervaka", "inf"), C("enligt lag eller annan författning"),
             V("åligger", "åligga", "pres"), A("myndigheter", "myndighet"),
             A("kommuner", "kommun"), A("landstingskommuner", "landstingskommun"),
             A("enskilda", "enskild"), V("blir", "bli", "pres")],
            [S(LS, "Länsstyrelsen", "obligation", "skall", "övervaka", "övervaka",
               "att vad som enligt lag eller annan författning åligger statliga myndigheter, "
               "kommuner, landstingskommuner eller enskilda blir fullgjort")], parent="§5"),
    ]


# ---------------------------------------------------------------------------------------------
LH = "landshövding"


def orebro() -> list:
    d = "lansstyrelsen-orebro-landshovding-och-lansledning"
    t1 = ("Landshövdingen är regeringens företrädare i länet och utses vanligtvis i ett "
          "sexårigt förordnande. Det kan förlängas om personen inte har uppnått "
          "pensionsåldern. En viktig uppgift för landshövdingen är att samordna den statliga "
          "verksamheten i länet. Landshövdingen ska även följa länets tillstånd och informera "
          "regeringen om länets behov.")
    c1 = "om personen inte har uppnått pensionsåldern"
    t2 = ("Landshövdingar infördes i Sverige redan 1634, då Axel Oxenstierna delade in landet "
          "i olika kungliga områden (län).")
    t3 = ("Länsrådet leder det dagliga arbetet på länsstyrelsen och är landshövdingens "
          "ersättare när hon inte är i tjänst eller har förhinder. Länsrådet utses av "
          "regeringen efter normalt rekryteringsförfarande.")
    c3 = "när hon inte är i tjänst eller har förhinder"
    return [
        rec(d, "title", "heading", "Landshövding och länsledning",
            [A("Landshövding", LH), A("länsledning", "länsledning")]),
        rec(d, "h1", "heading", "Landshövdingen", [A("Landshövdingen", LH)]),
        rec(d, "1", "paragraph", t1,
            [A("Landshövdingen", LH, 0), V("är", "vara", "pres", occ=0),
             A("regeringens", "regering"), V("utses", "utse", "pres", "pass"),
             V("kan", "kunna", "pres"), V("förlängas", "förlänga", "inf", "pass"), C(c1),
             A("personen", "person"), V("har", "ha", "pres"), V("uppnått", "uppnå", "sup"),
             A("landshövdingen", LH, 0), V("är", "vara", "pres", occ=1),
             V("samordna", "samordna", "inf"), A("Landshövdingen", LH, 1),
             V("ska", "skola", "pres"), V("följa", "följa", "inf"),
             V("informera", "informera", "inf"), A("regeringen", "regering")],
            [S(LH, "Landshövdingen", "none", None, "vara", "är",
               "regeringens företrädare i länet"),
             S(LH, "Landshövdingen", "none", None, "utse", "utses",
               "i ett sexårigt förordnande", pas=True),
             S(LH, "Landshövdingen", "obligation", "ska", "följa", "följa", "länets tillstånd"),
             S(LH, "Landshövdingen", "obligation", "ska", "informera", "informera",
               "regeringen om länets behov")]),
        rec(d, "2", "paragraph", t2,
            [A("Landshövdingar", LH), V("infördes", "införa", "past", "pass"),
             V("delade", "dela", "past")],
            [S(LH, "Landshövdingar", "none", None, "införa", "infördes", "i Sverige redan 1634",
               pas=True)]),
        rec(d, "h2", "heading", "Länsrådet", [A("Länsrådet", "länsråd")]),
        rec(d, "3", "paragraph", t3,
            [A("Länsrådet", "länsråd", 0), V("leder", "leda", "pres"),
             A("länsstyrelsen", LS), V("är", "vara", "pres", occ=0),
             A("landshövdingens", LH), C(c3), V("är", "vara", "pres", occ=1),
             V("har", "ha", "pres"), A("Länsrådet", "länsråd", 1),
             V("utses", "utse", "pres", "pass"), A("regeringen", "regering")],
            [S("länsråd", "Länsrådet", "none", None, "leda", "leder",
               "det dagliga arbetet på länsstyrelsen"),
             S("länsråd", "Länsrådet", "none", None, "vara", "är", "landshövdingens ersättare",
               cond=c3),
             S("regering", "regeringen", "none", None, "utse", "utses", "Länsrådet",
               pas=True)]),
    ]


# ---------------------------------------------------------------------------------------------
def vasterbotten() -> list:
    d = "lansstyrelsen-vasterbotten-sa-styrs-lansstyrelsen"
    t1 = ("Länsstyrelsens uppdrag och uppgifter styrs av förordningen med "
          "länsstyrelseinstruktion och regeringens årliga regleringsbrev.")
    t2 = ("Förordningen (SFS 2017:868) med länsstyrelseinstruktion styr Länsstyrelsens "
          "verksamhet. I den beskrivs bland annat:")
    items = [
        ("Länsstyrelsens uppgifter", [A("Länsstyrelsens", LS)]),
        ("myndighetens ledning", [A("myndighetens", "myndighet"), A("ledning", "ledning")]),
        ("samråd med andra myndigheter i vissa frågor", [A("myndigheter", "myndighet")]),
        ("regler för olika delegationer", []),
        ("anställningsförfarande", []),
        ("landshövdingens tjänstebostad", [A("landshövdingens", LH)]),
        ("Länsstyrelsens särskilda roll vid höjd beredskap i samhället.",
         [A("Länsstyrelsens", LS)]),
    ]
    t3 = ("Regleringsbrevet beslutas varje år av regeringen och innehåller uppdrag samt "
          "riktlinjer om hur Länsstyrelsen ska arbeta med och återrapportera uppdragen. Det är "
          "riksdagen som beslutar om länsstyrelsernas verksamhet. Det är sedan vi som ansvarar "
          "för att beslut från riksdagen och regeringen genomförs i länet.")
    t4 = ("Alla myndigheter är skyldiga att ha en arbetsordning. I arbetsordningen beskrivs och "
          "beslutas myndighetens organisation, delegeringen av beslutanderätt inom myndigheten, "
          "handläggningen av ärenden och formerna i övrigt för verksamheten, till de delar det "
          "inte är reglerat i lag eller förordning.")
    t5 = ("Länsstyrelsen är en så kallad enrådighetsmyndighet. Det innebär att landshövdingen "
          "ansvarar direkt inför regeringen för verksamheten. Till stöd finns ett insynsråd. "
          "Rådet ska vara ett stöd för myndighetschefen och kan i princip fylla samma funktion "
          "som en styrelse men med begränsat ansvar och utan beslutsbefogenheter. De nu "
          "aktuella förordnandena gäller från och med 1 mars 2016 till och med 28 februari "
          "2019.")
    out = [
        rec(d, "title", "heading", "Så styrs Länsstyrelsen",
            [V("styrs", "styra", "pres", "pass"), A("Länsstyrelsen", LS)]),
        rec(d, "1", "paragraph", t1,
            [A("Länsstyrelsens", LS), V("styrs", "styra", "pres", "pass"),
             A("regeringens", "regering")], []),
        rec(d, "h1", "heading", "Länsstyrelseinstruktionen", []),
        rec(d, "2", "paragraph", t2,
            [V("styr", "styra", "pres"), A("Länsstyrelsens", LS),
             V("beskrivs", "beskriva", "pres", "pass")], []),
    ]
    for k, (text, spans) in enumerate(items):
        out.append(rec(d, f"2.{'abcdefg'[k]}", "list_item", text, spans, [], parent="2",
                       label="•"))
    out += [
        rec(d, "h2", "heading",
            "Hela förordningen i Notisumlänk till annan webbplats, öppnas i nytt fönster",
            [V("öppnas", "öppna", "pres", "pass")]),
        rec(d, "h3", "heading", "Regleringsbrev", []),
        rec(d, "3", "paragraph", t3,
            [V("beslutas", "besluta", "pres", "pass"), A("regeringen", "regering", 0),
             V("innehåller", "innehålla", "pres"), A("Länsstyrelsen", LS),
             V("ska", "skola", "pres"), V("arbeta", "arbeta", "inf"),
             V("återrapportera", "återrapportera", "inf"), V("är", "vara", "pres", occ=0),
             A("riksdagen", "riksdag", 0), V("beslutar", "besluta", "pres"),
             A("länsstyrelsernas", LS), V("är", "vara", "pres", occ=1),
             V("ansvarar", "ansvara", "pres"), A("riksdagen", "riksdag", 1),
             A("regeringen", "regering", 1), V("genomförs", "genomföra", "pres", "pass")],
            [S("regering", "regeringen", "none", None, "besluta", "beslutas", "Regleringsbrevet",
               pas=True),
             S("riksdag", "riksdagen", "none", None, "besluta", "beslutar",
               "om länsstyrelsernas verksamhet")]),
        rec(d, "h4", "heading",
            "Länsstyrelsens regleringsbrev på Ekonomistyrningsverkets webbplatslänk till annan "
            "webbplats",
            [A("Länsstyrelsens", LS), A("Ekonomistyrningsverkets", "ekonomistyrningsverket")]),
        rec(d, "h5", "heading", "Arbetsordning", []),
        rec(d, "4", "paragraph", t4,
            [A("myndigheter", "myndighet"), V("är", "vara", "pres", occ=0), V("ha", "ha", "inf"),
             V("beskrivs", "beskriva", "pres", "pass"), V("beslutas", "besluta", "pres", "pass"),
             A("myndighetens", "myndighet"), A("myndigheten", "myndighet"),
             V("är", "vara", "pres", occ=1)],
            [S("myndighet", "myndigheter", "obligation", "är skyldiga att", "ha", "ha",
               "en arbetsordning")]),
        rec(d, "h6", "heading", "Insynsråd", [A("Insynsråd", "insynsråd")]),
        rec(d, "5", "paragraph", t5,
            [A("Länsstyrelsen", LS), V("är", "vara", "pres", occ=0),
             V("innebär", "innebära", "pres"), A("landshövdingen", LH),
             V("ansvarar", "ansvara", "pres"), A("regeringen", "regering"),
             V("finns", "finnas", "pres"), A("insynsråd", "insynsråd"),
             A("Rådet", "insynsråd"), V("ska", "skola", "pres"), V("vara", "vara", "inf"),
             A("myndighetschefen", "myndighetschef"), V("kan", "kunna", "pres"),
             V("fylla", "fylla", "inf"), V("gäller", "gälla", "pres")],
            [S(LS, "Länsstyrelsen", "none", None, "vara", "är",
               "en så kallad enrådighetsmyndighet"),
             S("insynsråd", "insynsråd", "none", None, "finnas", "finns", None),
             S("insynsråd", "Rådet", "obligation", "ska", "vara", "vara",
               "ett stöd för myndighetschefen"),
             S("insynsråd", "Rådet", "permission", "kan", "fylla", "fylla",
               "samma funktion som en styrelse men med begränsat ansvar och utan "
               "beslutsbefogenheter")]),
    ]
    return out


# ---------------------------------------------------------------------------------------------
HS = "högskola"


def boras() -> list:
    d = "hogskolan-i-boras-myndigheten-hogskolan"
    t1 = ("Högskolan leds av en styrelse som har inseende över högskolans alla angelägenheter "
          "och svarar för att dess uppgifter fullgörs. Styrelsens ordförande utses av "
          "regeringen, vice ordförande utses inom styrelsen. Rektor för högskolan är "
          "myndighetschef, och ledamot i styrelsen. I rektors frånvaro ersätter prorektor "
          "rektor och fullgör i övrigt också rektors uppgifter.")
    t2 = ("På dessa sidor förklaras i detalj hur vi som anställda ska agera utifrån "
          "myndighetsperspektivet i olika frågor som rör offentlighet, kravet på opartiskhet, "
          "hantering av allmänna handlingar (både offentliga och hemliga/sekretessbelagda) "
          "vilket också inkluderar pappers- och e-posthantering. De ger också en genomgång av "
          "hur beslut fattas inom högskolan och av vem/vilka.")
    return [
        rec(d, "title", "heading", "Myndigheten högskolan",
            [A("Myndigheten", "myndighet"), A("högskolan", HS)]),
        rec(d, "1", "paragraph", t1,
            [A("Högskolan", HS), V("leds", "leda", "pres", "pass"), A("styrelse", "styrelse"),
             V("har", "ha", "pres"), A("högskolans", HS), V("svarar", "svara", "pres"),
             V("fullgörs", "fullgöra", "pres", "pass"),
             A("Styrelsens ordförande", "styrelsens ordförande"),
             V("utses", "utse", "pres", "pass", occ=0), A("regeringen", "regering"),
             A("vice ordförande", "vice ordförande"), V("utses", "utse", "pres", "pass", occ=1),
             A("styrelsen", "styrelse", 0), A("Rektor", "rektor"), A("högskolan", HS),
             V("är", "vara", "pres"), A("styrelsen", "styrelse", 1), A("rektors", "rektor", 0),
             V("ersätter", "ersätta", "pres"), A("prorektor", "prorektor"),
             A("rektor", "rektor"), V("fullgör", "fullgöra", "pres"),
             A("rektors", "rektor", 1)],
            [S("styrelse", "styrelse", "none", None, "leda", "leds", "Högskolan", pas=True),
             S("styrelse", "styrelse", "responsibility", "svarar för", "svara", "svarar",
               "att dess uppgifter fullgörs"),
             S("regering", "regeringen", "none", None, "utse", "utses", "Styrelsens ordförande",
               pas=True),
             S("vice ordförande", "vice ordförande", "none", None, "utse", "utses",
               "inom styrelsen", pas=True),
             S("rektor", "Rektor", "none", None, "vara", "är",
               "myndighetschef, och ledamot i styrelsen"),
             S("prorektor", "prorektor", "none", None, "ersätta", "ersätter", "rektor"),
             S("prorektor", "prorektor", "none", None, "fullgöra", "fullgör",
               "rektors uppgifter")]),
        rec(d, "2", "paragraph", t2,
            [V("förklaras", "förklara", "pres", "pass"), V("ska", "skola", "pres"),
             V("agera", "agera", "inf"), C("utifrån myndighetsperspektivet"),
             V("rör", "röra", "pres"), V("inkluderar", "inkludera", "pres"),
             V("ger", "ge", "pres"), V("fattas", "fatta", "pres", "pass"), A("högskolan", HS)],
            []),
    ]


# ---------------------------------------------------------------------------------------------
HM = "huvudman"


def sparbank() -> list:
    d = "sparbanksstiftelsen-forsta-huvudman"
    t1 = ("Huvudmännen utgör ett brett samhällsurval. Huvudmännen består av tjugo kvinnor och "
          "män från Stockholms- och Göteborgsregionen. Tio personer från vardera region. "
          "Huvudmännen väljs på fyra år. Omval eller nyval av huvudmän utförs av övriga "
          "huvudmän.")
    t2 = ("Huvudmännen utgör Stiftelsens Årsstämma där de uttalar sig om Årsredovisningen med "
          "resultat och balansräkning. De väljer styrelse och auktoriserad revisor.")
    return [
        rec(d, "title", "heading", "Huvudmän", [A("Huvudmän", HM)]),
        rec(d, "1", "paragraph", t1,
            [A("Huvudmännen", HM, 0), V("utgör", "utgöra", "pres"), A("Huvudmännen", HM, 1),
             V("består", "bestå", "pres"), A("personer", "person"), A("Huvudmännen", HM, 2),
             V("väljs", "välja", "pres", "pass"), A("huvudmän", HM, 0),
             V("utförs", "utföra", "pres", "pass"), A("huvudmän", HM, 1)],
            [S(HM, "Huvudmännen", "none", None, "utgöra", "utgör", "ett brett samhällsurval"),
             S(HM, "Huvudmännen", "none", None, "bestå", "består",
               "av tjugo kvinnor och män från Stockholms- och Göteborgsregionen"),
             S(HM, "Huvudmännen", "none", None, "välja", "väljs", "på fyra år", pas=True),
             S(HM, "huvudmän", "none", None, "utföra", "utförs",
               "Omval eller nyval av huvudmän", pas=True)]),
        rec(d, "2", "paragraph", t2,
            [A("Huvudmännen", HM), V("utgör", "utgöra", "pres"), A("Stiftelsens", "stiftelse"),
             V("uttalar", "uttala", "pres"), V("väljer", "välja", "pres"),
             A("styrelse", "styrelse"), A("revisor", "revisor")],
            [S(HM, "Huvudmännen", "none", None, "utgöra", "utgör",
               "Stiftelsens Årsstämma där de uttalar sig om Årsredovisningen med resultat och "
               "balansräkning")]),
    ]


# ---------------------------------------------------------------------------------------------
FM = "fullmäktige"


def trygg() -> list:
    d = "trygg-stiftelsen-presidium"
    t1 = ("Fullmäktige består av 72 ledamöter. Därutöver ska Fullmäktige välja ytterligare en "
          "ledamot som ska vara Fullmäktiges ordförande. Vice ordförande och andre vice "
          "ordförande väljs bland de 72 ledamöterna. Ordförande och de två vice ordförandena "
          "utgör tillsammans Fullmäktiges presidium.")
    t2 = ("Var och en i presidiet väljs för en period av ett år, valen sker på stiftelsens "
          "stämma i maj.")
    return [
        rec(d, "title", "heading", "Presidium", [A("Presidium", "presidium")]),
        rec(d, "1", "paragraph", t1,
            [A("Fullmäktige", FM, 0), V("består", "bestå", "pres"), A("ledamöter", "ledamot"),
             V("ska", "skola", "pres", occ=0), A("Fullmäktige", FM, 1),
             V("välja", "välja", "inf"), A("ledamot", "ledamot"),
             V("ska", "skola", "pres", occ=1), V("vara", "vara", "inf"),
             A("Vice ordförande", "vice ordförande"),
             A("andre vice ordförande", "andre vice ordförande"),
             V("väljs", "välja", "pres", "pass"), A("ledamöterna", "ledamot"),
             A("Ordförande", "ordförande"), A("vice ordförandena", "vice ordförande"),
             V("utgör", "utgöra", "pres")],
            [S(FM, "Fullmäktige", "none", None, "bestå", "består", "av 72 ledamöter"),
             S(FM, "Fullmäktige", "obligation", "ska", "välja", "välja",
               "ytterligare en ledamot som ska vara Fullmäktiges ordförande"),
             S("ledamot", "ledamot", "obligation", "ska", "vara", "vara",
               "Fullmäktiges ordförande"),
             S("vice ordförande", "Vice ordförande", "none", None, "välja", "väljs",
               "bland de 72 ledamöterna", pas=True),
             S("andre vice ordförande", "andre vice ordförande", "none", None, "välja", "väljs",
               "bland de 72 ledamöterna", pas=True),
             S("ordförande", "Ordförande", "none", None, "utgöra", "utgör",
               "Fullmäktiges presidium"),
             S("vice ordförande", "vice ordförandena", "none", None, "utgöra", "utgör",
               "Fullmäktiges presidium")]),
        rec(d, "2", "paragraph", t2,
            [A("presidiet", "presidium"), V("väljs", "välja", "pres", "pass"),
             V("sker", "ske", "pres"), A("stiftelsens", "stiftelse"), A("stämma", "stämma")],
            []),
    ]


DOCS = {
    "haninge-tornberget-fastighetsforvaltnings-ab-bolagsordning": haninge,
    "akavia-forbundsstyrelse": akavia,
    "lansstyrelseinstruktion-1997-1258": lst1997,
    "lansstyrelseinstruktion-1986-1122": lst1986,
    "lansstyrelsen-orebro-landshovding-och-lansledning": orebro,
    "lansstyrelsen-vasterbotten-sa-styrs-lansstyrelsen": vasterbotten,
    "hogskolan-i-boras-myndigheten-hogskolan": boras,
    "sparbanksstiftelsen-forsta-huvudman": sparbank,
    "trygg-stiftelsen-presidium": trygg,
}
