"""The hand annotation of part ak (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause);
build.py turns them into offsets. Decisions on hard cases: corpus/agreement/README.md.
"""

from __future__ import annotations

from build import A, C, S, V, rec

# ---------------------------------------------------------------------------------------------
G = "gotene-kommun-reglemente-krisledningsnamnden-2022"

G_FINNAS = ("I kommunen ska finnas en nämnd för att fullgöra uppgifter under extraordinära "
            "händelser.")


def gotene() -> list:
    t1 = (G_FINNAS + " Krisledningsnämndens reglementet är styrdokumentet för kommunens "
          "organisation och befogenheter vid extraordinära händelser i fredstid.")
    finnas_spans = [V("ska", "skola", "pres"), V("finnas", "finnas", "inf"), A("nämnd", "nämnd"),
                    V("fullgöra", "fullgöra", "inf")]
    finnas_st = S("nämnd", "nämnd", "obligation", "ska", "finnas", "finnas")
    t_par1 = (G_FINNAS + " Närmare bestämmelser finns i lag (2006:544) om kommuners och "
              "landstings åtgärder inför och vid extraordinära händelse i fredstid och höjd "
              "beredskap (LEH). I övrigt tillämpas kommunallagens (2017:725) bestämmelser och "
              "kommunstyrelsens reglemente i tillämpliga delar.")
    t_par2 = ("Krisledningsnämnden ska inom sitt verksamhetsområden följa vad som anges i lag "
              "eller annan författning, följa det fullmäktige – i reglemente, i samband med "
              "budget eller i annat särskilt beslut – har bestämt att nämnden ska fullgöra, samt i "
              "övrigt följa givna uppdrag och angivna riktlinjer.")
    t_par3 = ("Krisledningsnämndens reglemente utgör styrdokument för kommunens organisation och "
              "befogenheter vid extraordinära händelser i fredstid.")
    t_par4 = ("Krisledningsnämnden utgör kommunens högsta ledning i samband med extraordinära "
              "händelser, då ordinarie/normala resurser är otillräckliga för att samhällets "
              "basfunktion ska fungera på lägsta acceptabla nivå.")
    t_par5 = ("Kommunen ska för varje ny mandatperiod fastställa en plan för hur den ska hantera "
              "extraordinära händelser i fredstid. Med extraordinära händelser avses en sådan "
              "händelse som avviker från det normala.")
    kn = "krisledningsnämnd"
    return [
        rec(G, "title", "heading", "Reglemente för krisledningsnämnden",
            [A("krisledningsnämnden", kn)]),
        rec(G, "1", "paragraph", t1,
            finnas_spans + [A("Krisledningsnämndens", kn), V("är", "vara", "pres"),
                            A("kommunens", "kommun")],
            [finnas_st]),
        rec(G, "h1", "heading", "Reglementet", []),
        rec(G, "h1.1", "paragraph",
            "Kommunfullmäktige antog den 29 augusti 2022, § 112 reglemente för "
            "krisledningsnämnden som gäller från 1 januari 2023.",
            [A("Kommunfullmäktige", "kommunfullmäktige"), V("antog", "anta", "past"),
             A("krisledningsnämnden", kn), V("gäller", "gälla", "pres")],
            [S("kommunfullmäktige", "Kommunfullmäktige", "none", None, "anta", "antog",
               "den 29 augusti 2022, § 112 reglemente för krisledningsnämnden som gäller från "
               "1 januari 2023")],
            parent="h1"),
        rec(G, "h1.2", "paragraph",
            "Nedan kan du läsa reglementet och det finns också möjlighet att ladda ned det här:",
            [V("kan", "kunna", "pres"), V("läsa", "läsa", "inf"), V("finns", "finnas", "pres"),
             V("ladda", "ladda", "inf")],
            parent="h1"),
        rec(G, "h1.3", "paragraph", "Reglemente för krisledningsnämnden som pdf. Pdf, 262.8 kB.",
            [A("krisledningsnämnden", kn)], parent="h1"),
        rec(G, "h2", "heading", "Reglemente för krisledningsnämnden",
            [A("krisledningsnämnden", kn)]),
        rec(G, "h3", "heading", "Uppdrag och verksamhet", []),
        rec(G, "§1", "paragraph", t_par1,
            finnas_spans + [V("finns", "finnas", "pres"),
                            V("tillämpas", "tillämpa", "pres", "pass"),
                            A("kommunstyrelsens", "kommunstyrelse")],
            [finnas_st], parent="h3", label="§ 1"),
        rec(G, "§1.2", "paragraph", t_par2,
            [A("Krisledningsnämnden", kn), V("ska", "skola", "pres"), V("följa", "följa", "inf"),
             V("anges", "ange", "pres", "pass"), V("följa", "följa", "inf", occ=1),
             A("fullmäktige", "kommunfullmäktige"), V("har", "ha", "pres"),
             V("bestämt", "bestämma", "sup"), A("nämnden", "nämnd"),
             V("ska", "skola", "pres", occ=1), V("fullgöra", "fullgöra", "inf"),
             V("följa", "följa", "inf", occ=2)],
            [S(kn, "Krisledningsnämnden", "obligation", "ska", "följa", "följa",
               "vad som anges i lag eller annan författning"),
             S(kn, "Krisledningsnämnden", "obligation", "ska", "följa", "följa",
               "det fullmäktige – i reglemente, i samband med budget eller i annat särskilt "
               "beslut – har bestämt att nämnden ska fullgöra"),
             S(kn, "Krisledningsnämnden", "obligation", "ska", "följa", "följa",
               "givna uppdrag och angivna riktlinjer")],
            parent="h3"),
        rec(G, "§1.3", "paragraph", t_par3,
            [A("Krisledningsnämndens", kn), V("utgör", "utgöra", "pres"),
             A("kommunens", "kommun")],
            parent="h3"),
        rec(G, "§2", "paragraph", t_par4,
            [A("Krisledningsnämnden", kn), V("utgör", "utgöra", "pres"), A("kommunens", "kommun"),
             V("är", "vara", "pres"), V("ska", "skola", "pres"), V("fungera", "fungera", "inf")],
            [S(kn, "Krisledningsnämnden", "none", None, "utgöra", "utgör",
               "kommunens högsta ledning i samband med extraordinära händelser")],
            parent="h3", label="§ 2"),
        rec(G, "§3", "paragraph", t_par5,
            [A("Kommunen", "kommun"), V("ska", "skola", "pres"),
             V("fastställa", "fastställa", "inf"), V("ska", "skola", "pres", occ=1),
             V("hantera", "hantera", "inf"), V("avses", "avse", "pres", "pass"),
             V("avviker", "avvika", "pres")],
            [S("kommun", "Kommunen", "obligation", "ska", "fastställa", "fastställa",
               "en plan för hur den ska hantera extraordinära händelser i fredstid")],
            parent="h3", label="§ 3"),
    ]


