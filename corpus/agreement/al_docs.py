"""The hand annotation of part al (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause;
-1 for a span inside a word the text layer glued); build.py turns them into offsets.
Decisions on hard cases: corpus/agreement/README.md, section "Part al".
"""

from __future__ import annotations

from build import A, C, S, V, rec

# ---------------------------------------------------------------------------------------------
D = "departementsforordning-1982-1177"

MINISTRIES_1982 = [
    ("Justitiedepartementet", "Ju"), ("Utrikesdepartementet", "UD"),
    ("Försvarsdepartementet", "Fö"), ("Socialdepartementet", "S"),
    ("Kommunikationsdepartementet", "K"), ("Finansdepartementet", "Fi"),
    ("Utbildningsdepartementet", "U"), ("Jordbruksdepartementet", "Jo"),
    ("Arbetsmarknadsdepartementet", "A"), ("Kulturdepartementet", "Ku"),
    ("Närings- och handelsdepartementet", "N"), ("Inrikesdepartementet", "In"),
    ("Miljödepartementet", "M"),
]


def ministry_items(doc: str, parent: str, names: list, first_s: int, ends: list) -> list:
    """`[Sk]Name (Acr),` items under an `I X ingår` lead-in: each name is a subject of ingå."""
    out = []
    for i, ((name, acr), end) in enumerate(zip(names, ends, strict=True)):
        canon = name.lower()
        text = f"{name} ({acr}){end}"
        spans = [A(name, canon), A(acr, canon)]
        out.append(rec(doc, f"{parent}.{chr(97 + i)}", "list_item", text, spans,
                       [S(canon, name, "none", None, "ingå", "ingår")], parent=parent,
                       label=f"[S{first_s + i}]"))
    return out


def departement() -> list:
    uppg = ("Departementen har till uppgift att bereda regeringsärenden och ärenden som avgörs av "
            "departementschefen eller något annat statsråd, att expediera beslut i sådana ärenden "
            "och att i övrigt biträda statsråden i deras verksamhet.")
    mod = "har till uppgift att"
    s17 = ("Beträffande förvaltningskontoret gäller endast 7 och 30 §§, 31 § första stycket, 35, "
           "36 och 36 a §§ samt 37 § första stycket. Vid tillämpningen av 7 § i "
           "förvaltningskontoret utövas departementschefens be- fogenhet av det statsråd "
           "statsministern bestämmer. I övrigt finns före-")
    vid = "Vid tillämpningen av 7 § i förvaltningskontoret"
    return [
        rec(D, "m1", "paragraph", "Upphävd författning", []),
        rec(D, "title", "heading", "Departementsförordning (1982:1177)", []),
        rec(D, "m2", "paragraph",
            "Departement Justitiedepartementet L6 Utfärdad 1982-12-16 Ändring införd SFS "
            "1982:1177 i lydelse enligt SFS 1996:897 Källa Regeringskansliets rättsdatabaser "
            "Senast hämtad",
            [A("Justitiedepartementet", "justitiedepartementet"), C("enligt SFS 1996:897"),
             A("Regeringskansliets", "regeringskansliet")]),
        rec(D, "h1", "heading", "Inledande bestämmelse", []),
        rec(D, "1", "paragraph",
            "I regeringskansliet ingår Statsrådsberedningen och följande tretton departement:",
            [A("regeringskansliet", "regeringskansliet"), V("ingår", "ingå", "pres"),
             A("Statsrådsberedningen", "statsrådsberedningen"), A("departement", "departement")],
            [S("statsrådsberedningen", "Statsrådsberedningen", "none", None, "ingå", "ingår")],
            label="1 §"),
        *ministry_items(D, "1", MINISTRIES_1982, 2, [","] * 12 + ["."]),
        rec(D, "1.2", "paragraph",
            "I regeringskansliet ingår även Regeringskansliets förvaltningskontor.",
            [A("regeringskansliet", "regeringskansliet"), V("ingår", "ingå", "pres"),
             A("Regeringskansliets", "regeringskansliet"),
             A("förvaltningskontor", "förvaltningskontor")],
            [S("förvaltningskontor", "förvaltningskontor", "none", None, "ingå", "ingår")],
            parent="1", label="[S15]"),
        rec(D, "1.3", "paragraph",
            "Beträffande Utrikesdepartementet gäller endast 2 a, 3 och 4 §§, 18 § tredje stycket, "
            "20 § första och andra styckena samt 30 och 37 §§. I övrigt finns föreskrifter om "
            "Utrikesdepartementet i förordningen (1996:728) med instruktion för "
            "Utrikesdepartementet.",
            [A("Utrikesdepartementet", "utrikesdepartementet"), V("gäller", "gälla", "pres"),
             V("finns", "finnas", "pres"),
             A("Utrikesdepartementet", "utrikesdepartementet", 1)],
            parent="1", label="[S16]"),
        rec(D, "1.4", "paragraph", s17,
            [A("förvaltningskontoret", "förvaltningskontor"), V("gäller", "gälla", "pres"),
             C(vid), A("förvaltningskontoret", "förvaltningskontor", 1),
             V("utövas", "utöva", "pres", "pass"), A("departementschefens", "departementschef"),
             A("statsråd", "statsråd"), A("statsministern", "statsminister"),
             V("bestämmer", "bestämma", "pres"), V("finns", "finnas", "pres")],
            [S("statsråd", "statsråd", "none", None, "utöva", "utövas",
               obj="departementschefens be- fogenhet", cond=vid, pas=True)],
            parent="1", label="[S17]"),
        rec(D, "1.5", "paragraph",
            "skrifter om förvaltningskontoret i förordningen (1988:1147) med in- struktion för "
            "Regeringskansliets förvaltningskontor. Förordning (1996:724).",
            [A("förvaltningskontoret", "förvaltningskontor")], parent="1", label="[S18]"),
        rec(D, "h2", "heading", "Uppgifter", []),
        rec(D, "2", "paragraph", uppg,
            [A("Departementen", "departement"), V("har", "ha", "pres"),
             V("bereda", "bereda", "inf"), V("avgörs", "avgöra", "pres", "pass"),
             A("departementschefen", "departementschef"), A("statsråd", "statsråd"),
             V("expediera", "expediera", "inf"), V("biträda", "biträda", "inf"),
             A("statsråden", "statsråd")],
            [S("departement", "Departementen", "obligation", mod, "bereda", "bereda",
               obj="regeringsärenden och ärenden som avgörs av departementschefen eller något "
                   "annat statsråd"),
             S("departement", "Departementen", "obligation", mod, "expediera", "expediera",
               obj="beslut i sådana ärenden"),
             S("departement", "Departementen", "obligation", mod, "biträda", "biträda",
               obj="statsråden i deras verksamhet")],
            label="2 §"),
    ]


