"""The hand annotation of part au (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause);
build.py turns them into offsets. Decisions on hard cases: corpus/agreement/README.md, section
"Part au".
"""

from __future__ import annotations

from build import A, C, S, V, rec

# ---------------------------------------------------------------------------------------------
RF = "råd"


def skovde() -> list:
    d = "skovde-kommun-radet-for-funktionshinderfragor"
    t1 = ("Rådet för funktionshinderfrågor ger de kommunala verksamheterna kunskap och "
          "erfarenheter ur ett invånarperspektiv.")
    t2 = ("Med den kunskapen har kommunen bättre möjligheter att undanröja hinder för personer "
          "med funktionsnedsättning.")
    t3 = "2 representanter ur kommunstyrelsen 2 tjänstemän 6 ledamöter ur handikappföreningarna"
    lead = "Ledamot som representerar handikapporganisation"
    ia = ("delger den handikappförening som ledamoten företräder information om rådets "
          "arbete.")
    ib = "för handikappföreningarnas medlemmars talan vid rådets sammanträden."
    ic = "för fram frågor som är viktiga ur handikappföreningarnas perspektiv."
    return [
        rec(d, "title", "heading", "Rådet för funktionshinderfrågor",
            [A("Rådet", RF)]),
        rec(d, "1", "paragraph", t1,
            [A("Rådet", RF), V("ger", "ge", "pres")],
            [S(RF, "Rådet", "none", None, "ge", "ger",
               "de kommunala verksamheterna kunskap och erfarenheter ur ett "
               "invånarperspektiv")]),
        rec(d, "2", "paragraph", t2,
            [V("har", "ha", "pres"), A("kommunen", "kommun"),
             V("undanröja", "undanröja", "inf")],
            [S("kommun", "kommunen", "permission", "har möjligheter att", "undanröja",
               "undanröja", "hinder för personer med funktionsnedsättning")]),
        rec(d, "h1", "heading", "Rådets sammansättning", [A("Rådets", RF)]),
        rec(d, "3", "paragraph", t3,
            [A("representanter", "representant"), A("kommunstyrelsen", "kommunstyrelse"),
             A("tjänstemän", "tjänsteman"), A("ledamöter", "ledamot"),
             A("handikappföreningarna", "handikappförening")]),
        rec(d, "4", "paragraph", "Rådet sammanträder 4 gånger per år.",
            [A("Rådet", RF), V("sammanträder", "sammanträda", "pres")],
            [S(RF, "Rådet", "none", None, "sammanträda", "sammanträder", "4 gånger per år")]),
        rec(d, "5", "paragraph", lead,
            [A("Ledamot", "ledamot"), V("representerar", "representera", "pres"),
             A("handikapporganisation", "handikapporganisation")]),
        rec(d, "5.a", "list_item", ia,
            [V("delger", "delge", "pres"), A("handikappförening", "handikappförening"),
             A("ledamoten", "ledamot"), V("företräder", "företräda", "pres"),
             A("rådets", RF)],
            [S("ledamot", "Ledamot", "none", None, "delge", "delger",
               "den handikappförening som ledamoten företräder information om rådets "
               "arbete")], parent="5", label="-"),
        rec(d, "5.b", "list_item", ib,
            [V("för", "föra", "pres"), A("handikappföreningarnas", "handikappförening"),
             A("medlemmars", "medlem"), A("rådets", RF)],
            [S("ledamot", "Ledamot", "none", None, "föra", "för",
               "handikappföreningarnas medlemmars talan vid rådets sammanträden")],
            parent="5", label="-"),
        rec(d, "5.c", "list_item", ic,
            [V("för", "föra", "pres"), V("är", "vara", "pres"),
             A("handikappföreningarnas", "handikappförening")],
            [S("ledamot", "Ledamot", "none", None, "föra", "för",
               "frågor som är viktiga ur handikappföreningarnas perspektiv")],
            parent="5", label="-"),
    ]


# ---------------------------------------------------------------------------------------------
TN = "teknisk nämnd"