# ---------------------------------------------------------------------------------------------
H = "haninge-kommun-pensionarsradets-reglemente"


def haninge() -> list:
    kpr = "kommunalt pensionärsråd"
    return [
        rec(H, "title", "heading", "Pensionärsrådets reglemente",
            [A("Pensionärsrådets", "pensionärsråd")]),
        rec(H, "1", "paragraph", "Här finns information om pensionärsrådets reglemente.",
            [V("finns", "finnas", "pres"), A("pensionärsrådets", "pensionärsråd")]),
        rec(H, "h1", "heading", "Uppdrag", []),
        rec(H, "h1.1", "paragraph",
            "Kommunala pensionärsrådet är ett organ för överläggning, samråd och utbyte av "
            "information mellan pensionärsorganisationerna och kommunen.",
            [A("Kommunala pensionärsrådet", kpr), V("är", "vara", "pres"),
             A("pensionärsorganisationerna", "pensionärsorganisation"), A("kommunen", "kommun")],
            [S(kpr, "Kommunala pensionärsrådet", "none", None, "vara", "är",
               "ett organ för överläggning, samråd och utbyte av information mellan "
               "pensionärsorganisationerna och kommunen")],
            parent="h1"),
        rec(H, "h1.2", "paragraph",
            "Rådet är kommunstyrelsens och nämndernas referensorgan i ärenden som berör "
            "pensionärer i kommunen.",
            [A("Rådet", kpr), V("är", "vara", "pres"), A("kommunstyrelsens", "kommunstyrelse"),
             A("nämndernas", "nämnd"), V("berör", "beröra", "pres"),
             A("pensionärer", "pensionär")],
            [S(kpr, "Rådet", "none", None, "vara", "är",
               "kommunstyrelsens och nämndernas referensorgan i ärenden som berör pensionärer i "
               "kommunen")],
            parent="h1"),
        rec(H, "h2", "heading", "Sammansättning", []),
        rec(H, "h2.1", "paragraph",
            "Kommunala pensionärsrådet består av representanter från pensionärsorganisationer "
            "och kommunala nämnder och styrelser.",
            [A("Kommunala pensionärsrådet", kpr), V("består", "bestå", "pres"),
             A("representanter", "representant"),
             A("pensionärsorganisationer", "pensionärsorganisation"), A("nämnder", "nämnd"),
             A("styrelser", "styrelse")],
            [S(kpr, "Kommunala pensionärsrådet", "none", None, "bestå", "består",
               "av representanter från pensionärsorganisationer och kommunala nämnder och "
               "styrelser")],
            parent="h2"),
        rec(H, "h2.2", "paragraph",
            "De kommunala representanterna utses av kommunstyrelsen, som väljer två ledamöter "
            "från äldrenämnden, kommunstyrelsen, kultur- och fritidsnämnden, "
            "stadsbyggnadsnämnden och socialnämnden. Ledamöterna väljs för samma mandatperiod "
            "som kommunstyrelsens ledamöter. Kommunstyrelsen utser bland dessa en ordförande.",
            [A("representanterna", "representant"), V("utses", "utse", "pres", "pass"),
             A("kommunstyrelsen", "kommunstyrelse"), V("väljer", "välja", "pres"),
             A("ledamöter", "ledamot"), A("äldrenämnden", "äldrenämnd"),
             A("kommunstyrelsen", "kommunstyrelse", occ=1),
             A("kultur- och fritidsnämnden", "kultur- och fritidsnämnd"),
             A("stadsbyggnadsnämnden", "stadsbyggnadsnämnd"), A("socialnämnden", "socialnämnd"),
             A("Ledamöterna", "ledamot"), V("väljs", "välja", "pres", "pass"),
             A("kommunstyrelsens ledamöter", "kommunstyrelsens ledamot"),
             A("Kommunstyrelsen", "kommunstyrelse"), V("utser", "utse", "pres"),
             A("ordförande", "ordförande")],
            [S("kommunstyrelse", "kommunstyrelsen", "none", None, "utse", "utses",
               "De kommunala representanterna", pas=True),
             S("ledamot", "Ledamöterna", "none", None, "välja", "väljs",
               "för samma mandatperiod som kommunstyrelsens ledamöter", pas=True),
             S("kommunstyrelse", "Kommunstyrelsen", "none", None, "utse", "utser",
               "bland dessa en ordförande")],
            parent="h2"),
        rec(H, "h2.3", "paragraph",
            "Pensionärsorganisationernas representanter utses av pensionärsorganisationerna i "
            "kommunen. Pensionärsföreningar som är berättigade till grundbidrag enligt "
            "äldrenämndens bidragsreglemente för pensionärsverksamhet ska beredas plats i "
            "kommunala pensionärsrådet. Varje pensionärsförening har rätt till en ledamot och en "
            "ersättare i kommunala pensionärsrådet. Föreningarna inom rådet ges möjlighet att "
            "utse en vice ordförande.",
            [A("Pensionärsorganisationernas", "pensionärsorganisation"),
             A("representanter", "representant"), V("utses", "utse", "pres", "pass"),
             A("pensionärsorganisationerna", "pensionärsorganisation"),
             A("Pensionärsföreningar", "pensionärsförening"), V("är", "vara", "pres"),
             C("enligt äldrenämndens bidragsreglemente för pensionärsverksamhet"),
             A("äldrenämndens", "äldrenämnd"), V("ska", "skola", "pres"),
             V("beredas", "bereda", "inf", "pass"), A("kommunala pensionärsrådet", kpr),
             A("pensionärsförening", "pensionärsförening"), V("har", "ha", "pres"),
             A("ledamot", "ledamot"), A("ersättare", "ersättare"),
             A("kommunala pensionärsrådet", kpr, occ=1), A("Föreningarna", "förening"),
             A("rådet", kpr), V("ges", "ge", "pres", "pass"), V("utse", "utse", "inf"),
             A("vice ordförande", "vice ordförande")],
            [S("pensionärsorganisation", "pensionärsorganisationerna", "none", None, "utse",
               "utses", "Pensionärsorganisationernas representanter", pas=True),
             S("pensionärsförening", "Pensionärsföreningar", "obligation", "ska", "bereda",
               "beredas", "plats i kommunala pensionärsrådet", pas=True),
             S("pensionärsförening", "pensionärsförening", "none", None, "ha", "har",
               "rätt till en ledamot och en ersättare i kommunala pensionärsrådet"),
             S("förening", "Föreningarna", "permission", "ges möjlighet att", "utse", "utse",
               "en vice ordförande")],
            parent="h2"),
        rec(H, "h3", "heading", "Arbetsformer", []),
        rec(H, "h3.1", "paragraph",
            "Kommunala pensionärsrådet bör sammanträda minst en gång per kvartal.",
            [A("Kommunala pensionärsrådet", kpr), V("bör", "böra", "pres"),
             V("sammanträda", "sammanträda", "inf")],
            [S(kpr, "Kommunala pensionärsrådet", "recommendation", "bör", "sammanträda",
               "sammanträda", "minst en gång per kvartal")],
            parent="h3"),
        rec(H, "h3.2", "paragraph",
            "Kommunens tjänstemannaorganisation svarar för sekreterarskap och bistår med "
            "kanslihjälp.",
            [A("Kommunens", "kommun"), A("tjänstemannaorganisation", "tjänstemannaorganisation"),
             V("svarar", "svara", "pres"), V("bistår", "bistå", "pres")],
            [S("tjänstemannaorganisation", "tjänstemannaorganisation", "responsibility",
               "svarar för", "svara", "svarar", "sekreterarskap"),
             S("tjänstemannaorganisation", "tjänstemannaorganisation", "none", None, "bistå",
               "bistår", "med kanslihjälp")],
            parent="h3"),
        rec(H, "h3.3", "paragraph",
            "Kallelse och föredragningslista utfärdas av ordföranden. Kallelse till rådets "
            "representanter ska avsändas minst sju dagar före sammanträdet.",
            [V("utfärdas", "utfärda", "pres", "pass"), A("ordföranden", "ordförande"),
             A("rådets", kpr), A("representanter", "representant"), V("ska", "skola", "pres"),
             V("avsändas", "avsända", "inf", "pass")],
            [S("ordförande", "ordföranden", "none", None, "utfärda", "utfärdas",
               "Kallelse och föredragningslista", pas=True),
             S(None, None, "obligation", "ska", "avsända", "avsändas",
               "Kallelse till rådets representanter", pas=True)],
            parent="h3"),
        rec(H, "h3.4", "paragraph",
            "Kommunala pensionärsrådet kan inrätta en ordförandeberedning bestående av rådets "
            "ordförande och rådets eventuella vice ordförande.",
            [A("Kommunala pensionärsrådet", kpr), V("kan", "kunna", "pres"),
             V("inrätta", "inrätta", "inf"), A("ordförandeberedning", "ordförandeberedning"),
             A("rådets ordförande", "rådets ordförande"), A("rådets", kpr, occ=1),
             A("vice ordförande", "vice ordförande")],
            [S(kpr, "Kommunala pensionärsrådet", "permission", "kan", "inrätta", "inrätta",
               "en ordförandeberedning bestående av rådets ordförande och rådets eventuella "
               "vice ordförande")],
            parent="h3"),
        rec(H, "h3.5", "paragraph",
            "Ledamot som är förhindrad att närvara vid sammanträdet ska meddela sekreteraren.",
            [A("Ledamot", "ledamot"), V("är", "vara", "pres"), V("närvara", "närvara", "inf"),
             V("ska", "skola", "pres"), V("meddela", "meddela", "inf"),
             A("sekreteraren", "sekreterare")],
            [S("ledamot", "Ledamot", "obligation", "ska", "meddela", "meddela", "sekreteraren")],
            parent="h3"),
        rec(H, "h3.6", "paragraph",
            "Kommunala pensionärsrådet har rätt att från kommunens nämnder och tjänstemän "
            "infordra de yttranden och upplysningar som kan behövas.",
            [A("Kommunala pensionärsrådet", kpr), V("har", "ha", "pres"),
             A("kommunens", "kommun"), A("nämnder", "nämnd"), A("tjänstemän", "tjänsteman"),
             V("infordra", "infordra", "inf"), V("kan", "kunna", "pres"),
             V("behövas", "behöva", "inf", "pass")],
            [S(kpr, "Kommunala pensionärsrådet", "permission", "har rätt att", "infordra",
               "infordra", "de yttranden och upplysningar som kan behövas")],
            parent="h3"),
    ]