# ---------------------------------------------------------------------------------------------
G = "goteborgs-universitet-universitetsstyrelsen-arbetsordning"


def goteborg() -> list:
    us = "universitetsstyrelse"
    gu = "göteborgs universitet"
    enl = "Enligt arbetsordningen för Göteborgs universitet"
    t11 = (enl + ", fastställd av styrelsen 2012-02-20 och senast reviderad enligt beslut "
           "2018-12-14, har styrelsen ansvar och uppgifter enligt följande: Göteborgs universitets "
           "styrelse är universitetets högsta beslutande organ.")
    t31 = ("Universitetsstyrelsen ansvarar inför regeringen för verksamheten och ska se till att "
           "den bedrivs effektivt och att verksamheten redovisas på ett tillförlitligt och "
           "rättvisande sätt samt att universitetet hushållar väl med statens medel. Styrelsen har "
           "enligt högskolelagen inseende över universitetets alla angelägenheter och svarar för "
           "att dess uppgifter fullgörs. Universitetsstyrelsen intygar att årsredovisningen ger en "
           "rättvisande bild av verksamhetens resultat och av kostnader, intäkter och myndighetens "
           "ekonomiska ställning samt lämnar en bedömning av huruvida intern styrning och kontroll "
           "är betryggande.")
    item_b = ("om årsredovisningar, delårsrapporter, budgetunderlag och viktigare framställningar "
              "i övrigt samt säkerställa att det vid högskolan finns en intern styrning och "
              "kontroll som fungerar på ett betryggande sätt,")
    return [
        rec(G, "title", "heading",
            "Arbetsordning för universitetsstyrelsen vid Göteborgs universitet",
            [A("universitetsstyrelsen", us), A("Göteborgs universitet", gu)]),
        rec(G, "m1", "paragraph", "Fastställd av styrelsen 2013-12-17, senast reviderad "
            "2019-02-20.", [A("styrelsen", us)]),
        rec(G, "1", "heading", "Ansvar och uppgifter", [], label="1."),
        rec(G, "1.1", "paragraph", t11,
            [C(enl), A("Göteborgs universitet", gu), A("styrelsen", us),
             C("enligt beslut 2018-12-14"), V("har", "ha", "pres"), A("styrelsen", us, 1),
             C("enligt följande"), A("Göteborgs universitets", gu), A("styrelse", "styrelse"),
             V("är", "vara", "pres"), A("universitetets", gu)],
            [S(us, "styrelsen", "none", None, "ha", "har", obj="ansvar och uppgifter", cond=enl),
             S("styrelse", "styrelse", "none", None, "vara", "är",
               obj="universitetets högsta beslutande organ")],
            parent="1"),
        rec(G, "3.1", "heading", "Ansvar och uppgifter", [], label="3.1"),
        rec(G, "3.1.p1", "paragraph", t31,
            [A("Universitetsstyrelsen", us), V("ansvarar", "ansvara", "pres"),
             A("regeringen", "regering"), V("ska", "skola", "pres"), V("se", "se", "inf"),
             V("bedrivs", "bedriva", "pres", "pass"), V("redovisas", "redovisa", "pres", "pass"),
             A("universitetet", gu), V("hushållar", "hushålla", "pres"), A("statens", "stat"),
             A("Styrelsen", us), V("har", "ha", "pres"), C("enligt högskolelagen"),
             A("universitetets", gu), V("svarar", "svara", "pres"),
             V("fullgörs", "fullgöra", "pres", "pass"), A("Universitetsstyrelsen", us, 1),
             V("intygar", "intyga", "pres"), V("ger", "ge", "pres"), A("myndighetens", gu),
             V("lämnar", "lämna", "pres"), V("är", "vara", "pres")],
            [S(us, "Universitetsstyrelsen", "responsibility", "ansvarar för", "ansvara",
               "ansvarar", obj="verksamheten"),
             S(us, "Universitetsstyrelsen", "obligation", "ska se till att", "se", "se",
               obj="att den bedrivs effektivt och att verksamheten redovisas på ett "
                   "tillförlitligt och rättvisande sätt samt att universitetet hushållar väl med "
                   "statens medel"),
             S(us, "Styrelsen", "none", None, "ha", "har",
               obj="inseende över universitetets alla angelägenheter",
               cond="enligt högskolelagen"),
             S(us, "Styrelsen", "responsibility", "svarar för", "svara", "svarar",
               obj="att dess uppgifter fullgörs"),
             S(us, "Universitetsstyrelsen", "none", None, "intyga", "intygar",
               obj="att årsredovisningen ger en rättvisande bild av verksamhetens resultat och "
                   "av kostnader, intäkter och myndighetens ekonomiska ställning samt lämnar en "
                   "bedömning av huruvida intern styrning och kontroll är betryggande")],
            parent="3.1"),
        rec(G, "3.1.1", "paragraph",
            "Universitetsstyrelsen ska enligt högskoleförordningen besluta:",
            [A("Universitetsstyrelsen", us), V("ska", "skola", "pres"),
             C("enligt högskoleförordningen"), V("besluta", "besluta", "inf")],
            parent="3.1", label="3.1.1"),
        rec(G, "3.1.1.a", "list_item",
            "i viktigare frågor om verksamhetens övergripande inriktning och högskolans "
            "organisation,",
            [A("högskolans", gu)],
            [S(us, "Universitetsstyrelsen", "obligation", "ska", "besluta", "besluta",
               obj="i viktigare frågor om verksamhetens övergripande inriktning och högskolans "
                   "organisation")],
            parent="3.1.1", label="-"),
        rec(G, "3.1.1.b", "list_item", item_b,
            [V("säkerställa", "säkerställa", "inf"), A("högskolan", gu),
             V("finns", "finnas", "pres"), V("fungerar", "fungera", "pres")],
            [S(us, "Universitetsstyrelsen", "obligation", "ska", "besluta", "besluta",
               obj="om årsredovisningar, delårsrapporter, budgetunderlag och viktigare "
                   "framställningar i övrigt"),
             S(us, "Universitetsstyrelsen", "obligation", "ska", "säkerställa", "säkerställa",
               obj="att det vid högskolan finns en intern styrning och kontroll som fungerar på "
                   "ett betryggande sätt")],
            parent="3.1.1", label="-"),
    ]