def tekniska() -> list:
    d = "kommun-reglemente-for-tekniska-namnden-5dok"
    t1 = ("Tekniska nämnden ansvarar för genomförande av byggnation, drift, underhåll och "
          "förvaltning av kommunens mark, byggnader, anläggningar och allmän plats samt för "
          "teknisk försörjning, utveckling och service.")
    t2 = ("Tekniska nämnden är ansvarig för kommunens interna service inom gata/park-, "
          "fastighet-, måltids- och lokalvårdsverksamhet.")
    t3 = ("Genomförande av byggnation sker på uppdrag eller inom tilldelad ekonomisk ram av "
          "ny-, om- och tillbyggnad av fastigheter, anläggningar och allmän platsmark.")
    t4 = "Nämnden förvaltar och underhåller den lösa egendom som nämnden ansvarar för."
    t5 = "Tekniska nämnden är samordningsorgan för den kommunala renhållningen."
    t6 = ("Tekniska nämnden är tillika trafiknämnd och fullgör kommunens skyldigheter enligt "
          "trafikförordningen m.fl. Nämnden utfärdar lokala trafikföreskrifter och fullgör de "
          "övriga uppgifter som ankommer på kommunen enligt lagen om trafiknämnd.")
    o4 = "den lösa egendom som nämnden ansvarar för"
    return [
        rec(d, "title", "heading", "REGLEMENTE FÖR TEKNISKA NÄMNDEN FÖRFATTNINGSSAMLING",
            [A("TEKNISKA NÄMNDEN", TN)]),
        rec(d, "h1", "heading", "REGLEMENTE FÖR TEKNISKA NÄMNDEN", [A("TEKNISKA NÄMNDEN", TN)]),
        rec(d, "A", "heading", "Nämndens uppgifter", [A("Nämndens", "nämnd")], label="A."),
        rec(d, "§1", "paragraph", t1,
            [A("Tekniska nämnden", TN), V("ansvarar", "ansvara", "pres"),
             A("kommunens", "kommun")],
            [S(TN, "Tekniska nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
               "genomförande av byggnation, drift, underhåll och förvaltning av kommunens "
               "mark, byggnader, anläggningar och allmän plats samt för teknisk försörjning, "
               "utveckling och service")], parent="A", label="1 §"),
        rec(d, "§1.2", "paragraph", t2,
            [A("Tekniska nämnden", TN), V("är", "vara", "pres"), A("kommunens", "kommun")],
            [S(TN, "Tekniska nämnden", "responsibility", "är ansvarig för", "ansvara", "är",
               "kommunens interna service inom gata/park-, fastighet-, måltids- och "
               "lokalvårdsverksamhet")], parent="§1"),
        rec(d, "§1.3", "paragraph", t3, [V("sker", "ske", "pres")], [], parent="§1"),
        rec(d, "§1.4", "paragraph", t4,
            [A("Nämnden", "nämnd"), V("förvaltar", "förvalta", "pres"),
             V("underhåller", "underhålla", "pres"), A("nämnden", "nämnd"),
             V("ansvarar", "ansvara", "pres")],
            [S("nämnd", "Nämnden", "none", None, "förvalta", "förvaltar", o4),
             S("nämnd", "Nämnden", "none", None, "underhålla", "underhåller", o4)], parent="§1"),
        rec(d, "h2", "heading", "Kommunal renhållning", []),
        rec(d, "§2", "paragraph", t5, [A("Tekniska nämnden", TN), V("är", "vara", "pres")],
            [S(TN, "Tekniska nämnden", "none", None, "vara", "är",
               "samordningsorgan för den kommunala renhållningen")], label="2 §"),
        rec(d, "h3", "heading", "Trafiknämnd", [A("Trafiknämnd", "trafiknämnd")]),
        rec(d, "§3", "paragraph", t6,
            [A("Tekniska nämnden", TN), V("är", "vara", "pres"),
             V("fullgör", "fullgöra", "pres"), A("kommunens", "kommun"),
             C("enligt trafikförordningen m.fl."), A("Nämnden", "trafiknämnd"),
             V("utfärdar", "utfärda", "pres"), V("fullgör", "fullgöra", "pres", occ=1),
             V("ankommer", "ankomma", "pres"), A("kommunen", "kommun"),
             C("enligt lagen om trafiknämnd")],
            [S(TN, "Tekniska nämnden", "none", None, "vara", "är", "tillika trafiknämnd"),
             S(TN, "Tekniska nämnden", "none", None, "fullgöra", "fullgör",
               "kommunens skyldigheter", cond="enligt trafikförordningen m.fl."),
             S("trafiknämnd", "Nämnden", "none", None, "utfärda", "utfärdar",
               "lokala trafikföreskrifter"),
             S("trafiknämnd", "Nämnden", "none", None, "fullgöra", "fullgör",
               "de övriga uppgifter som ankommer på kommunen")],
            label="3 §"),
    ]


# ---------------------------------------------------------------------------------------------
FT = "förtroendevald"
KF = "kommunfullmäktige"