# ---------------------------------------------------------------------------------------------
VA = "vara-kommun-bestammelser-kommunala-pensionarsradet"


def vara() -> list:
    kpr = "kommunala pensionärsrådet"
    rep_item = "En representant jämte en ersättare från "
    return [
        rec(VA, "title", "heading", "Bestämmelser för det kommunala pensionärsrådet (KPR)",
            [A("kommunala pensionärsrådet", kpr), A("KPR", kpr)]),
        rec(VA, "m1", "paragraph", "Antagna av kommunfullmäktige 19 juni 2023",
            [A("kommunfullmäktige", "kommunfullmäktige")]),
        rec(VA, "h1", "heading", "Syfte och sammansättning", []),
        rec(VA, "§1", "paragraph",
            "Kommunala pensionärsrådet (KPR) är ett organ för dialog och ömsesidig information "
            "mellan kommunen och företrädare för pensionärernas riksorganisationer, som verkar "
            "inom kommunen.",
            [A("Kommunala pensionärsrådet", kpr), A("KPR", kpr), V("är", "vara", "pres"),
             A("kommunen", "kommun"), A("företrädare", "företrädare"),
             A("pensionärernas", "pensionär"), A("riksorganisationer", "riksorganisation"),
             V("verkar", "verka", "pres")],
            [S(kpr, "Kommunala pensionärsrådet", "none", None, "vara", "är",
               "ett organ för dialog och ömsesidig information mellan kommunen och företrädare "
               "för pensionärernas riksorganisationer, som verkar inom kommunen")],
            parent="h1", label="§ 1"),
        rec(VA, "§1.2", "paragraph",
            "Pensionärerna får genom KPR större delaktighet i samhällets insatser och kan där ta "
            "initiativ och arbeta aktivt för förändringar i den kommunala verksamheten samt ge "
            "förslag till åtgärder, som berör de äldres förhållanden i samhället till exempel "
            "yttra sig vid förberedelser för upphandling av entreprenad som berör äldre, eller "
            "vid större planändringar och byggnation.",
            [A("Pensionärerna", "pensionär"), V("får", "få", "pres"), A("KPR", kpr),
             V("kan", "kunna", "pres"), V("ta", "ta", "inf"), V("arbeta", "arbeta", "inf"),
             V("ge", "ge", "inf"), V("berör", "beröra", "pres"), V("yttra", "yttra", "inf"),
             V("berör", "beröra", "pres", occ=1)],
            [S("pensionär", "Pensionärerna", "none", None, "få", "får",
               "genom KPR större delaktighet i samhällets insatser"),
             S("pensionär", "Pensionärerna", "permission", "kan", "ta", "ta", "initiativ"),
             S("pensionär", "Pensionärerna", "permission", "kan", "arbeta", "arbeta",
               "för förändringar i den kommunala verksamheten"),
             S("pensionär", "Pensionärerna", "permission", "kan", "ge", "ge",
               "förslag till åtgärder, som berör de äldres förhållanden i samhället"),
             S("pensionär", "Pensionärerna", "permission", "kan", "yttra", "yttra",
               "vid förberedelser för upphandling av entreprenad som berör äldre, eller vid "
               "större planändringar och byggnation")],
            parent="h1"),
        rec(VA, "§1.3", "paragraph",
            "Genom KPR ges kommunen möjlighet att föra dialog med pensionärsorganisationerna i "
            "ett tidigt skede i beredningsprocessen samt att få deras synpunkter i ärenden som "
            "berör pensionärerna.",
            [A("KPR", kpr), V("ges", "ge", "pres", "pass"), A("kommunen", "kommun"),
             V("föra", "föra", "inf"), A("pensionärsorganisationerna", "pensionärsorganisation"),
             V("få", "få", "inf"), V("berör", "beröra", "pres"),
             A("pensionärerna", "pensionär")],
            [S("kommun", "kommunen", "permission", "ges kommunen möjlighet att", "föra", "föra",
               "dialog med pensionärsorganisationerna i ett tidigt skede i beredningsprocessen"),
             S("kommun", "kommunen", "permission", "ges kommunen möjlighet att", "få", "få",
               "deras synpunkter i ärenden som berör pensionärerna")],
            parent="h1"),
        rec(VA, "§1.4", "paragraph",
            "Kommunen ska i alla för ålderspensionärer principiellt viktiga ärenden:",
            [A("Kommunen", "kommun"), V("ska", "skola", "pres"),
             A("ålderspensionärer", "ålderspensionär")],
            parent="h1"),
        rec(VA, "§1.4.a", "list_item",
            "Föra dialog med KPR före beslut i syfte att ge insyn och delaktighet",
            [V("Föra", "föra", "inf"), A("KPR", kpr), V("ge", "ge", "inf")],
            [S("kommun", "Kommunen", "obligation", "ska", "föra", "Föra",
               "dialog med KPR före beslut")],
            parent="§1.4", label="•"),
        rec(VA, "§1.4.b", "list_item",
            "Informera KPR om sin verksamhet och planerade förändringar samt om resultatet av "
            "olika åtgärder som har eller kan få aktualitet för kommunens äldre",
            [V("Informera", "informera", "inf"), A("KPR", kpr), V("har", "ha", "pres"),
             V("kan", "kunna", "pres"), V("få", "få", "inf"), A("kommunens", "kommun")],
            [S("kommun", "Kommunen", "obligation", "ska", "informera", "Informera",
               "KPR om sin verksamhet och planerade förändringar samt om resultatet av olika "
               "åtgärder som har eller kan få aktualitet för kommunens äldre")],
            parent="§1.4", label="•"),
        rec(VA, "§2", "paragraph",
            "KPR ska vara sammansatt av representanter för kommunala nämnder, vars verksamhet "
            "berör pensionärerna samt representanter för pensionärsorganisationerna enligt "
            "följande:",
            [A("KPR", kpr), V("ska", "skola", "pres"), V("vara", "vara", "inf"),
             A("representanter", "representant"), A("nämnder", "nämnd"),
             V("berör", "beröra", "pres"), A("pensionärerna", "pensionär"),
             A("representanter", "representant", occ=1),
             A("pensionärsorganisationerna", "pensionärsorganisation"), C("enligt följande")],
            [S(kpr, "KPR", "obligation", "ska", "vara", "vara",
               "sammansatt av representanter för kommunala nämnder, vars verksamhet berör "
               "pensionärerna samt representanter för pensionärsorganisationerna",
               cond="enligt följande")],
            parent="h1", label="§ 2"),
        rec(VA, "§2.a", "list_item", rep_item + "kommunstyrelsen",
            [A("representant", "representant"), A("ersättare", "ersättare"),
             A("kommunstyrelsen", "kommunstyrelse")],
            parent="§2", label="•"),
        rec(VA, "§2.b", "list_item", rep_item + "socialnämnden",
            [A("representant", "representant"), A("ersättare", "ersättare"),
             A("socialnämnden", "socialnämnd")],
            parent="§2", label="•"),
        rec(VA, "§2.c", "list_item", rep_item + "primärvården ska erbjudas ingå",
            [A("representant", "representant"), A("ersättare", "ersättare"),
             V("ska", "skola", "pres"), V("erbjudas", "erbjuda", "inf", "pass"),
             V("ingå", "ingå", "inf")],
            [S("representant", "representant", "obligation", "ska", "erbjuda", "erbjudas",
               "ingå", pas=True)],
            parent="§2", label="•"),
        rec(VA, "§2.d", "list_item",
            rep_item + "varje pensionärsförening i kommunen som är anknuten till en "
            "riksorganisation för pensionärer.",
            [A("representant", "representant"), A("ersättare", "ersättare"),
             A("pensionärsförening", "pensionärsförening"), V("är", "vara", "pres"),
             A("riksorganisation", "riksorganisation"), A("pensionärer", "pensionär")],
            parent="§2", label="•"),
        rec(VA, "§2.2", "paragraph",
            "Organisationer som ingår i det kommunala pensionärsrådet ska, efter sina årsmöten i "
            "början av mandatperioden, anmäla ledamöter och ersättare som ska ingå i KPR till "
            "kommunstyrelsen.",
            [V("ingår", "ingå", "pres"), A("kommunala pensionärsrådet", kpr),
             V("ska", "skola", "pres"), V("anmäla", "anmäla", "inf"), A("ledamöter", "ledamot"),
             A("ersättare", "ersättare"), V("ska", "skola", "pres", occ=1),
             V("ingå", "ingå", "inf"), A("KPR", kpr), A("kommunstyrelsen", "kommunstyrelse")],
            [S("ledamot", "ledamöter", "obligation", "ska", "ingå", "ingå", "i KPR"),
             S("ersättare", "ersättare", "obligation", "ska", "ingå", "ingå", "i KPR")],
            parent="h1"),
    ]