# ---------------------------------------------------------------------------------------------
B = "hogskolan-i-boras-rektors-beslutsmote"


def boras() -> list:
    t3 = ("Härutöver har ledamöter i rektors ledningsråd samt av ärende berörd "
          "enhets-/institutionsledning närvaro- och yttranderätt. Rektor kan härutöver medge annan "
          "person närvaro- och yttranderätt.")
    nyr = "närvaro- och yttranderätt"
    t4 = ("Ärenden som ska tas till rektorsbeslut ska hanteras enligt särskilda rutiner. Dessa "
          "rutiner finns att läsa i högskolans handläggarhandbok - länk till handboken.")
    return [
        rec(B, "nav", "heading", "Huvudmeny", []),
        rec(B, "title", "heading", "Rektors beslutsmöte", [A("Rektors", "rektor")]),
        rec(B, "1", "paragraph",
            "Rektor Björn Brorström fattar beslut vid rektors beslutsmöte efter föredragning av "
            "handläggare. Prorektor Jenny Johannisson inträder vid rektors förfall.",
            [A("Rektor", "rektor"), V("fattar", "fatta", "pres"), A("rektors", "rektor"),
             A("handläggare", "handläggare"), A("Prorektor", "prorektor"),
             V("inträder", "inträda", "pres"), A("rektors", "rektor", 1)],
            [S("rektor", "Rektor", "none", None, "fatta", "fattar",
               obj="beslut vid rektors beslutsmöte efter föredragning av handläggare"),
             S("prorektor", "Prorektor", "none", None, "inträda", "inträder",
               obj="vid rektors förfall")]),
        rec(B, "2", "paragraph",
            "Vid beslutsmötet deltar normalt även högskoledirektören samt en sekreterare.",
            [C("Vid beslutsmötet"), V("deltar", "delta", "pres"),
             A("högskoledirektören", "högskoledirektör"), A("sekreterare", "sekreterare")],
            [S("högskoledirektör", "högskoledirektören", "none", None, "delta", "deltar",
               cond="Vid beslutsmötet"),
             S("sekreterare", "sekreterare", "none", None, "delta", "deltar",
               cond="Vid beslutsmötet")]),
        rec(B, "3", "paragraph", t3,
            [V("har", "ha", "pres"), A("ledamöter", "ledamot"), A("rektors", "rektor"),
             A("ledningsråd", "ledningsråd"), A("enhets-", "enhetsledning"),
             A("institutionsledning", "institutionsledning"), A("Rektor", "rektor"),
             V("kan", "kunna", "pres"), V("medge", "medge", "inf"), A("person", "person")],
            [S("ledamot", "ledamöter", "none", None, "ha", "har", obj=nyr),
             S("enhetsledning", "enhets-", "none", None, "ha", "har", obj=nyr),
             S("institutionsledning", "institutionsledning", "none", None, "ha", "har", obj=nyr),
             S("rektor", "Rektor", "permission", "kan", "medge", "medge",
               obj="annan person närvaro- och yttranderätt")]),
        rec(B, "4", "paragraph", t4,
            [V("ska", "skola", "pres"), V("tas", "ta", "inf", "pass"),
             V("ska", "skola", "pres", occ=1), V("hanteras", "hantera", "inf", "pass"),
             C("enligt särskilda rutiner"), V("finns", "finnas", "pres"),
             V("läsa", "läsa", "inf"), A("högskolans", "högskola")],
            [S(None, None, "obligation", "ska", "hantera", "hanteras",
               cond="enligt särskilda rutiner", pas=True)]),
        rec(B, "h1", "heading", "Föredragningslistor och beslut, länk till Vibe:", []),
    ]