def gotene() -> list:
    d = "gotene-kommun-arvodesreglemente-fortroendevalda-2023"
    syfte = ("Syftet med arvodesreglementet är att göra de ekonomiska förutsättningarna för "
             "förtroendeuppdraget tydliga. En förtroendevald ska inte drabbas ekonomiskt "
             "negativt på grund av sitt uppdrag.")
    syfte_sp = [V("är", "vara", "pres"), V("göra", "göra", "inf"), A("förtroendevald", FT),
                V("ska", "skola", "pres"), V("drabbas", "drabba", "inf", "pass")]
    syfte_st = [S(FT, "förtroendevald", "prohibition", "ska inte", "drabba", "drabbas", None,
                  neg=True, pas=True)]
    t2 = ("Kommunfullmäktige antog den 26 september 2022 § 129 Arvodesreglemente för "
          "förtroendevalda. Det gäller från 1 januari 2023.")
    t3 = ("Nedan kan du läsa arvodesreglementet och det finns också möjlighet att ladda ned "
          "det här:")
    t4 = "Arvodesreglemente för förtroendevalda från 2023-01-01 som pdf. Pdf, 335.9 kB."
    t5 = (syfte + " Rollen som förtroendevald innebär ofta ett engagemang som kan vara långt "
          "över vad den ekonomiska ersättningen motsvarar.")
    t11 = ("Dessa bestämmelser gäller för förtroendevalda som avses i 4 kap 1 § kommunallagen "
           "(2017:725) det vill säga:")
    ia = ("Ledamöter och ersättare i kommunfullmäktige, styrelser, nämnder, kommittéer och "
          "motsvarande organisation som valts av kommunfullmäktige")
    ib = "Revisorer utsedda för granskning av kommunens räkenskaper"
    ic = ("Ledamöter och ersättare i utredningskommittéer, projektgrupper, referensgrupper, "
          "arbetsgrupper och tillfälliga beredningar")
    idd = ("Ledamöter och ersättare i kommunala bolag, kommunalförbund, gemensamma nämnder och "
           "styrelser")
    t12 = ("För varje politiskt uppdrag inplaceras den förtroendevalde i en arvodesgrupp. "
           "Detaljerade bestämmelser om vad som ingår i arvodet framgår av bestämmelserna för "
           "respektive arvodesgrupp. En förtroendevald som har mer än ett uppdrag kan vara "
           "inplacerad i flera olika arvodesgrupper.")
    t21 = ("Bestämmelserna gäller från och med den 1 januari 2023 och den följande "
           "mandatperioden.")
    return [
        rec(d, "title", "heading", "Arvodesreglemente för förtroendevalda från 2023",
            [A("förtroendevalda", FT)]),
        rec(d, "1", "paragraph", syfte, syfte_sp, syfte_st),
        rec(d, "2", "paragraph", t2,
            [A("Kommunfullmäktige", KF), V("antog", "anta", "past"), A("förtroendevalda", FT),
             V("gäller", "gälla", "pres")],
            [S(KF, "Kommunfullmäktige", "none", None, "anta", "antog",
               "Arvodesreglemente för förtroendevalda")]),
        rec(d, "h1", "heading", "Reglementet", []),
        rec(d, "3", "paragraph", t3,
            [V("kan", "kunna", "pres"), V("läsa", "läsa", "inf"), V("finns", "finnas", "pres"),
             V("ladda", "ladda", "inf")]),
        rec(d, "4", "paragraph", t4, [A("förtroendevalda", FT)]),
        rec(d, "h2", "heading", "Arvodesreglemente för förtroendevalda",
            [A("förtroendevalda", FT)]),
        rec(d, "5", "paragraph", t5,
            syfte_sp + [V("innebär", "innebära", "pres"), V("kan", "kunna", "pres"),
                        V("vara", "vara", "inf"), V("motsvarar", "motsvara", "pres")],
            syfte_st),
        rec(d, "h3", "heading", "Allmänt", []),
        rec(d, "§1", "heading", "Förtroendeuppdrag som omfattas av bestämmelserna",
            [V("omfattas", "omfatta", "pres", "pass")], label="§ 1"),
        rec(d, "§1.1", "paragraph", t11,
            [V("gäller", "gälla", "pres"), A("förtroendevalda", FT),
             V("avses", "avse", "pres", "pass"), V("vill", "vilja", "pres"),
             V("säga", "säga", "inf")], [], parent="§1"),
        rec(d, "§1.1.a", "list_item", ia,
            [A("Ledamöter", "ledamot"), A("ersättare", "ersättare"), A("kommunfullmäktige", KF),
             A("styrelser", "styrelse"), A("nämnder", "nämnd"), A("kommittéer", "kommitté"),
             A("organisation", "organisation"), V("valts", "välja", "sup", "pass"),
             A("kommunfullmäktige", KF, 1)], [], parent="§1.1", label="1."),
        rec(d, "§1.1.b", "list_item", ib,
            [A("Revisorer", "revisor"), A("kommunens", "kommun")], [], parent="§1.1",
            label="2."),
        rec(d, "§1.1.c", "list_item", ic,
            [A("Ledamöter", "ledamot"), A("ersättare", "ersättare"),
             A("utredningskommittéer", "utredningskommitté"),
             A("projektgrupper", "projektgrupp"), A("referensgrupper", "referensgrupp"),
             A("arbetsgrupper", "arbetsgrupp"), A("beredningar", "beredning")], [],
            parent="§1.1", label="3."),
        rec(d, "§1.1.d", "list_item", idd,
            [A("Ledamöter", "ledamot"), A("ersättare", "ersättare"),
             A("kommunala bolag", "kommunalt bolag"), A("kommunalförbund", "kommunalförbund"),
             A("gemensamma nämnder", "gemensam nämnd"), A("styrelser", "styrelse")], [],
            parent="§1.1", label="4."),
        rec(d, "§1.2", "paragraph", t12,
            [V("inplaceras", "inplacera", "pres", "pass"), A("förtroendevalde", FT),
             V("ingår", "ingå", "pres"), V("framgår", "framgå", "pres"),
             A("förtroendevald", FT), V("har", "ha", "pres"), V("kan", "kunna", "pres"),
             V("vara", "vara", "inf")],
            [S(FT, "förtroendevalde", "none", None, "inplacera", "inplaceras",
               "i en arvodesgrupp", pas=True),
             S(FT, "förtroendevald", "permission", "kan", "vara", "vara",
               "inplacerad i flera olika arvodesgrupper")], parent="§1"),
        rec(d, "§2", "heading", "Giltighetstid", [], label="§ 2"),
        rec(d, "§2.1", "paragraph", t21, [V("gäller", "gälla", "pres")], [], parent="§2"),
    ]