# ---------------------------------------------------------------------------------------------
M = "munkedals-kommun-attestreglemente"


def munkedal() -> list:
    mk = "munkedals kommun"
    return [
        rec(M, "1", "heading", "Munkedals kommun Attestreglemente", [A("Munkedals kommun", mk)],
            label="1"),
        rec(M, "m1", "paragraph",
            "Reviderad Attestreglemente Dnr: KS Typ av dokument: Reglemente Handläggare: "
            "Ekonomichef Antagen av: Kommunfullmäktige Revisionshistorik: Reviderat "
            "attestreglemente ersätter den antagna av kommunfullmäktige: KF , Dnr: KS "
            "Antagningsdatum: Giltighet: Gäller tills vidare MUNKEDAL Telefon växel Fax Bankgiro "
            "Postgiro Organisationsnummer",
            [A("Ekonomichef", "ekonomichef"), A("Kommunfullmäktige", "kommunfullmäktige"),
             V("ersätter", "ersätta", "pres"), A("kommunfullmäktige", "kommunfullmäktige")]),
        rec(M, "2", "heading", "Attestreglemente Munkedals kommun", [A("Munkedals kommun", mk)],
            label="2"),
        rec(M, "h1", "heading", "Inledning", [], parent="2"),
        rec(M, "h1.1", "paragraph",
            "Attestreglementet ingår som en del i kommunens internkontroll. Interkontrollens "
            "huvudsakliga syfte är att förbättra effektiviteten i kommunens verksamhet, se till "
            "att resurser används i enlighet med fattade beslut samt att trygga tillgångarna "
            "från avsiktliga oegentligheter eller oavsiktliga felaktigheter. Detta genom att "
            "skapa en god intern kontroll så att arbetsfördelning och kontrollmoment är inlagda "
            "i redovisningen. Arbetsfördelningen syftar till att ingen person ensam ska "
            "handlägga en transaktion från början till slut.",
            [V("ingår", "ingå", "pres"), A("kommunens", mk), V("är", "vara", "pres"),
             V("förbättra", "förbättra", "inf"), A("kommunens", mk, occ=1),
             V("se", "se", "inf"), V("används", "använda", "pres", "pass"),
             C("i enlighet med fattade beslut"), V("trygga", "trygga", "inf"),
             V("skapa", "skapa", "inf"), V("är", "vara", "pres", occ=1),
             V("syftar", "syfta", "pres"), A("person", "person"), V("ska", "skola", "pres"),
             V("handlägga", "handlägga", "inf")],
            parent="h1"),
        rec(M, "2.1", "heading", "Omfattning", [], parent="2", label="1"),
        rec(M, "2.1.1", "paragraph",
            "Detta reglemente gäller för kommunens samtliga ekonomiska transaktioner, inklusive "
            "interna transaktioner, medelsförvaltning samt medel som kommunen ålagts och/eller "
            "åtagit sig att förvalta eller förmedla. Kommunala bolag, där kommunen har ett "
            "väsentligt inflytande ska utfärda egna riktlinjer, avseende attestområdet. "
            "Kommunens regler ska användas i tillämpliga delar.",
            [V("gäller", "gälla", "pres"), A("kommunens", mk), A("kommunen", mk),
             V("ålagts", "ålägga", "sup", "pass"), V("åtagit", "åta", "sup"),
             V("förvalta", "förvalta", "inf"), V("förmedla", "förmedla", "inf"),
             A("bolag", "bolag"), A("kommunen", mk, occ=1), V("har", "ha", "pres"),
             V("ska", "skola", "pres"), V("utfärda", "utfärda", "inf"), A("Kommunens", mk),
             V("ska", "skola", "pres", occ=1), V("användas", "använda", "inf", "pass")],
            [S("bolag", "bolag", "obligation", "ska", "utfärda", "utfärda",
               "egna riktlinjer, avseende attestområdet"),
             S(None, None, "obligation", "ska", "använda", "användas", "Kommunens regler",
               pas=True)],
            parent="2.1"),
        rec(M, "2.2", "heading", "Målsättning", [], parent="2", label="2"),
        rec(M, "2.2.1", "paragraph",
            "Målsättningen med reglementet är att bidra till en god intern kontroll, skydda "
            "kommunens tillgångar, skydda personal och förtroendevalda från oberättigade "
            "misstankar och oegentligheter genom att oavsiktliga eller avsiktliga fel undviks.",
            [V("är", "vara", "pres"), V("bidra", "bidra", "inf"), V("skydda", "skydda", "inf"),
             A("kommunens", mk), V("skydda", "skydda", "inf", occ=1),
             A("personal", "personal"), A("förtroendevalda", "förtroendevald"),
             V("undviks", "undvika", "pres", "pass")],
            parent="2.2"),
    ]