# ---------------------------------------------------------------------------------------------
L = "lunds-universitet-arbetsordning"


def lund() -> list:
    lu = "lunds universitet"
    us = "universitetsstyrelse"
    msa = "Med stöd av 2 kap. 2 första stycket 8p högskoleförordningen (1993:100)"
    p3 = ("ARBETSORDNING FÖR LUNDS UNIVERSITET 3 Dnr LS 2010/ november 2011 Arbetsordning för "
          "Lunds universitet " + msa + ", nedan HF, fastställer Lunds universitet följande "
          "arbetsordning.")
    p4 = ("4 ARBETSORDNING FÖR LUNDS UNIVERSITET Inledning Inom samtliga nämnder, styrelser och "
          "övriga organ inom Lunds universitet ska det råda balans mellan könen. Med balans menas "
          "i denna arbetsordning att representationen av det ena könet inte får understiga 40 % av "
          "ledamöterna. 1. Organisation 1.1 ORGANISATIONSSCHEMA Lunds universitets organisation "
          "kan i enlighet med denna arbetsordning illustreras enligt följande: En fördjupad "
          "beskrivning av de enskilda enheternas uppdrag, sammansättning m.m. finns i kapitel 2, 3 "
          "och 4 nedan. Universitetsstyrelsen Internrevisionen Holdingbolag och stiftelser "
          "Universitets - förvaltningen Rektor Rektors ledningsråd Övriga beslutande organ som "
          "regleras i arbetsordningen* Fakulteter Ekonomihögskolan Universitetskollegiet "
          "Utbildningsnämnden Forskningsnämnden Humanistiska & teologiska fakulteterna Juridiska "
          "fakulteten Konstnärliga fakulteten Lunds tekniska högskola Medicinska fakulteten "
          "Naturvetenskapliga fakulteten Samhällsvetenskapliga fakulteten Lunds universitets "
          "bibliotek Universitetets särskilda verksamheter Kultur- och museiverksamheterna "
          "Rådgivande organ * Disciplinnämnden, personalansvarsnämnden, nämnden för vetenskaplig "
          "oredlighet, antagningsnämnden och nämnden för ämneslärarutbildningen.")
    p5 = ("ARBETSORDNING FÖR LUNDS UNIVERSITET UNIVERSITETSSTYRELSE Universitetsstyrelsen har "
          "inseende över universitetets alla angelägenheter och svarar för att dess uppgifter "
          "fullgörs (2 kap. 2 högskolelagen (1992:1434), nedan HL).")
    chart = [A("Universitetsstyrelsen", us), A("Internrevisionen", "internrevision"),
             A("Holdingbolag", "holdingbolag"), A("stiftelser", "stiftelse"),
             A("Universitets - förvaltningen", "universitetsförvaltning"), A("Rektor", "rektor"),
             A("Rektors", "rektor"), A("ledningsråd", "ledningsråd"), A("organ", "organ", 1),
             V("regleras", "reglera", "pres", "pass"),
             A("Ekonomihögskolan", "ekonomihögskola"),
             A("Universitetskollegiet", "universitetskollegium"),
             A("Utbildningsnämnden", "utbildningsnämnd"),
             A("Forskningsnämnden", "forskningsnämnd"),
             A("Humanistiska & teologiska fakulteterna", "humanistisk & teologisk fakultet"),
             A("Juridiska fakulteten", "juridisk fakultet"),
             A("Konstnärliga fakulteten", "konstnärlig fakultet"),
             A("Lunds tekniska högskola", "lunds tekniska högskola"),
             A("Medicinska fakulteten", "medicinsk fakultet"),
             A("Naturvetenskapliga fakulteten", "naturvetenskaplig fakultet"),
             A("Samhällsvetenskapliga fakulteten", "samhällsvetenskaplig fakultet"),
             A("Lunds universitets", lu, 1), A("Universitetets", lu), A("organ", "organ", 2),
             A("Disciplinnämnden", "disciplinnämnd"),
             A("personalansvarsnämnden", "personalansvarsnämnd"), A("nämnden", "nämnd"),
             A("antagningsnämnden", "antagningsnämnd"), A("nämnden", "nämnd", 1)]
    return [
        rec(L, "3", "paragraph", p3,
            [A("LUNDS UNIVERSITET", lu), A("Lunds universitet", lu), C(msa),
             V("fastställer", "fastställa", "pres"), A("Lunds universitet", lu, 1)],
            [S(lu, "Lunds universitet", "none", None, "fastställa", "fastställer",
               obj="följande arbetsordning", cond=msa)],
            label="3"),
        rec(L, "4", "paragraph", p4,
            [A("LUNDS UNIVERSITET", lu), A("nämnder", "nämnd"), A("styrelser", "styrelse"),
             A("organ", "organ"), A("Lunds universitet", lu), V("ska", "skola", "pres"),
             V("råda", "råda", "inf"), V("menas", "mena", "pres", "pass"),
             V("får", "få", "pres"), V("understiga", "understiga", "inf"),
             A("ledamöterna", "ledamot"), A("Lunds universitets", lu), V("kan", "kunna", "pres"),
             C("i enlighet med denna arbetsordning"), V("illustreras", "illustrera", "inf",
                                                         "pass"),
             C("enligt följande"), A("enheternas", "enhet"), V("finns", "finnas", "pres")]
            + chart,
            label="4"),
        rec(L, "5", "paragraph", p5,
            [A("LUNDS UNIVERSITET", lu), A("UNIVERSITETSSTYRELSE", us),
             A("Universitetsstyrelsen", us), V("har", "ha", "pres"), A("universitetets", lu),
             V("svarar", "svara", "pres"), V("fullgörs", "fullgöra", "pres", "pass")],
            [S(us, "Universitetsstyrelsen", "none", None, "ha", "har",
               obj="inseende över universitetets alla angelägenheter"),
             S(us, "Universitetsstyrelsen", "responsibility", "svarar för", "svara", "svarar",
               obj="att dess uppgifter fullgörs")],
            label="5"),
    ]