# ---------------------------------------------------------------------------------------------
def vara_arvode() -> list:
    d = "vara-kommun-arvodesregler-fortroendevalda-2023-2026"
    t1 = ("Dessa bestämmelser gäller för förtroendevalda som avses i 4 kap 1 § i Kommunallagen "
          "(2017:725).")
    t2 = ("Bestämmelserna i detta reglemente gäller för ledamöter och ersättare i "
          "kommunfullmäktige, kommunstyrelsen, i övriga nämnder och organ för beredning, i "
          "beredningar som tillsatts av fullmäktige, samt för revisorer och "
          "revisorsersättare.")
    t3 = ("För att arvode för sammanträde eller förrättning ska utgå ska den förtroendevalde "
          "ha inbjudits av Vara kommun eller fått sitt deltagande bekräftat genom beslut i "
          "styrelse, nämnd eller utskott.")
    t4 = ("Styrelseledamöter i bolagen likställs med övriga förtroendevalda och har rätt till "
          "arvoden enligt detta reglemente, under förutsättning att respektive bolagsstämma "
          "fastställer arvoden i enlighet med kommunens arvodesregler.")
    t11 = "Fast arvode till kommunalt förtroendevalda utgår enligt vad som anges i § 11."
    t12 = ("Fast arvode (25 procent eller mer av kommunalrådets månadsarvode) utgör ersättning "
           "för hela uppdraget, det vill säga både för det ansvar och för de kontakter som "
           "medföljer uppdraget och för deltagande i sammanträden och förrättningar inom "
           "kommunen och tillsammans med samarbetspartners. Ersättning utöver månadsarvodet "
           "utbetalas enbart för förrättning för sådan kurs, konferens eller dylikt som i "
           "utbildningssyfte anordnas av annan än kommunen.")
    t13 = ("I uppdraget som kommunalt förtroendevald med fast arvode förutsätts ingå "
           "deltagande bland annat i:")
    i13 = ("Förberedelser inför nämnd, utskott, råd eller styrelse, till exempel genomgång och "
           "beredning av ärenden med sekreterare, föredragande tjänsteperson, chef eller annan "
           "anställd med anledning av sammanträde, förrättning eller dylikt.")
    return [
        rec(d, "title", "heading", "Arvodesregler för förtroendevalda mandatperioden 2023-2026",
            [A("förtroendevalda", FT)]),
        rec(d, "m1", "paragraph", "Antagen av kommunfullmäktige 30 maj 2022 § 40",
            [A("kommunfullmäktige", KF)]),
        rec(d, "h1", "heading", "Tillämpningsområde", []),
        rec(d, "1", "paragraph", t1,
            [V("gäller", "gälla", "pres"), A("förtroendevalda", FT),
             V("avses", "avse", "pres", "pass")]),
        rec(d, "h2", "heading", "Arvoden för förtroendevalda", [A("förtroendevalda", FT)]),
        rec(d, "2", "paragraph", t2,
            [V("gäller", "gälla", "pres"), A("ledamöter", "ledamot"), A("ersättare", "ersättare"),
             A("kommunfullmäktige", KF), A("kommunstyrelsen", "kommunstyrelse"),
             A("nämnder", "nämnd"), A("beredningar", "beredning"),
             V("tillsatts", "tillsätta", "sup", "pass"), A("fullmäktige", KF),
             A("revisorer", "revisor"), A("revisorsersättare", "revisorsersättare")]),
        rec(d, "3", "paragraph", t3,
            [V("ska", "skola", "pres"), V("utgå", "utgå", "inf"), V("ska", "skola", "pres", occ=1),
             A("förtroendevalde", FT), V("ha", "ha", "inf"),
             V("inbjudits", "inbjuda", "sup", "pass"), A("Vara kommun", "vara kommun"),
             V("fått", "få", "sup"), A("styrelse", "styrelse"), A("nämnd", "nämnd"),
             A("utskott", "utskott")],
            [S("vara kommun", "Vara kommun", "obligation", "ska", "inbjuda", "inbjudits",
               "den förtroendevalde", pas=True),
             S(FT, "förtroendevalde", "obligation", "ska", "få", "fått",
               "sitt deltagande bekräftat genom beslut i styrelse, nämnd eller utskott")]),
        rec(d, "4", "paragraph", t4,
            [A("Styrelseledamöter", "styrelseledamot"), A("bolagen", "bolag"),
             V("likställs", "likställa", "pres", "pass"), A("förtroendevalda", FT),
             V("har", "ha", "pres"), C("enligt detta reglemente"),
             A("bolagsstämma", "bolagsstämma"), V("fastställer", "fastställa", "pres"),
             C("i enlighet med kommunens arvodesregler"), A("kommunens", "vara kommun")],
            [S("styrelseledamot", "Styrelseledamöter", "none", None, "likställa", "likställs",
               "med övriga förtroendevalda", pas=True),
             S("styrelseledamot", "Styrelseledamöter", "none", None, "ha", "har",
               "rätt till arvoden", cond="enligt detta reglemente")]),
        rec(d, "5", "paragraph", "Följande arvoden finns:", [V("finns", "finnas", "pres")]),
        rec(d, "5.a", "list_item", "Fasta arvoden", [], parent="5", label="1."),
        rec(d, "5.b", "list_item", "Sammanträdesarvoden", [], parent="5", label="2."),
        rec(d, "5.c", "list_item", "Förrättningsarvoden", [], parent="5", label="3."),
        rec(d, "§1", "heading", "Fasta arvoden", [], label="§ 1"),
        rec(d, "§1.1", "paragraph", t11,
            [A("förtroendevalda", FT), V("utgår", "utgå", "pres"),
             C("enligt vad som anges i § 11"), V("anges", "ange", "pres", "pass")], [],
            parent="§1"),
        rec(d, "§1.2", "paragraph", t12,
            [A("kommunalrådets", "kommunalråd"), V("utgör", "utgöra", "pres"),
             V("vill", "vilja", "pres"), V("säga", "säga", "inf"),
             V("medföljer", "medfölja", "pres"), A("kommunen", "vara kommun"),
             A("samarbetspartners", "samarbetspartner"),
             V("utbetalas", "utbetala", "pres", "pass"), V("anordnas", "anordna", "pres", "pass"),
             A("kommunen", "vara kommun", 1)], [], parent="§1"),
        rec(d, "§1.3", "paragraph", t13,
            [V("förutsätts", "förutsätta", "pres", "pass"),
             V("ingå", "ingå", "inf")], [], parent="§1"),
        rec(d, "§1.3.a", "list_item", i13,
            [A("nämnd", "nämnd"), A("utskott", "utskott"), A("råd", "råd"),
             A("styrelse", "styrelse"), A("sekreterare", "sekreterare"),
             A("tjänsteperson", "tjänsteperson"), A("chef", "chef"), A("anställd", "anställd"),
             C("med anledning av sammanträde, förrättning eller dylikt")], [],
            parent="§1.3", label="•"),
    ]


# ---------------------------------------------------------------------------------------------
KS = "kommunstyrelse"