# ---------------------------------------------------------------------------------------------
U = "uppsala-kommun-tjansteskrivelse-attestreglemente"


def uppsala() -> list:
    uk = "uppsala kommun"
    klk = "kommunledningskontor"
    return [
        rec(U, "m1", "paragraph",
            "1 KOMMUNLEDNINGSKONTORET Handläggare Ahrgren Maria Backlund Thomas Duvner Sara "
            "Datum Diarienummer KSN Kommunstyrelsen",
            [A("KOMMUNLEDNINGSKONTORET", klk), A("Kommunstyrelsen", "kommunstyrelse")]),
        rec(U, "title", "heading", "Attestreglemente", []),
        rec(U, "h1", "heading", "Förslag till beslut", []),
        rec(U, "h1.1", "paragraph",
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att anta attestreglemente enligt "
            "bilaga.",
            [A("Kommunstyrelsen", "kommunstyrelse"), V("föreslår", "föreslå", "pres"),
             A("kommunfullmäktige", "kommunfullmäktige"), V("besluta", "besluta", "inf"),
             V("anta", "anta", "inf"), C("enligt bilaga")],
            [S("kommunstyrelse", "Kommunstyrelsen", "none", None, "föreslå", "föreslår",
               "kommunfullmäktige besluta att anta attestreglemente enligt bilaga")],
            parent="h1"),
        rec(U, "h2", "heading", "Ärendet", []),
        rec(U, "h2.1", "paragraph",
            "Attestreglementet är en del av Uppsala kommuns arbete med intern kontroll. "
            "Respektive nämnd inom Uppsala kommun är ansvarig för den interna kontrollen inom "
            "sitt verksamhetsområde och har därmed att säkerställa att bestämmelser enligt detta "
            "reglemente iakttas. Nämnderna förväntas i tillämpliga delar anpassa sina "
            "delegationsordningar till attestreglementet.",
            [V("är", "vara", "pres"), A("Uppsala kommuns", uk), A("nämnd", "nämnd"),
             A("Uppsala kommun", uk), V("är", "vara", "pres", occ=1), V("har", "ha", "pres"),
             V("säkerställa", "säkerställa", "inf"), C("enligt detta reglemente"),
             V("iakttas", "iaktta", "pres", "pass"), A("Nämnderna", "nämnd"),
             V("förväntas", "förvänta", "pres", "pass"), V("anpassa", "anpassa", "inf")],
            [S("nämnd", "nämnd", "responsibility", "är ansvarig för", "ansvara", "är",
               "den interna kontrollen inom sitt verksamhetsområde"),
             S("nämnd", "nämnd", "obligation", "har att", "säkerställa", "säkerställa",
               "att bestämmelser enligt detta reglemente iakttas"),
             S("nämnd", "Nämnderna", "obligation", "förväntas", "anpassa", "anpassa",
               "sina delegationsordningar till attestreglementet")],
            parent="h2"),
        rec(U, "h3", "heading", "Föredragning", []),
        rec(U, "h3.1", "paragraph",
            "Kommunledningskontoret har konstaterat att nuvarande attestreglemente för Uppsala "
            "kommun är i behov av revidering och förtydligande. Det reviderade reglementet "
            "följer antagna riktlinjer för styrdokument och samspelar med förslag till "
            "riktlinjer för verksamhetsplanering och intern kontroll. Det föreslagna "
            "attestreglementet tydliggör ansvarsfördelning och beskriver en utvecklad och utökad "
            "kontroll inom området. Rutiner för tillämpning av attestreglementet utarbetas av "
            "kommunledningskontoret och kommuniceras med övriga förvaltningar.",
            [A("Kommunledningskontoret", klk), V("har", "ha", "pres"),
             V("konstaterat", "konstatera", "sup"), A("Uppsala kommun", uk),
             V("är", "vara", "pres"), V("följer", "följa", "pres"),
             V("samspelar", "samspela", "pres"), V("tydliggör", "tydliggöra", "pres"),
             V("beskriver", "beskriva", "pres"), V("utarbetas", "utarbeta", "pres", "pass"),
             A("kommunledningskontoret", klk), V("kommuniceras", "kommunicera", "pres", "pass"),
             A("förvaltningar", "förvaltning")],
            [S(klk, "Kommunledningskontoret", "none", None, "konstatera", "konstaterat",
               "att nuvarande attestreglemente för Uppsala kommun är i behov av revidering och "
               "förtydligande"),
             S(klk, "kommunledningskontoret", "none", None, "utarbeta", "utarbetas",
               "Rutiner för tillämpning av attestreglementet", pas=True)],
            parent="h3"),
        rec(U, "h4", "heading", "Ekonomiska konsekvenser", []),
        rec(U, "h4.1", "paragraph", "Inga ekonomiska konsekvenser föreligger.",
            [V("föreligger", "föreligga", "pres")], parent="h4"),
        rec(U, "m2", "paragraph",
            "Kommunledningskontoret Joachim Danielsson Stadsdirektör Christoffer Nilsson Chef "
            "kommunledningskontoret Postadress: Uppsala kommun, kommunledningskontoret, Uppsala "
            "Telefon: (växel) E-post: kommunledningskontoret@uppsala.se",
            [A("Kommunledningskontoret", klk), A("Stadsdirektör", "stadsdirektör"),
             A("Chef", "chef"), A("kommunledningskontoret", klk), A("Uppsala kommun", uk),
             A("kommunledningskontoret", klk, occ=1)]),
        rec(U, "2", "heading", "Attestreglemente för Uppsala kommuns nämnder",
            [A("Uppsala kommuns", uk), A("nämnder", "nämnd")], label="2"),
        rec(U, "2.1", "paragraph",
            "Ett organiserande dokument som kommunfullmäktige fattade beslut om 2016-xx-xx",
            [A("kommunfullmäktige", "kommunfullmäktige"), V("fattade", "fatta", "past")],
            parent="2"),
    ]