# ---------------------------------------------------------------------------------------------
R = "raddningstjansten-hoga-kusten-adalen-kommunallagen-kommunalforbund"


def raddning() -> list:
    rt = "Räddningstjänsten Höga Kusten - Ådalen"
    t20 = ("Kommuner och landsting får bilda kommunalförbund och lämna över vården av kommunala "
           "angelägenheter till sådana förbund.")
    nar = ("När ett kommunalförbund har hand om en angelägenhet som det finns bestämmelser om i en "
           "särskild författning")
    t23 = ("I ett kommunalförbund skall det som beslutande församling finnas förbundsfullmäktige "
           "eller en förbundsdirektion. Ledamöter och ersättare i den beslutande församlingen "
           "väljs av förbundsmedlemmarnas fullmäktige enligt vad som anges i förbundsordningen. "
           "Varje förbundsmedlem skall vara representerad i den beslutande församlingen med "
           "minst en ledamot och en ersättare. Antalet ersättare skall vara lika många som "
           "antalet ledamöter.")
    env = "enligt vad som anges i förbundsordningen"
    om1 = "om inte en kortare mandattid anges i förbundsordningen"
    t24 = ("Den beslutande församlingen väljs för fyra år, " + om1 + ". Mandattiden räknas från "
           "och med den 1 januari året efter det då val av fullmäktige har ägt rum i hela landet, "
           "om inte annat anges i förbundsordningen.")
    om25 = "Om ett förbund är organiserat med förbundsdirektion"
    t25 = ("Den beslutande församlingen skall tillsätta en förbundsstyrelse. " + om25 + ", skall "
           "direktionen också vara förbundsstyrelse.")
    t27 = ("För ett kommunalförbund skall det finnas en förbundsordning med närmare bestämmelser "
           "om förbundet. Förbundsordningen skall fastställas av förbundsmedlemmarnas fullmäktige.")
    v20 = "vården av kommunala angelägenheter till sådana förbund"
    return [
        rec(R, "nav", "heading", "Stor textstorlek", []),
        rec(R, "title", "heading", rt, [A(rt, rt.lower())]),
        rec(R, "h1", "heading", "Kommunalförbund", [A("Kommunalförbund", "kommunalförbund")]),
        rec(R, "1", "paragraph",
            "Kommunallagen länk till annan webbplats, öppnas i nytt fönsteranger bl.a. följande "
            "beträffande kommunalförbund",
            [V("öppnas", "öppna", "pres", "pass"), V("anger", "ange", "pres", occ=-1),
             A("kommunalförbund", "kommunalförbund")]),
        rec(R, "20", "paragraph", t20,
            [A("Kommuner", "kommun"), A("landsting", "landsting"), V("får", "få", "pres"),
             V("bilda", "bilda", "inf"), A("kommunalförbund", "kommunalförbund"),
             V("lämna", "lämna", "inf"), A("förbund", "förbund")],
            [S("kommun", "Kommuner", "permission", "får", "bilda", "bilda", obj="kommunalförbund"),
             S("kommun", "Kommuner", "permission", "får", "lämna", "lämna", obj=v20),
             S("landsting", "landsting", "permission", "får", "bilda", "bilda",
               obj="kommunalförbund"),
             S("landsting", "landsting", "permission", "får", "lämna", "lämna", obj=v20)],
            label="20 §"),
        rec(R, "22", "paragraph",
            nar + ", skall den författningens bestämmelser om kommuner eller landsting gälla för "
            "förbundet.",
            [C(nar), A("kommunalförbund", "kommunalförbund"), V("har", "ha", "pres"),
             V("finns", "finnas", "pres"), V("skall", "skola", "pres"), A("kommuner", "kommun"),
             A("landsting", "landsting"), V("gälla", "gälla", "inf"),
             A("förbundet", "förbund")],
            label="22 §"),
        rec(R, "23", "paragraph", t23,
            [A("kommunalförbund", "kommunalförbund"), V("skall", "skola", "pres"),
             V("finnas", "finnas", "inf"), A("förbundsfullmäktige", "förbundsfullmäktige"),
             A("förbundsdirektion", "förbundsdirektion"), A("Ledamöter", "ledamot"),
             A("ersättare", "ersättare"), A("församlingen", "församling"),
             V("väljs", "välja", "pres", "pass"),
             A("förbundsmedlemmarnas", "förbundsmedlem"), A("fullmäktige", "fullmäktige"),
             C(env), V("anges", "ange", "pres", "pass"), A("förbundsmedlem", "förbundsmedlem"),
             V("skall", "skola", "pres", occ=1), V("vara", "vara", "inf"),
             A("församlingen", "församling", 1), A("ledamot", "ledamot"),
             A("ersättare", "ersättare", 1), A("ersättare", "ersättare", 2),
             V("skall", "skola", "pres", occ=2), V("vara", "vara", "inf", occ=1),
             A("ledamöter", "ledamot")],
            [S("fullmäktige", "fullmäktige", "none", None, "välja", "väljs",
               obj="Ledamöter och ersättare i den beslutande församlingen", cond=env, pas=True),
             S("förbundsmedlem", "förbundsmedlem", "obligation", "skall", "vara", "vara",
               obj="representerad i den beslutande församlingen med minst en ledamot och en "
                   "ersättare")],
            label="23 §"),
        rec(R, "24", "paragraph", t24,
            [A("församlingen", "församling"), V("väljs", "välja", "pres", "pass"), C(om1),
             V("anges", "ange", "pres", "pass"), V("räknas", "räkna", "pres", "pass"),
             A("fullmäktige", "fullmäktige"), V("har", "ha", "pres"), V("ägt", "äga", "sup"),
             C("om inte annat anges i förbundsordningen"),
             V("anges", "ange", "pres", "pass", occ=1)],
            [S("församling", "församlingen", "none", None, "välja", "väljs", cond=om1,
               pas=True)],
            label="24 §"),
        rec(R, "25", "paragraph", t25,
            [A("församlingen", "församling"), V("skall", "skola", "pres"),
             V("tillsätta", "tillsätta", "inf"), A("förbundsstyrelse", "förbundsstyrelse"),
             C(om25), A("förbund", "förbund"), V("är", "vara", "pres"),
             A("förbundsdirektion", "förbundsdirektion"), V("skall", "skola", "pres", occ=1),
             A("direktionen", "direktion"), V("vara", "vara", "inf")],
            [S("församling", "församlingen", "obligation", "skall", "tillsätta", "tillsätta",
               obj="en förbundsstyrelse"),
             S("direktion", "direktionen", "obligation", "skall", "vara", "vara",
               obj="förbundsstyrelse", cond=om25)],
            label="25 §"),
        rec(R, "27", "paragraph", t27,
            [A("kommunalförbund", "kommunalförbund"), V("skall", "skola", "pres"),
             V("finnas", "finnas", "inf"), A("förbundet", "förbund"),
             V("skall", "skola", "pres", occ=1), V("fastställas", "fastställa", "inf", "pass"),
             A("förbundsmedlemmarnas", "förbundsmedlem"), A("fullmäktige", "fullmäktige")],
            [S("fullmäktige", "fullmäktige", "obligation", "skall", "fastställa", "fastställas",
               obj="Förbundsordningen", pas=True)],
            label="27 §"),
    ]