def vara_ik() -> list:
    d = "vara-kommun-reglemente-for-intern-kontroll-2020"
    t1 = ("Intern kontroll är en central del av verksamhets- och ekonomistyrningen och avser de "
          "strukturer, system och processer som bidrar till tydlighet och ordning och som "
          "säkerställer att verksamheten bedrivs i enlighet med beslutade mål, uppdrag och "
          "övriga styrdokument.")
    t2 = ("Intern kontroll ämnar förebygga, upptäcka och åtgärda fel och brister som hindrar "
          "att organisationen kan nå sina mål på ett säkert och effektivt sätt.")
    t3 = "Intern kontroll utformas för att uppnå följande:"
    i3 = ["Att verksamheten når sina mål – med effektivitet, säkerhet och stabilitet.",
          "Att informationen och rapporteringen om verksamheten och ekonomin är tillförlitlig "
          "och rättvisande.",
          "Att verksamheten efterlever lagar, regler, avtal mm"]
    i3v = [[V("når", "nå", "pres")], [V("är", "vara", "pres")],
           [V("efterlever", "efterleva", "pres")]]
    t4 = ("Kommunstyrelsen har det övergripande ansvaret för att det finns en god intern "
          "kontroll. I detta ligger ett ansvar för att en intern kontrollorganisation upprättas "
          "inom kommunen samt att denna rapporterar utifrån kommunstyrelsens behov av kontroll.")
    t5 = "Kommunstyrelsen har uppsiktsansvaret, vilket innebär att:"
    ia = ("Utforma en övergripande organisation och ett arbetssätt för den interna kontrollen, "
          "genom kommunövergripande regler, riktlinjer och rutiner.")
    ib = ("Ha en samordnande och stöttande funktion mot nämnder och bolagsstyrelser. "
          "Kommundirektören utser en central placerad samordnare som ansvarar för kommunens "
          "internkontrollprocess. Samordnaren utser en granskningsgrupp.")
    ic = "Tillse att den interna kontrollen inom nämnder/bolag är tillräcklig."
    idd = ("Utvärdera kommunens samlade arbetssätt för intern kontroll, med utgångspunkt från "
           "nämndernas/bolagens uppföljningsrapporter, och föreslå åtgärder till förbättring om "
           "så behövs.")
    ie = "Kommunstyrelsen är i egenskap av nämnd även ansvarig enligt nedan."
    mod = "har uppsiktsansvaret"

    def item(k: str, text: str, spans: list, stmts: list) -> dict:
        return rec(d, f"5.{k}", "list_item", text, spans, stmts, parent="5", label="•")

    out = [
        rec(d, "title", "heading", "Reglemente för intern kontroll", []),
        rec(d, "m1", "paragraph", "Antagen av kommunfullmäktige 10 januari 2020",
            [A("kommunfullmäktige", KF)]),
        rec(d, "h1", "heading", "Syfte", []),
        rec(d, "h2", "heading", "Syfte med intern kontroll", []),
        rec(d, "1", "paragraph", t1,
            [V("är", "vara", "pres"), V("avser", "avse", "pres"), V("bidrar", "bidra", "pres"),
             V("säkerställer", "säkerställa", "pres"), V("bedrivs", "bedriva", "pres", "pass"),
             C("i enlighet med beslutade mål, uppdrag och övriga styrdokument")]),
        rec(d, "2", "paragraph", t2,
            [V("ämnar", "ämna", "pres"), V("förebygga", "förebygga", "inf"),
             V("upptäcka", "upptäcka", "inf"), V("åtgärda", "åtgärda", "inf"),
             V("hindrar", "hindra", "pres"),
             V("kan", "kunna", "pres"), V("nå", "nå", "inf")]),
        rec(d, "3", "paragraph", t3,
            [V("utformas", "utforma", "pres", "pass"), V("uppnå", "uppnå", "inf")]),
    ]
    for k, (text, spans) in enumerate(zip(i3, i3v, strict=True)):
        out.append(rec(d, f"3.{'abc'[k]}", "list_item", text, spans, [], parent="3",
                       label="•"))
    out += [
        rec(d, "h3", "heading", "Organisation och ansvar", []),
        rec(d, "h4", "heading", "Kommunstyrelsen", [A("Kommunstyrelsen", KS)]),
        rec(d, "4", "paragraph", t4,
            [A("Kommunstyrelsen", KS), V("har", "ha", "pres"), V("finns", "finnas", "pres"),
             V("ligger", "ligga", "pres"), V("upprättas", "upprätta", "pres", "pass"),
             A("kommunen", "kommun"), V("rapporterar", "rapportera", "pres"),
             C("utifrån kommunstyrelsens behov av kontroll"), A("kommunstyrelsens", KS)],
            [S(KS, "Kommunstyrelsen", "responsibility", "har ansvaret för", "ansvara", "har",
               "att det finns en god intern kontroll")]),
        rec(d, "5", "paragraph", t5,
            [A("Kommunstyrelsen", KS), V("har", "ha", "pres"), V("innebär", "innebära", "pres")]),
        item("a", ia, [V("Utforma", "utforma", "inf")],
             [S(KS, "Kommunstyrelsen", "responsibility", mod, "utforma", "Utforma",
                "en övergripande organisation och ett arbetssätt för den interna kontrollen")]),
        item("b", ib,
             [V("Ha", "ha", "inf"), A("nämnder", "nämnd"),
              A("bolagsstyrelser", "bolagsstyrelse"), A("Kommundirektören", "kommundirektör"),
              V("utser", "utse", "pres"), A("samordnare", "samordnare"),
              V("ansvarar", "ansvara", "pres"), A("kommunens", "kommun"),
              A("Samordnaren", "samordnare"), V("utser", "utse", "pres", occ=1),
              A("granskningsgrupp", "granskningsgrupp")],
             [S(KS, "Kommunstyrelsen", "responsibility", mod, "ha", "Ha",
                "en samordnande och stöttande funktion mot nämnder och bolagsstyrelser"),
              S("kommundirektör", "Kommundirektören", "none", None, "utse", "utser",
                "en central placerad samordnare som ansvarar för kommunens "
                "internkontrollprocess"),
              S("samordnare", "samordnare", "responsibility", "ansvarar för", "ansvara",
                "ansvarar", "kommunens internkontrollprocess"),
              S("samordnare", "Samordnaren", "none", None, "utse", "utser",
                "en granskningsgrupp")]),
        item("c", ic,
             [V("Tillse", "tillse", "inf"), A("nämnder", "nämnd"), A("bolag", "bolag"),
              V("är", "vara", "pres")],
             [S(KS, "Kommunstyrelsen", "responsibility", mod, "tillse", "Tillse",
                "att den interna kontrollen inom nämnder/bolag är tillräcklig")]),
        item("d", idd,
             [V("Utvärdera", "utvärdera", "inf"), A("kommunens", "kommun"),
              A("nämndernas", "nämnd"), A("bolagens", "bolag"),
              V("föreslå", "föreslå", "inf"), V("behövs", "behöva", "pres", "pass")],
             [S(KS, "Kommunstyrelsen", "responsibility", mod, "utvärdera", "Utvärdera",
                "kommunens samlade arbetssätt för intern kontroll"),
              S(KS, "Kommunstyrelsen", "responsibility", mod, "föreslå", "föreslå",
                "åtgärder till förbättring")]),
        item("e", ie,
             [A("Kommunstyrelsen", KS), V("är", "vara", "pres"), C("enligt nedan")],
             [S(KS, "Kommunstyrelsen", "responsibility", "är ansvarig", "ansvara", "är", None,
                cond="enligt nedan")]),
    ]
    return out