# ---------------------------------------------------------------------------------------------
SK = "skelleftea-kommun-radet-for-forebyggande-av-funktionshinder"


def skelleftea() -> list:
    r = "rådet för förebyggande av funktionshinder"
    body = (
        "Från och med 2015-01-01 byter kommunala handikapprådet, KHR, namn till Rådet för "
        "förebyggande av funktionshinder, RÅFF. Rådet ska bestå av 15 ledamöter och personliga "
        "ersättare och har en mandatperiod som sammanfaller med mandatperioden för "
        "kommunstyrelsens ledamöter. 8 ledamöter och 8 ersättare utses av rådets referensgrupp. "
        "Övriga 7 ledamöter och 7 ersättare utses bland politiker från kommunens nämnder enligt "
        "följande: Kommunstyrelsen har två ledamöter och två ersättare, socialnämnden har två "
        "ledamöter och två ersättare, tekniska nämnden har en ledamot och en ersättare, barn- och "
        "grundskolenämnden har en ledamot och en ersättare och bygg- och miljönämnden har en "
        "ledamot och en ersättare. Nämnderna utser själva sina ledamöter i rådet. Landstingets "
        "nämnd för funktionshinder och habilitering erbjuds att adjungera en ledamot och en "
        "ersättare. Rådet för förebyggande av funktionshinder utser inom sig ordförande och vice "
        "ordförande. Ordförande ska utses bland socialnämndens företrädare och vice ordförande "
        "bland företrädarna för funktionsnedsättningsföreningarna."
    )
    two = "två ledamöter och två ersättare"
    one = "en ledamot och en ersättare"
    has = [("Kommunstyrelsen", "kommunstyrelse", two), ("socialnämnden", "socialnämnd", two),
           ("tekniska nämnden", "teknisk nämnd", one),
           ("barn- och grundskolenämnden", "barn- och grundskolenämnd", one),
           ("bygg- och miljönämnden", "bygg- och miljönämnd", one)]
    spans = [
        V("byter", "byta", "pres"), A("kommunala handikapprådet", r), A("KHR", r),
        A("Rådet", r, occ=1), V("ska", "skola", "pres"), V("bestå", "bestå", "inf"),
        A("ledamöter", "ledamot"), A("ersättare", "ersättare"), V("har", "ha", "pres"),
        V("sammanfaller", "sammanfalla", "pres"),
        A("kommunstyrelsens ledamöter", "kommunstyrelsens ledamot"),
        A("ledamöter", "ledamot", occ=2), A("ersättare", "ersättare", occ=1),
        V("utses", "utse", "pres", "pass"), A("rådets referensgrupp", "rådets referensgrupp"),
        A("ledamöter", "ledamot", occ=3), A("ersättare", "ersättare", occ=2),
        V("utses", "utse", "pres", "pass", occ=1), A("politiker", "politiker"),
        A("kommunens", "kommun"), A("nämnder", "nämnd"), C("enligt följande"),
    ]
    stmts = [
        S(r, "kommunala handikapprådet", "none", None, "byta", "byter",
          "namn till Rådet för förebyggande av funktionshinder, RÅFF"),
        S(r, "Rådet", "obligation", "ska", "bestå", "bestå",
          "av 15 ledamöter och personliga ersättare"),
        S(r, "Rådet", "none", None, "ha", "har",
          "en mandatperiod som sammanfaller med mandatperioden för kommunstyrelsens ledamöter"),
        S("rådets referensgrupp", "rådets referensgrupp", "none", None, "utse", "utses",
          "8 ledamöter och 8 ersättare", pas=True),
        S("ledamot", "ledamöter", "none", None, "utse", "utses",
          "bland politiker från kommunens nämnder", cond="enligt följande", pas=True),
        S("ersättare", "ersättare", "none", None, "utse", "utses",
          "bland politiker från kommunens nämnder", cond="enligt följande", pas=True),
    ]
    # Kommunstyrelsen har två ledamöter …: ledamöter #4.., ersättare #3..
    led, ers = 4, 3
    for k, (t, canon, obj) in enumerate(has):
        spans += [A(t, canon), V("har", "ha", "pres", occ=1 + k)]
        led_t = "ledamöter" if obj == two else "ledamot"
        spans += [A(led_t, "ledamot", occ=(led if obj == two else k - 2)),
                  A("ersättare", "ersättare", occ=ers)]
        if obj == two:
            led += 1
        ers += 1
        stmts.append(S(canon, t, "none", None, "ha", "har", obj))
    spans += [
        A("Nämnderna", "nämnd"), V("utser", "utse", "pres"), A("ledamöter", "ledamot", occ=led),
        A("rådet", r), A("Landstingets", "landsting"), A("nämnd", "nämnd"),
        V("erbjuds", "erbjuda", "pres", "pass"), V("adjungera", "adjungera", "inf"),
        A("ledamot", "ledamot", occ=3), A("ersättare", "ersättare", occ=ers),
        A("Rådet för förebyggande av funktionshinder", r, occ=1),
        V("utser", "utse", "pres", occ=1), A("ordförande", "ordförande"),
        A("vice ordförande", "vice ordförande"), A("Ordförande", "ordförande"),
        V("ska", "skola", "pres", occ=1), V("utses", "utse", "inf", "pass", occ=2),
        A("socialnämndens", "socialnämnd"), A("företrädare", "företrädare"),
        A("vice ordförande", "vice ordförande", occ=1), A("företrädarna", "företrädare"),
        A("funktionsnedsättningsföreningarna", "funktionsnedsättningsförening"),
    ]
    stmts += [
        S("nämnd", "Nämnderna", "none", None, "utse", "utser", "sina ledamöter i rådet"),
        S("nämnd", "nämnd", "none", None, "erbjuda", "erbjuds",
          "att adjungera en ledamot och en ersättare", pas=True),
        S(r, "Rådet för förebyggande av funktionshinder", "none", None, "utse", "utser",
          "inom sig ordförande och vice ordförande"),
        S("ordförande", "Ordförande", "obligation", "ska", "utse", "utses",
          "bland socialnämndens företrädare", pas=True),
        S("vice ordförande", "vice ordförande", "obligation", "ska", "utse", "utses",
          "bland företrädarna för funktionsnedsättningsföreningarna", pas=True),
    ]
    return [
        rec(SK, "title", "heading",
            "Rådet för förebyggande av funktionshinder, RÅFF (före detta kommunala "
            "handikapprådet, KHR)",
            [A("Rådet för förebyggande av funktionshinder", r), A("RÅFF", r),
             A("kommunala handikapprådet", r), A("KHR", r)]),
        rec(SK, "1", "paragraph", body, spans, stmts),
        rec(SK, "h1", "heading", "Mandatperiod 2015-01-01 - 2018-12-31", []),
    ]


DOCS = {G: gotene, H: haninge, VA: vara, M: munkedal, U: uppsala, SK: skelleftea}