# ---------------------------------------------------------------------------------------------
K = "regeringskansliet-instruktion-1996-1515"

MINISTRIES_1996 = [
    ("Statsrådsberedningen", "SB"), ("Justitiedepartementet", "Ju"),
    ("Utrikesdepartementet", "UD"), ("Försvarsdepartementet", "Fö"),
    ("Socialdepartementet", "S"), ("Finansdepartementet", "Fi"),
    ("Utbildningsdepartementet", "U"), ("Miljö- och energidepartementet", "M"),
    ("Näringsdepartementet", "N"), ("Kulturdepartementet", "Ku"),
    ("Arbetsmarknadsdepartementet", "A"),
]


def regeringskansliet() -> list:
    rk = "regeringskansliet"
    meta = ("Departement Statsrådsberedningen Utfärdad 1996-12-17 Ändring införd SFS 1996:1515 i "
            "lydelse enligt SFS 2017:17 Ikraft 1997-01-01 Upphäver Förordning (1996:728) med "
            "instruktion för Utrikesdepartementet Förordning (1988:1147) med instruktion för "
            "Regeringskansliets förvaltningskontor Förordning (1992:157) om arkiv hos "
            "regeringskansliet Departementsförordning (1982:1177) Revisionsförordning (1985:606) "
            "för regeringskansliet Källa Regeringskansliets rättsdatabaser Senast hämtad "
            "2019-04-04 Övrigt Rättelseblad 2008:66 har iakttagits.")
    mod = "har till uppgift att"
    omn = "om något annat inte framgår av sammanhanget"
    ur = "utrikesrepresentation"
    items = ministry_items(K, "2", MINISTRIES_1996, 2, [","] * 10 + [", och"])
    return [
        rec(K, "m1", "paragraph", "Inaktuell version", []),
        rec(K, "title", "heading", "Förordning (1996:1515) med instruktion för Regeringskansliet",
            [A("Regeringskansliet", rk)]),
        rec(K, "m2", "paragraph", meta,
            [A("Statsrådsberedningen", "statsrådsberedningen"), C("enligt SFS 2017:17"),
             A("Regeringskansliets", rk, 1), V("har", "ha", "pres"),
             V("iakttagits", "iaktta", "sup", "pass")]),
        rec(K, "h1", "heading", "Regeringskansliets uppgifter", [A("Regeringskansliets", rk)]),
        rec(K, "1", "paragraph",
            "Regeringskansliet har till uppgift att bereda regeringsärenden och att i övrigt "
            "biträda regeringen och statsråden i deras verksamhet.",
            [A("Regeringskansliet", rk), V("har", "ha", "pres"), V("bereda", "bereda", "inf"),
             V("biträda", "biträda", "inf"), A("regeringen", "regering"),
             A("statsråden", "statsråd")],
            [S(rk, "Regeringskansliet", "obligation", mod, "bereda", "bereda",
               obj="regeringsärenden"),
             S(rk, "Regeringskansliet", "obligation", mod, "biträda", "biträda",
               obj="regeringen och statsråden i deras verksamhet")],
            label="1 §"),
        rec(K, "1.2", "paragraph",
            "Myndighetsförordningen (2007:515) ska inte tillämpas på Regeringskansliet. "
            "Förordning (2007:1294).",
            [V("ska", "skola", "pres"), V("tillämpas", "tillämpa", "inf", "pass"),
             A("Regeringskansliet", rk)],
            [S(None, None, "prohibition", "ska inte", "tillämpa", "tillämpas",
               obj="på Regeringskansliet", neg=True, pas=True)],
            parent="1", label="[S2]"),
        rec(K, "h2", "heading", "Regeringskansliets organisation", [A("Regeringskansliets", rk)]),
        rec(K, "2", "paragraph", "I Regeringskansliet ingår",
            [A("Regeringskansliet", rk), V("ingår", "ingå", "pres")], label="2 §"),
        *items,
        rec(K, "2.l", "list_item", "Regeringskansliets förvaltningsavdelning (FA).",
            [A("Regeringskansliets", rk),
             A("förvaltningsavdelning", "förvaltningsavdelning"),
             A("FA", "förvaltningsavdelning")],
            [S("förvaltningsavdelning", "förvaltningsavdelning", "none", None, "ingå", "ingår")],
            parent="2", label="[S13]"),
        rec(K, "2.1", "paragraph",
            "Vad som sägs i denna förordning om departement gäller också Statsrådsberedningen och "
            "förvaltningsavdelningen, " + omn + ". (Förordning 2014:1460).",
            [V("sägs", "säga", "pres", "pass"), A("departement", "departement"),
             V("gäller", "gälla", "pres"), A("Statsrådsberedningen", "statsrådsberedningen"),
             A("förvaltningsavdelningen", "förvaltningsavdelning"), C(omn),
             V("framgår", "framgå", "pres")],
            parent="2", label="[S14]"),
        rec(K, "h3", "heading", "Regeringskansliet och utrikesförvaltningen",
            [A("Regeringskansliet", rk), A("utrikesförvaltningen", "utrikesförvaltning")]),
        rec(K, "3", "paragraph",
            "Utrikesförvaltningen består av Utrikesdepartementet och utrikesrepresentationen.",
            [A("Utrikesförvaltningen", "utrikesförvaltning"), V("består", "bestå", "pres"),
             A("Utrikesdepartementet", "utrikesdepartementet"),
             A("utrikesrepresentationen", ur)],
            [S("utrikesförvaltning", "Utrikesförvaltningen", "none", None, "bestå", "består",
               obj="av Utrikesdepartementet och utrikesrepresentationen")],
            label="3 §"),
        rec(K, "3.2", "paragraph", "I utrikesrepresentationen ingår",
            [A("utrikesrepresentationen", ur), V("ingår", "ingå", "pres")],
            parent="3", label="[S2]"),
        rec(K, "3.2.a", "list_item",
            "beskickningar, delegationer vid internationella organisationer och karriärkonsulat "
            "(utlandsmyndigheter),",
            [A("beskickningar", "beskickning"), A("organisationer", "organisation"),
             A("karriärkonsulat", "karriärkonsulat"),
             A("utlandsmyndigheter", "utlandsmyndighet")],
            [S("beskickning", "beskickningar", "none", None, "ingå", "ingår"),
             S("karriärkonsulat", "karriärkonsulat", "none", None, "ingå", "ingår")],
            parent="3.2", label="1."),
        rec(K, "3.2.b", "list_item", "Svenska institutet i Alexandria, samt",
            [A("Svenska institutet i Alexandria", "svenska institutet i alexandria")],
            [S("svenska institutet i alexandria", "Svenska institutet i Alexandria", "none",
               None, "ingå", "ingår")],
            parent="3.2", label="2."),
        rec(K, "3.2.c", "list_item", "honorärkonsulat och konsularagenturer.",
            [A("honorärkonsulat", "honorärkonsulat"),
             A("konsularagenturer", "konsularagentur")],
            [S("honorärkonsulat", "honorärkonsulat", "none", None, "ingå", "ingår"),
             S("konsularagentur", "konsularagenturer", "none", None, "ingå", "ingår")],
            parent="3.2", label="3."),
    ]