# ---------------------------------------------------------------------------------------------
HK = "härjedalens kommun"


def arkiv() -> list:
    d = "harjedalens-kommun-arkivreglemente-2021"
    t11 = ("Bestämmelser om arkiv i offentlig förvaltning finns i arkivlagen (1990:782) och "
           "arkivförordningen (1991:446) samt i offentlighets - och sekretesslagen (2009:400). "
           "I det här reglementet finns särskilda bestämmelser för Härjedalens kommun som "
           "kommunfullmäktige har beslutat om med stöd av 16 § arkivlagen. Bestämmelserna i "
           "reglementet är teknikneutrala och gäller oavsett hur information lagras, "
           "struktureras och förmedlas.")
    items = [
        ("Kommunfullmäktige och dess revisorer",
         [A("Kommunfullmäktige", KF), A("revisorer", "revisor")]),
        ("Kommunstyrelsen", [A("Kommunstyrelsen", KS)]),
        ("Nämnder och styrelser med förvaltningar",
         [A("Nämnder", "nämnd"), A("styrelser", "styrelse"), A("förvaltningar", "förvaltning")]),
        ("Andra styrelseformer med självständig ställning", []),
        ("Juridiska personer som till exempel aktiebolag, handelsbolag, ekonomiska föreningar "
         "och stiftelser där Härjedalens kommun utövar har ett rättsligt bestämmande "
         "inflytande.",
         [A("Juridiska personer", "juridisk person"), A("aktiebolag", "aktiebolag"),
          A("handelsbolag", "handelsbolag"), A("ekonomiska föreningar", "ekonomisk förening"),
          A("stiftelser", "stiftelse"), A("Härjedalens kommun", HK),
          V("utövar", "utöva", "pres"), V("har", "ha", "pres")]),
    ]
    t22 = ("Arkivreglementet blir gällande i kommunala bolag endast efter associationsrättsligt "
           "bindande beslut - det vill säga bestämmelser i bolagsordning, ägardirektiv eller "
           "motsvarande. Vid delat ägarskap eller kommunalförbund fastställs arkivansvaret av "
           "berörda parter efter samråd med respektive arkivmyndigheter.")
    c22 = "Vid delat ägarskap eller kommunalförbund"
    t23 = "I fortsättningen inkluderas samtliga ovan nämnda instanser i begreppet myndighet."
    t31 = ("Syftet med detta reglemente är att fastställa hur arkivhanteringen ska organiseras "
           "och att närmare precisera ansvarsfördelning utöver vad som framgår i de "
           "bestämmelser som följer av lag eller förordning.")
    t41 = ("Ett arkiv bildas av de allmänna handlingarna från myndigheternas verksamheter och "
           "sådan information som avses i 2 kap. 9 § tryckfrihetsförordningen och som "
           "myndigheten beslutar ska tas om hand för arkivering. Upptagning som är tillgänglig "
           "för flera myndigheter bildar arkiv endast hos en myndighet, i första hand den som "
           "svarar för huvuddelen av upptagningen.")
    out = [
        rec(d, "title", "heading", "Arkivreglemente", []),
        rec(d, "m1", "paragraph",
            "Antaget av kommunfullmäktige 21 juni 2021 § 53. Diarienummer KS 2021/391.",
            [A("kommunfullmäktige", KF)]),
        rec(d, "1", "heading", "Inledning", [], label="1."),
        rec(d, "1.1", "paragraph", t11,
            [A("offentlig förvaltning", "offentlig förvaltning"), V("finns", "finnas", "pres"),
             V("finns", "finnas", "pres", occ=1),
             A("Härjedalens kommun", HK), A("kommunfullmäktige", KF), V("har", "ha", "pres"),
             V("beslutat", "besluta", "sup"), C("med stöd av 16 § arkivlagen"),
             V("är", "vara", "pres"), V("gäller", "gälla", "pres"),
             V("lagras", "lagra", "pres", "pass"), V("struktureras", "strukturera", "pres", "pass"),
             V("förmedlas", "förmedla", "pres", "pass")], [], parent="1"),
        rec(d, "2", "heading", "Omfattning", [], label="2."),
        rec(d, "2.1", "paragraph", "Reglementet gäller för:", [V("gäller", "gälla", "pres")], [],
            parent="2"),
    ]
    for k, (text, spans) in enumerate(items):
        out.append(rec(d, f"2.1.{'abcde'[k]}", "list_item", text, spans, [], parent="2.1",
                       label="•"))
    out += [
        rec(d, "2.2", "paragraph", t22,
            [V("blir", "bli", "pres"), A("kommunala bolag", "kommunalt bolag"),
             V("vill", "vilja", "pres"), V("säga", "säga", "inf"), C(c22),
             A("kommunalförbund", "kommunalförbund"), V("fastställs", "fastställa", "pres", "pass"),
             A("parter", "part"), C("efter samråd med respektive arkivmyndigheter"),
             A("arkivmyndigheter", "arkivmyndighet")],
            [S("part", "parter", "none", None, "fastställa", "fastställs", "arkivansvaret",
               cond=c22, pas=True)], parent="2"),
        rec(d, "2.3", "paragraph", t23, [V("inkluderas", "inkludera", "pres", "pass")], [],
            parent="2"),
        rec(d, "3", "heading", "Mål och syfte", [], label="3."),
        rec(d, "3.1", "paragraph", t31,
            [V("är", "vara", "pres"), V("fastställa", "fastställa", "inf"),
             V("ska", "skola", "pres"), V("organiseras", "organisera", "inf", "pass"),
             V("precisera", "precisera", "inf"), V("framgår", "framgå", "pres"),
             V("följer", "följa", "pres")], [], parent="3"),
        rec(d, "4", "heading", "Vad är arkiv?", [V("är", "vara", "pres")], label="4."),
        rec(d, "4.1", "paragraph", t41,
            [V("bildas", "bilda", "pres", "pass"), A("myndigheternas", "myndighet"),
             V("avses", "avse", "pres", "pass"), A("myndigheten", "myndighet"),
             V("beslutar", "besluta", "pres"), V("ska", "skola", "pres"),
             V("tas", "ta", "inf", "pass"), V("är", "vara", "pres"),
             A("myndigheter", "myndighet"), V("bildar", "bilda", "pres"),
             A("myndighet", "myndighet"), V("svarar", "svara", "pres")], [], parent="4"),
    ]
    return out