# ---------------------------------------------------------------------------------------------
U = "uppsala-universitet-prorektors-uppgifter-och-beslutanderatter"


def uppsala() -> list:
    uu = "uppsala universitet"
    enl = "enligt högskoleförordningen 2 kap. 13 §"
    t1 = ("Rektor får " + enl + " delegera sina uppgifter, om inte annat är föreskrivet. Av "
          "Uppsala universitets arbetsordning (2012-12-14, UFV 2011/1724) anges vilka av rektors "
          "beslutsbefogenheter som inte får delegeras.")
    vid = "Vid Uppsala universitet"
    t2 = ("Av 2 kap. 10 § högskoleförordningen ska rektor ha en ställföreträdare, som tjänstgör i "
          "rektors ställe när han eller hon inte är i tjänst, och som i övrigt ersätter rektor i "
          "den utsträckning som rektor bestämmer. " + vid + " benämns rektors ställföreträdare "
          "prorektor, enligt 3 kap. 2 § Uppsala universitets arbetsordning.")
    fields = ["Diarienummer: UFV 2011/1902", "Beslutsfattare: Rektor", "Beslutsdatum: 2012-12-18",
              "Handläggande organisation: Planeringsavdelningen", "Dokumenttyp: Delegationer"]
    field_spans = {1: [A("Rektor", "rektor")],
                   3: [A("Planeringsavdelningen", "planeringsavdelning")]}
    return [
        rec(U, "nav", "heading", "Mål och regler", []),
        rec(U, "title", "heading", "Prorektors uppgifter och beslutanderätter",
            [A("Prorektors", "prorektor")]),
        *[rec(U, f"m{i + 1}", "paragraph", f, field_spans.get(i, []), label="•")
          for i, f in enumerate(fields)],
        rec(U, "h1", "heading", "Ladda ner", [V("Ladda", "ladda", "imp")]),
        rec(U, "h2", "heading", "Om dokumentet", []),
        rec(U, "h3", "heading", "Innehåll", []),
        rec(U, "1", "paragraph", t1,
            [A("Rektor", "rektor"), V("får", "få", "pres"), C(enl),
             V("delegera", "delegera", "inf"), C("om inte annat är föreskrivet"),
             V("är", "vara", "pres"), A("Uppsala universitets", uu),
             V("anges", "ange", "pres", "pass"), A("rektors", "rektor"),
             V("får", "få", "pres", occ=1), V("delegeras", "delegera", "inf", "pass")],
            [S("rektor", "Rektor", "permission", "får", "delegera", "delegera",
               obj="sina uppgifter", cond=enl)]),
        rec(U, "2", "paragraph", t2,
            [V("ska", "skola", "pres"), A("rektor", "rektor"), V("ha", "ha", "inf"),
             A("ställföreträdare", "ställföreträdare"), V("tjänstgör", "tjänstgöra", "pres"),
             A("rektors", "rektor"), C("när han eller hon inte är i tjänst"),
             V("är", "vara", "pres"), V("ersätter", "ersätta", "pres"),
             A("rektor", "rektor", 1), A("rektor", "rektor", 2),
             V("bestämmer", "bestämma", "pres"), C(vid), A("Uppsala universitet", uu),
             V("benämns", "benämna", "pres", "pass"), A("rektors", "rektor", 1),
             A("ställföreträdare", "ställföreträdare", 1),
             C("enligt 3 kap. 2 § Uppsala universitets arbetsordning"),
             A("Uppsala universitets", uu)],
            [S("rektor", "rektor", "obligation", "ska", "ha", "ha", obj="en ställföreträdare"),
             S("ställföreträdare", "ställföreträdare", "none", None, "benämna", "benämns",
               obj="prorektor", cond=vid, pas=True)]),
    ]


DOCS = {D: departement, G: goteborg, B: boras, L: lund, R: raddning, K: regeringskansliet,
        U: uppsala}