# ---------------------------------------------------------------------------------------------
UR = "härjedalens ungdomsråd"
UN = "ungdom"


def ungdomsrad() -> list:
    d = "harjedalens-kommun-reglemente-ungdomsrad-2020"
    t1 = ("Kommunen vill skapa ett hållbart demokratiarbete för unga och utbilda unga i "
          "demokratiarbete samt visa att ungdomars röst är värdefull för kommunens utveckling. "
          "Ungdomsrådet ska vara ett verktyg för att nå det målet.")
    t2 = ("Härjedalens ungdomsråd är ett organ för dialog, samråd och ömsesidig information "
          "mellan kommunens ungdomar och kommunstyrelsen. Ungdomsrådet är ett remiss- och "
          "referensorgan med överläggningsrätt och med uppgift att vara rådgivande i frågor "
          "som särskilt rör unga.")
    t3 = ("Ungdomsrådet ska ta tillvara ungdomars intressen, synpunkter och idéer samt vara ett "
          "forum där ungdomar ska kunna påverka kommunala beslut och ta egna initiativ.")
    t4 = ("Kommunstyrelsen ska genom ungdomsrådet inhämta ungdomars synpunkter och samråda med "
          "dem i ett tidigt skede av beredningsprocessen i frågor som är av särskilt intresse "
          "eller betydelse för ungdomar. Rådet ska som remissorgan yttra sig i frågor som "
          "berör ungdomar.")
    t5 = ("Kommunstyrelsen ansvarar för att ungdomsrådet fortlöpande får information om planer "
          "och förändringar i övrigt som berör ungdomar i kommunen.")
    t6 = "Ungdomsrådet ska ges möjlighet att medverka på ungdomsdemokratidagen."
    t7 = ("Ungdomsrådet är organisatoriskt knutet till kommunstyrelsen. Rådet består av totalt "
          "13 ledamöter och 13 ersättare. Av dessa ska 11 ledamöter och 11 ersättare vara "
          "ungdomar i åldrarna 13-25 år.")
    t8 = ("Kommunstyrelsen utser vid början av varje ny mandatperiod två politiska ledamöter "
          "och ersättare för den återstående tiden av kommunstyrelsens innevarande "
          "mandatperiod.")
    t9 = ("Elevrådet på Härjedalens gymnasium väljer två ledamöter med ersättare, elevråden på "
          "kommunens grundskolor i Sveg, Hede, Funäsdalen, väljer varsin ordinarie ledamot med "
          "ersättare, likaså gör fritidsgårdarnas gårdsråd i Sveg, Ytterhogdal, Lillhärdal, "
          "Hede, Fun")
    o7 = "ungdomar i åldrarna 13-25 år"
    return [
        rec(d, "title", "heading", "Reglemente för Härjedalens ungdomsråd",
            [A("Härjedalens ungdomsråd", UR)]),
        rec(d, "m1", "paragraph",
            "Fastställt av kommunfullmäktige 28 september 2020 § 82. Diarienummer KS 2018/436.",
            [A("kommunfullmäktige", KF)]),
        rec(d, "h1", "heading", "Syfte", []),
        rec(d, "1", "paragraph", t1,
            [A("Kommunen", "kommun"), V("vill", "vilja", "pres"), V("skapa", "skapa", "inf"),
             A("unga", UN), V("utbilda", "utbilda", "inf"), A("unga", UN, 1),
             V("visa", "visa", "inf"), A("ungdomars", UN), V("är", "vara", "pres"),
             A("kommunens", "kommun"), A("Ungdomsrådet", UR), V("ska", "skola", "pres"),
             V("vara", "vara", "inf"), V("nå", "nå", "inf")],
            [S("kommun", "Kommunen", "none", None, "vilja", "vill",
               "skapa ett hållbart demokratiarbete för unga och utbilda unga i demokratiarbete "
               "samt visa att ungdomars röst är värdefull för kommunens utveckling"),
             S(UR, "Ungdomsrådet", "obligation", "ska", "vara", "vara",
               "ett verktyg för att nå det målet")]),
        rec(d, "2", "paragraph", t2,
            [A("Härjedalens ungdomsråd", UR), V("är", "vara", "pres"), A("kommunens", "kommun"),
             A("ungdomar", UN), A("kommunstyrelsen", KS), A("Ungdomsrådet", UR),
             V("är", "vara", "pres", occ=1), V("vara", "vara", "inf"), V("rör", "röra", "pres"),
             A("unga", UN)],
            [S(UR, "Härjedalens ungdomsråd", "none", None, "vara", "är",
               "ett organ för dialog, samråd och ömsesidig information mellan kommunens "
               "ungdomar och kommunstyrelsen"),
             S(UR, "Ungdomsrådet", "none", None, "vara", "är",
               "ett remiss- och referensorgan med överläggningsrätt och med uppgift att vara "
               "rådgivande i frågor som särskilt rör unga")]),
        rec(d, "h2", "heading", "Uppgifter", []),
        rec(d, "3", "paragraph", t3,
            [A("Ungdomsrådet", UR), V("ska", "skola", "pres"), V("ta", "ta", "inf"),
             A("ungdomars", UN), V("vara", "vara", "inf"), A("ungdomar", UN),
             V("ska", "skola", "pres", occ=1), V("kunna", "kunna", "inf"),
             V("påverka", "påverka", "inf"), V("ta", "ta", "inf", occ=1)],
            [S(UR, "Ungdomsrådet", "obligation", "ska", "ta", "ta",
               "ungdomars intressen, synpunkter och idéer"),
             S(UR, "Ungdomsrådet", "obligation", "ska", "vara", "vara",
               "ett forum där ungdomar ska kunna påverka kommunala beslut och ta egna "
               "initiativ")]),
        rec(d, "4", "paragraph", t4,
            [A("Kommunstyrelsen", KS), V("ska", "skola", "pres"), A("ungdomsrådet", UR),
             V("inhämta", "inhämta", "inf"), A("ungdomars", UN), V("samråda", "samråda", "inf"),
             V("är", "vara", "pres"), A("ungdomar", UN), A("Rådet", UR),
             V("ska", "skola", "pres", occ=1), V("yttra", "yttra", "inf"),
             V("berör", "beröra", "pres"), A("ungdomar", UN, 1)],
            [S(KS, "Kommunstyrelsen", "obligation", "ska", "inhämta", "inhämta",
               "ungdomars synpunkter"),
             S(KS, "Kommunstyrelsen", "obligation", "ska", "samråda", "samråda", "med dem"),
             S(UR, "Rådet", "obligation", "ska", "yttra", "yttra", "i frågor som berör ungdomar")]),
        rec(d, "5", "paragraph", t5,
            [A("Kommunstyrelsen", KS), V("ansvarar", "ansvara", "pres"), A("ungdomsrådet", UR),
             V("får", "få", "pres"), V("berör", "beröra", "pres"), A("ungdomar", UN),
             A("kommunen", "kommun")],
            [S(KS, "Kommunstyrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
               "att ungdomsrådet fortlöpande får information om planer och förändringar i "
               "övrigt som berör ungdomar i kommunen")]),
        rec(d, "6", "paragraph", t6,
            [A("Ungdomsrådet", UR), V("ska", "skola", "pres"), V("ges", "ge", "inf", "pass"),
             V("medverka", "medverka", "inf")],
            [S(UR, "Ungdomsrådet", "obligation", "ska ges möjlighet att", "medverka", "medverka",
               "på ungdomsdemokratidagen")]),
        rec(d, "h3", "heading", "Rådets sammansättning", [A("Rådets", UR)]),
        rec(d, "7", "paragraph", t7,
            [A("Ungdomsrådet", UR), V("är", "vara", "pres"), A("kommunstyrelsen", KS),
             A("Rådet", UR), V("består", "bestå", "pres"), A("ledamöter", "ledamot"),
             A("ersättare", "ersättare"), V("ska", "skola", "pres"),
             A("ledamöter", "ledamot", 1), A("ersättare", "ersättare", 1),
             V("vara", "vara", "inf")],
            [S(UR, "Ungdomsrådet", "none", None, "vara", "är",
               "organisatoriskt knutet till kommunstyrelsen"),
             S(UR, "Rådet", "none", None, "bestå", "består",
               "av totalt 13 ledamöter och 13 ersättare"),
             S("ledamot", "ledamöter", "obligation", "ska", "vara", "vara", o7),
             S("ersättare", "ersättare", "obligation", "ska", "vara", "vara", o7)]),
        rec(d, "8", "paragraph", t8,
            [A("Kommunstyrelsen", KS), V("utser", "utse", "pres"), A("ledamöter", "ledamot"),
             A("ersättare", "ersättare"), A("kommunstyrelsens", KS)],
            [S(KS, "Kommunstyrelsen", "none", None, "utse", "utser",
               "två politiska ledamöter och ersättare för den återstående tiden av "
               "kommunstyrelsens innevarande mandatperiod")]),
        rec(d, "9", "paragraph", t9,
            [A("Elevrådet", "elevråd"),
             V("väljer", "välja", "pres"), A("ledamöter", "ledamot"), A("ersättare", "ersättare"),
             A("elevråden", "elevråd"), A("kommunens", "kommun"),
             V("väljer", "välja", "pres", occ=1), A("ledamot", "ledamot"),
             A("ersättare", "ersättare", 1), V("gör", "göra", "pres"),
             A("gårdsråd", "gårdsråd")],
            [S("elevråd", "Elevrådet", "none", None, "välja", "väljer",
               "två ledamöter med ersättare"),
             S("elevråd", "elevråden", "none", None, "välja", "väljer",
               "varsin ordinarie ledamot med ersättare"),
             S("gårdsråd", "gårdsråd", "none", None, "göra", "gör", None)]),
    ]


DOCS = {
    "skovde-kommun-radet-for-funktionshinderfragor": skovde,
    "kommun-reglemente-for-tekniska-namnden-5dok": tekniska,
    "gotene-kommun-arvodesreglemente-fortroendevalda-2023": gotene,
    "vara-kommun-arvodesregler-fortroendevalda-2023-2026": vara_arvode,
    "vara-kommun-reglemente-for-intern-kontroll-2020": vara_ik,
    "harjedalens-kommun-arkivreglemente-2021": arkiv,
    "harjedalens-kommun-reglemente-ungdomsrad-2020": ungdomsrad,
}
