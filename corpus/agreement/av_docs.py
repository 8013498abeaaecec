"""The hand annotation of part av (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause);
build.py turns them into offsets. Decisions on hard cases: corpus/agreement/README.md, section
"Part av". Run from the repository root:

    python corpus/agreement/av_docs.py && python corpus/check.py corpus/agreement/av/*.jsonl

(build.py's source check is used with the line-end hyphen join of docs/annotation.md §1.1, which
the SFS page text of statens-museer needs.)
"""

from __future__ import annotations

import re

import build
from build import A, C, S, V, rec

KR = "kraftringen energi ab"
NE = "nacka energi ab"
NK = "nacka kommun"
RG = "reinhold gustafssons stiftelse"
SN = "stiftelsen för njursjuka"
ME = "murmestare embetet i stockholm"
KV = "kriminalvården"
MUNI = [A("Lunds", "lunds kommun"), A("Eslövs", "eslövs kommun"), A("Hörby", "hörby kommun"),
        A("Lomma kommuner", "lomma kommun")]  # a head shared by coordinated names (§2.2)
MY = "myndighet"


def kraftringen() -> list:
    d = "kraftringen-energi-bolagsordning"
    t3 = ("Bolaget har till föremål för sin verksamhet att producera, distribuera och handla med "
          "energi, att driva IT-kommunikation, att äga och förvalta fastigheter och anläggningar "
          "för rörelsens behov, att äga och förvalta aktier och andelar i företag inom "
          "energisektorn samt att bedriva till rörelsen anknytande verksamhet.")
    m3 = "har till föremål för sin verksamhet att"
    o_fast = "fastigheter och anläggningar för rörelsens behov"
    o_akt = "aktier och andelar i företag inom energisektorn"
    t5 = ("Bolaget ska bereda kommunfullmäktige i Lunds, Eslövs, Hörby och Lomma kommuner "
          "möjlighet att ta ställning innan sådana beslut i verksamheten som är av principiell "
          "beskaffenhet eller annars av större vikt fattas.")
    t8 = ("Styrelsen ska bestå av lägst 9 och högst 11 ledamöter med lägst 3 och högst 9 "
          "suppleanter. Styrelsen utses av bolagsstämman (efter nominering av kommunfullmäktige "
          "i Lunds, Eslövs, Hörby och Lomma kommuner) för tiden från den årsstämma som följer "
          "närmast efter det att ordinarie val till kommunfullmäktige förrättas intill slutet "
          "av den årsstämma som följer närmast efter nästa ordinarie val till "
          "kommunfullmäktige.")
    t9 = ("För granskning av bolagets årsredovisning och räkenskaper samt styrelsens och "
          "verkställande direktörens förvaltning utses av bolagsstämman en revisor och en "
          "revisorssuppleant. Istället för revisor och revisorssuppleant får utses ett "
          "registrerat revisionsbolag. De av bolagsstämman utsedda revisorerna ska vara "
          "auktoriserade.")
    return [
        rec(d, "title", "heading", "Bolagsordning för Kraftringen Energi AB (publ)",
            [A("Kraftringen Energi AB", KR)]),
        rec(d, "h1", "heading", "Bolagsordning för Kraftringen Energi AB (publ), 556100-9852",
            [A("Kraftringen Energi AB", KR)]),
        rec(d, "§1", "heading", "Firma", [], label="§ 1"),
        rec(d, "§1.1", "paragraph", "Bolagets firma är Kraftringen Energi AB (publ).",
            [A("Bolagets", KR), V("är", "vara", "pres")],
            parent="§1"),
        rec(d, "§2", "heading", "Säte", [], label="§ 2"),
        rec(d, "§2.1", "paragraph", "Styrelsen ska ha sitt säte i Lund.",
            [A("Styrelsen", "styrelse"), V("ska", "skola", "pres"), V("ha", "ha", "inf")],
            [S("styrelse", "Styrelsen", "obligation", "ska", "ha", "ha", "sitt säte i Lund")],
            parent="§2"),
        rec(d, "§3", "heading", "Verksamhet", [], label="§ 3"),
        rec(d, "§3.1", "paragraph", t3,
            [A("Bolaget", KR), V("har", "ha", "pres"), V("producera", "producera", "inf"),
             V("distribuera", "distribuera", "inf"), V("handla", "handla", "inf"),
             V("driva", "driva", "inf"), V("äga", "äga", "inf"),
             V("förvalta", "förvalta", "inf"), V("äga", "äga", "inf", occ=1),
             V("förvalta", "förvalta", "inf", occ=1), V("bedriva", "bedriva", "inf")],
            [S(KR, "Bolaget", "obligation", m3, "producera", "producera", "energi"),
             S(KR, "Bolaget", "obligation", m3, "distribuera", "distribuera", "energi"),
             S(KR, "Bolaget", "obligation", m3, "handla", "handla", "med energi"),
             S(KR, "Bolaget", "obligation", m3, "driva", "driva", "IT-kommunikation"),
             S(KR, "Bolaget", "obligation", m3, "äga", "äga", o_fast),
             S(KR, "Bolaget", "obligation", m3, "förvalta", "förvalta", o_fast),
             S(KR, "Bolaget", "obligation", m3, "äga", "äga", o_akt),
             S(KR, "Bolaget", "obligation", m3, "förvalta", "förvalta", o_akt),
             S(KR, "Bolaget", "obligation", m3, "bedriva", "bedriva",
               "till rörelsen anknytande verksamhet")], parent="§3"),
        rec(d, "§4", "heading", "Ändamål", [], label="§ 4"),
        rec(d, "§4.1", "paragraph", "Det kommunala ändamålet med bolagets verksamhet är att på "
            "affärsmässiga grunder utveckla en god, allsidig och hållbar energiförsörjning.",
            [A("bolagets", KR), V("är", "vara", "pres"), V("utveckla", "utveckla", "inf")],
            parent="§4"),
        rec(d, "§5", "heading", "Fullmäktiges rätt att ta ställning",
            [A("Fullmäktiges", "fullmäktige"), V("ta", "ta", "inf")], label="§ 5"),
        rec(d, "§5.1", "paragraph", t5,
            [A("Bolaget", KR), V("ska", "skola", "pres"), V("bereda", "bereda", "inf"),
             A("kommunfullmäktige", "kommunfullmäktige"), *MUNI,
             V("ta", "ta", "inf"), V("är", "vara", "pres"),
             V("fattas", "fatta", "pres", "pass")],
            [S(KR, "Bolaget", "obligation", "ska", "bereda", "bereda",
               "kommunfullmäktige i Lunds, Eslövs, Hörby och Lomma kommuner möjlighet att ta "
               "ställning innan sådana beslut i verksamheten som är av principiell "
               "beskaffenhet eller annars av större vikt fattas")], parent="§5"),
        rec(d, "§6", "heading", "Aktiekapital", [], label="§ 6"),
        rec(d, "§6.1", "paragraph", "Aktiekapitalet ska utgöra lägst 40 000 000 kronor och högst "
            "160 000 000 kronor.",
            [V("ska", "skola", "pres"), V("utgöra", "utgöra", "inf")], parent="§6"),
        rec(d, "§7", "heading", "Antal aktier", [], label="§ 7"),
        rec(d, "§7.1", "paragraph", "I bolaget ska finnas lägst 4 000 000 aktier och högst "
            "16 000 000 aktier.",
            [A("bolaget", KR), V("ska", "skola", "pres"), V("finnas", "finnas", "inf")],
            parent="§7"),
        rec(d, "§8", "heading", "Styrelse", [A("Styrelse", "styrelse")], label="§ 8"),
        rec(d, "§8.1", "paragraph", t8,
            [A("Styrelsen", "styrelse"), V("ska", "skola", "pres"), V("bestå", "bestå", "inf"),
             A("ledamöter", "ledamot"), A("suppleanter", "suppleant"),
             A("Styrelsen", "styrelse", 1), V("utses", "utse", "pres", "pass"),
             A("bolagsstämman", "bolagsstämma"),
             A("kommunfullmäktige", "kommunfullmäktige"), *MUNI,
             V("följer", "följa", "pres"), V("förrättas", "förrätta", "pres", "pass"),
             A("kommunfullmäktige", "kommunfullmäktige", 1),
             V("följer", "följa", "pres", occ=1),
             A("kommunfullmäktige", "kommunfullmäktige", 2)],
            [S("styrelse", "Styrelsen", "obligation", "ska", "bestå", "bestå",
               "av lägst 9 och högst 11 ledamöter med lägst 3 och högst 9 suppleanter"),
             S("bolagsstämma", "bolagsstämman", "none", None, "utse", "utses", "Styrelsen",
               pas=True)], parent="§8"),
        rec(d, "§9", "heading", "Revisor", [A("Revisor", "revisor")], label="§ 9"),
        rec(d, "§9.1", "paragraph", t9,
            [A("bolagets", KR), A("styrelsens", "styrelse"),
             A("verkställande direktörens", "verkställande direktör"),
             V("utses", "utse", "pres", "pass"), A("bolagsstämman", "bolagsstämma"),
             A("revisor", "revisor"), A("revisorssuppleant", "revisorssuppleant"),
             A("revisor", "revisor", 1), A("revisorssuppleant", "revisorssuppleant", 1),
             V("får", "få", "pres"), V("utses", "utse", "inf", "pass", occ=1),
             A("revisionsbolag", "revisionsbolag"),
             A("bolagsstämman", "bolagsstämma", 1), A("revisorerna", "revisor"),
             V("ska", "skola", "pres"), V("vara", "vara", "inf")],
            [S("bolagsstämma", "bolagsstämman", "none", None, "utse", "utses",
               "en revisor och en revisorssuppleant", pas=True),
             S(None, None, "permission", "får", "utse", "utses",
               "ett registrerat revisionsbolag", pas=True),
             S("revisor", "revisorerna", "obligation", "ska", "vara", "vara",
               "auktoriserade")], parent="§9"),
        rec(d, "§10", "heading", "Le", [], label="§ 10"),
    ]


def nacka() -> list:
    d = "nacka-energi-bolagsordning"
    t2 = ("Bolaget har till föremål för sin verksamhet att inom Nacka kommun, eller om bättre "
          "ändamålsenlighet därmed uppnås, i geografisk närhet av Nacka kommun driva "
          "nätverksamhet.")
    c2 = "om bättre ändamålsenlighet därmed uppnås"
    t3 = ("Bolagets syfte är att enligt god teknisk praxis och med optimalt resursutnyttjande "
          "svara för distributionen av el inom eller i geografisk närhet av Nacka kommun samt "
          "utnyttja elnätet för annan infrastruktur än eldistribution.")
    t6 = ("Styrelsen skall bestå av lägst fem och högst elva ledamöter med lika många "
          "suppleanter. Styrelsen är beslutsför, när fler än hälften av ledamöterna är "
          "närvarande. Styrelsen utses av kommunfullmäktige i Nacka kommun för tiden från "
          "ordinarie bolagsstämma till nästkommande bolagsstämma. Kommunfullmäktige utser "
          "också ordförande och en eller två vice ordförande i bolagets styrelse.")
    c6 = "när fler än hälften av ledamöterna är närvarande"
    t71 = ("För granskning av bolagets årsredovisning jämte räkenskaper samt styrelsens och "
           "verkställande direktörens förvaltning utses av bolagsstämman en revisor och en "
           "suppleant.")
    t72 = ("Revisorns och revisorssuppleantens uppdrag gäller till slutet av den ordinarie "
           "bolagsstämma enligt 9 kap 1 st aktiebolagslagen som hålls under det fjärde "
           "räkenskapsåret efter revisorsvalet.")
    t8 = ("För samma mandatperiod som gäller för bolagets revisor skall kommunfullmäktige i "
          "Nacka kommun utse tre lek")
    return [
        rec(d, "title", "heading", "BOLAGSORDNING FÖR NACKA ENERGI AB[1]",
            [A("NACKA ENERGI AB", NE)]),
        rec(d, "m1", "paragraph", "Gällande från 1999-04-22 med revidering 1999-10-25", []),
        rec(d, "§1", "heading", "Firma", [], label="§ 1"),
        rec(d, "§1.1", "paragraph", "Bolagets firma är Nacka Energi AB.",
            [A("Bolagets", NE), V("är", "vara", "pres")],
            parent="§1"),
        rec(d, "§2", "heading", "Föremål för verksamheten", [], label="§ 2"),
        rec(d, "§2.1", "paragraph", t2,
            [A("Bolaget", NE), V("har", "ha", "pres"), A("Nacka kommun", NK), C(c2),
             V("uppnås", "uppnå", "pres", "pass"), A("Nacka kommun", NK, 1),
             V("driva", "driva", "inf")],
            [S(NE, "Bolaget", "obligation", "har till föremål för sin verksamhet att", "driva",
               "driva", "nätverksamhet", cond=c2)], parent="§2"),
        rec(d, "§3", "heading", "Syfte med verksamheten", [], label="§ 3"),
        rec(d, "§3.1", "paragraph", t3,
            [A("Bolagets", NE), V("är", "vara", "pres"), C("enligt god teknisk praxis"),
             V("svara", "svara", "inf"), A("Nacka kommun", NK),
             V("utnyttja", "utnyttja", "inf")], parent="§3"),
        rec(d, "§3.2", "paragraph", "Skulle bolaget likvideras, skall dess behållna tillgångar "
            "tillfalla Nacka Energiföretag AB.",
            [C("Skulle bolaget likvideras"), V("Skulle", "skola", "past"), A("bolaget", NE),
             V("likvideras", "likvidera", "inf", "pass"), V("skall", "skola", "pres"),
             V("tillfalla", "tillfalla", "inf"),
             A("Nacka Energiföretag AB", "nacka energiföretag ab")], parent="§3"),
        rec(d, "§4", "heading", "Styrelsens säte", [A("Styrelsens", "styrelse")], label="§ 4"),
        rec(d, "§4.1", "paragraph", "Bolagets styrelse skall ha sitt säte i Nacka kommun.",
            [A("Bolagets", NE), A("styrelse", "styrelse"), V("skall", "skola", "pres"),
             V("ha", "ha", "inf"), A("Nacka kommun", NK)],
            [S("styrelse", "styrelse", "obligation", "skall", "ha", "ha",
               "sitt säte i Nacka kommun")], parent="§4"),
        rec(d, "§5", "heading", "Aktiekapital och akties nominella belopp", [], label="§ 5"),
        rec(d, "§5.1", "paragraph", "Aktiekapitalet skall utgöra lägst 6.000.000 kronor och "
            "högst 18 000 000 kronor.",
            [V("skall", "skola", "pres"), V("utgöra", "utgöra", "inf")], parent="§5"),
        rec(d, "§5.2", "paragraph", "Aktie skall lyda på femtio (50) kronor och aktiebreven "
            "skall ställas till viss man.",
            [V("skall", "skola", "pres"), V("lyda", "lyda", "inf"),
             V("skall", "skola", "pres", occ=1), V("ställas", "ställa", "inf", "pass")],
            [S(None, None, "obligation", "skall", "ställa", "ställas", "aktiebreven",
               pas=True)], parent="§5"),
        rec(d, "§6", "heading", "Styrelsen", [A("Styrelsen", "styrelse")], label="§ 6"),
        rec(d, "§6.1", "paragraph", t6,
            [A("Styrelsen", "styrelse"), V("skall", "skola", "pres"), V("bestå", "bestå", "inf"),
             A("ledamöter", "ledamot"), A("suppleanter", "suppleant"),
             A("Styrelsen", "styrelse", 1), V("är", "vara", "pres"), C(c6),
             A("ledamöterna", "ledamot"), V("är", "vara", "pres", occ=1),
             A("Styrelsen", "styrelse", 2), V("utses", "utse", "pres", "pass"),
             A("kommunfullmäktige", "kommunfullmäktige"), A("Nacka kommun", NK),
             A("Kommunfullmäktige", "kommunfullmäktige"), V("utser", "utse", "pres"),
             A("ordförande", "ordförande"), A("vice ordförande", "vice ordförande"),
             A("bolagets", NE), A("styrelse", "styrelse")],
            [S("styrelse", "Styrelsen", "obligation", "skall", "bestå", "bestå",
               "av lägst fem och högst elva ledamöter med lika många suppleanter"),
             S("styrelse", "Styrelsen", "none", None, "vara", "är", "beslutsför", cond=c6),
             S("kommunfullmäktige", "kommunfullmäktige", "none", None, "utse", "utses",
               "Styrelsen", pas=True),
             S("kommunfullmäktige", "Kommunfullmäktige", "none", None, "utse", "utser",
               "ordförande och en eller två vice ordförande i bolagets styrelse")],
            parent="§6"),
        rec(d, "§7", "heading", "Revisorer", [A("Revisorer", "revisor")], label="§ 7"),
        rec(d, "§7.1", "paragraph", t71,
            [A("bolagets", NE), A("styrelsens", "styrelse"),
             A("verkställande direktörens", "verkställande direktör"),
             V("utses", "utse", "pres", "pass"), A("bolagsstämman", "bolagsstämma"),
             A("revisor", "revisor"), A("suppleant", "revisorssuppleant")],
            [S("bolagsstämma", "bolagsstämman", "none", None, "utse", "utses",
               "en revisor och en suppleant", pas=True)], parent="§7"),
        rec(d, "§7.2", "paragraph", t72,
            [A("Revisorns", "revisor"), A("revisorssuppleantens", "revisorssuppleant"),
             V("gäller", "gälla", "pres"), C("enligt 9 kap 1 st aktiebolagslagen"),
             V("hålls", "hålla", "pres", "pass")], parent="§7"),
        rec(d, "§8", "heading", "Lekmannarevisorer", [A("Lekmannarevisorer", "lekmannarevisor")],
            label="§ 8"),
        rec(d, "§8.1", "paragraph", t8,
            [V("gäller", "gälla", "pres"), A("bolagets", NE), A("revisor", "revisor"),
             V("skall", "skola", "pres"), A("kommunfullmäktige", "kommunfullmäktige"),
             A("Nacka kommun", NK), V("utse", "utse", "inf")],
            [S("kommunfullmäktige", "kommunfullmäktige", "obligation", "skall", "utse", "utse",
               "tre lek")], parent="§8"),
    ]


def reinhold() -> list:
    d = "reinhold-gustafssons-stiftelse-stadgar"
    t2 = ("Stiftelsens ändamål skall vara att främja och lämna stöd till undervisning och "
          "utbildning av byggarbetsledare och byggnadsarbetare. Stiftelsen skall främst stödja "
          "utbildning för vård av äldre byggnader och gammalt byggnadshantverk.")
    t3 = ("Stiftelsen skall förvaltas av Murmestare Embetet i Stockholm enligt de för Embetet "
          "gällande reglerna, upptagna i dess skrå.")
    c3 = "enligt de för Embetet gällande reglerna, upptagna i dess skrå"
    t4 = ("Minst 10 % av stiftelsens avkastning skall läggas till dess kapital och återstoden "
          "disponeras för främjande av dess ändamål. Såsom avkastning skall icke räknas vinst "
          "vid omplacering av stiftelsens tillgångar.")
    t5 = ("Vid förvaltningen av stiftelsens kapital skall målet vara att dess värde bevaras och "
          "helst förkovras.")
    t6 = ("Reinhold Gustafsson skall även sedan han upphört att vara ålderman genom särskild "
          "kallelse beredas tillfälle deltaga i sammanträden, där frågor rörande stiftelsen "
          "behandlas.")
    t7 = ("Skulle gällande skatteregler ändras så att stiftelsen icke längre skulle vara "
          "befriad från skattskyldighet, åligger det Embetet att föranstalta om sådan "
          "åtgärder, att sådan befrielse om möjligt uppnås.")
    c7 = ("Skulle gällande skatteregler ändras så att stiftelsen icke längre skulle vara "
          "befriad från skattskyldighet")
    return [
        rec(d, "title", "heading", "Stadgar", []),
        rec(d, "§1", "paragraph", "Stiftelsens namn skall vara REINHOLD GUSTAFSSONS STIFTELSE.",
            [A("Stiftelsens", RG), V("skall", "skola", "pres"), V("vara", "vara", "inf")],
            label="§1"),
        rec(d, "§2", "paragraph", t2,
            [A("Stiftelsens", RG), V("skall", "skola", "pres"), V("vara", "vara", "inf"),
             V("främja", "främja", "inf"), V("lämna", "lämna", "inf"), A("Stiftelsen", RG),
             V("skall", "skola", "pres", occ=1), V("stödja", "stödja", "inf")],
            [S(RG, "Stiftelsen", "obligation", "skall", "stödja", "stödja",
               "utbildning för vård av äldre byggnader och gammalt byggnadshantverk")],
            label="§2"),
        rec(d, "§3", "paragraph", t3,
            [A("Stiftelsen", RG), V("skall", "skola", "pres"),
             V("förvaltas", "förvalta", "inf", "pass"),
             A("Murmestare Embetet i Stockholm", ME), C(c3), A("Embetet", ME, 1)],
            [S(ME, "Murmestare Embetet i Stockholm", "obligation", "skall", "förvalta",
               "förvaltas", "Stiftelsen", cond=c3, pas=True)], label="§3"),
        rec(d, "§4", "paragraph", t4,
            [A("stiftelsens", RG), V("skall", "skola", "pres"),
             V("läggas", "lägga", "inf", "pass"), V("disponeras", "disponera", "inf", "pass"),
             V("skall", "skola", "pres", occ=1), V("räknas", "räkna", "inf", "pass"),
             A("stiftelsens", RG, 1)],
            [S(None, None, "obligation", "skall", "lägga", "läggas",
               "Minst 10 % av stiftelsens avkastning", pas=True),
             S(None, None, "obligation", "skall", "disponera", "disponeras", "återstoden",
               pas=True),
             S(None, None, "prohibition", "skall icke", "räkna", "räknas",
               "vinst vid omplacering av stiftelsens tillgångar", neg=True, pas=True)],
            label="§4"),
        rec(d, "§5", "paragraph", t5,
            [C("Vid förvaltningen av stiftelsens kapital"), A("stiftelsens", RG),
             V("skall", "skola", "pres"), V("vara", "vara", "inf"),
             V("bevaras", "bevara", "pres", "pass"), V("förkovras", "förkovra", "pres", "pass")],
            label="§5"),
        rec(d, "§6", "paragraph", t6,
            [V("skall", "skola", "pres"), V("upphört", "upphöra", "sup"),
             V("vara", "vara", "inf"), V("beredas", "bereda", "inf", "pass"),
             V("deltaga", "delta", "inf"), A("stiftelsen", RG),
             V("behandlas", "behandla", "pres", "pass")],
            [S(None, None, "obligation", "skall", "bereda", "beredas", "Reinhold Gustafsson",
               pas=True)], label="§6"),
        rec(d, "§7", "paragraph", t7,
            [C(c7), V("Skulle", "skola", "past"), V("ändras", "ändra", "inf", "pass"),
             A("stiftelsen", RG), V("skulle", "skola", "past"), V("vara", "vara", "inf"),
             V("åligger", "åligga", "pres"), A("Embetet", ME),
             V("föranstalta", "föranstalta", "inf"), V("uppnås", "uppnå", "pres", "pass")],
            [S(ME, "Embetet", "obligation", "åligger", "föranstalta", "föranstalta",
               "om sådan åtgärder, att sådan befrielse om möjligt uppnås", cond=c7)],
            label="§7"),
        rec(d, "§8", "paragraph", "Stiftelsen skall ej stå under tillsyn enligt lag.",
            [A("Stiftelsen", RG), V("skall", "skola", "pres"), V("stå", "stå", "inf"),
             C("enligt lag")],
            [S(RG, "Stiftelsen", "prohibition", "skall ej", "stå", "stå", "under tillsyn",
               cond="enligt lag", neg=True)], label="§8"),
        rec(d, "m1", "paragraph", "Överlämnat till Embetet vid sammankomst den 5 oktober 1993.",
            [A("Embetet", ME)]),
    ]


def njursjuka() -> list:
    d = "stiftelsen-for-njursjuka-stadgar"
    m3 = "har till ändamål att"
    t41 = ("Stiftelsens angelägenheter skall handhas av en styrelse, som har sitt säte i "
           "Göteborg. Styrelsen skall bestå av 3-6 ledamöter.")
    t5 = ("Styrelsen har att förvalta stiftelsens tillgångar. Över förvaltningen skall föras "
          "särskilda räkenskaper, vilka skall avslutas per kalenderår. Räkenskaperna skall "
          "granskas av revisor som styrelsen utser.")
    t6 = ("Av avkastningen skall minst 80% delas ut i form av bidrag till en eller flera "
          "mottagare. Med avkastning avses stiftelsens redovisade nettovinst, d.v.s inklusive "
          "realisationsvinster. Stiftelsen kan även dela ut det tillskjutna fondkapitalet. "
          "Denna utdelning kan årligen maximalt uppgå till 10% av det tillskjutna "
          "fondkapitalet.")
    t8 = ("Ändring av dessa stadgar beslutas av styrelsen med godkännande av revisorn. Ändring "
          "av bestämmelserna i §3 angående Stiftelsens ändamål, får ej göras utan godkännande "
          "av tillsynsmyndigheten.")
    return [
        rec(d, "title", "heading", "Stadgar", []),
        rec(d, "h1", "heading", "Stadgar", []),
        rec(d, "h2", "heading", "Stadgar för Stiftelsen för njursjuka",
            [A("Stiftelsen för njursjuka", "stiftelsen för njursjuka")]),
        rec(d, "m1", "paragraph", "Med ändringar avseende säte, beslutförhet och röstningsregler, "
            "fastställd vid styrelsesammanträde 2009-05-26.", []),
        rec(d, "§1", "paragraph",
            "Stiftelsen har tillkommit i samband med Paul Frankenius 50 års dag.",
            [A("Stiftelsen", SN), V("har", "ha", "pres"), V("tillkommit", "tillkomma", "sup")],
            [S(SN, "Stiftelsen", "none", None, "tillkomma", "tillkommit",
               "i samband med Paul Frankenius 50 års dag")], label="§ 1"),
        rec(d, "§2", "paragraph", "Stiftelsens namn skall vara Stiftelsen för njursjuka",
            [A("Stiftelsens", SN), V("skall", "skola", "pres"), V("vara", "vara", "inf")],
            label="§ 2"),
        rec(d, "§3", "paragraph", "Stiftelsen har till huvudsakligt ändamål att genom utdelning "
            "av bidrag främja följande:",
            [A("Stiftelsen", SN), V("har", "ha", "pres"), V("främja", "främja", "inf")],
            label="§ 3"),
        rec(d, "§3.a", "list_item", "Ekonomiskt stöd till behövande personer som blivit njursjuka",
            [V("blivit", "bli", "sup")],
            [S(SN, "Stiftelsen", "obligation", m3, "främja", "främja",
               "Ekonomiskt stöd till behövande personer som blivit njursjuka")],
            parent="§3", label="–"),
        rec(d, "§3.b", "list_item", "Vetenskaplig forskning", [],
            [S(SN, "Stiftelsen", "obligation", m3, "främja", "främja",
               "Vetenskaplig forskning")], parent="§3", label="–"),
        rec(d, "§4", "paragraph", t41,
            [A("Stiftelsens", SN), V("skall", "skola", "pres"),
             V("handhas", "handha", "inf", "pass"), A("styrelse", "styrelse"),
             V("har", "ha", "pres"), A("Styrelsen", "styrelse"),
             V("skall", "skola", "pres", occ=1), V("bestå", "bestå", "inf"),
             A("ledamöter", "ledamot")],
            [S("styrelse", "styrelse", "obligation", "skall", "handha", "handhas",
               "Stiftelsens angelägenheter", pas=True),
             S("styrelse", "styrelse", "none", None, "ha", "har", "sitt säte i Göteborg"),
             S("styrelse", "Styrelsen", "obligation", "skall", "bestå", "bestå",
               "av 3-6 ledamöter")], label="§ 4"),
        rec(d, "§4.2", "paragraph",
            "Beslut om förändringar av ledamöter i styrelsen fattas av styrelsen.",
            [A("ledamöter", "ledamot"), A("styrelsen", "styrelse"),
             V("fattas", "fatta", "pres", "pass"), A("styrelsen", "styrelse", 1)],
            [S("styrelse", "styrelsen", "none", None, "fatta", "fattas",
               "Beslut om förändringar av ledamöter i styrelsen", pas=True)], parent="§4"),
        rec(d, "§4.3", "paragraph", "Beslut kan fattas när majoriteten av styrelsen är eniga.",
            [V("kan", "kunna", "pres"), V("fattas", "fatta", "inf", "pass"),
             C("när majoriteten av styrelsen är eniga"), A("styrelsen", "styrelse"),
             V("är", "vara", "pres")],
            [], parent="§4"),
        rec(d, "§5", "paragraph", t5,
            [A("Styrelsen", "styrelse"), V("har", "ha", "pres"), V("förvalta", "förvalta", "inf"),
             A("stiftelsens", SN), V("skall", "skola", "pres"), V("föras", "föra", "inf", "pass"),
             V("skall", "skola", "pres", occ=1), V("avslutas", "avsluta", "inf", "pass"),
             V("skall", "skola", "pres", occ=2), V("granskas", "granska", "inf", "pass"),
             A("revisor", "revisor"), A("styrelsen", "styrelse"), V("utser", "utse", "pres")],
            [S("styrelse", "Styrelsen", "obligation", "har att", "förvalta", "förvalta",
               "stiftelsens tillgångar"),
             S(None, None, "obligation", "skall", "föra", "föras", "särskilda räkenskaper",
               pas=True),
             S(None, None, "obligation", "skall", "avsluta", "avslutas",
               "särskilda räkenskaper", pas=True),
             S("revisor", "revisor", "obligation", "skall", "granska", "granskas",
               "Räkenskaperna", pas=True),
             S("styrelse", "styrelsen", "none", None, "utse", "utser", "revisor")],
            label="§ 5"),
        rec(d, "§6", "paragraph", t6,
            [V("skall", "skola", "pres"), V("delas", "dela", "inf", "pass"),
             V("avses", "avse", "pres", "pass"), A("stiftelsens", SN), A("Stiftelsen", SN),
             V("kan", "kunna", "pres"), V("dela", "dela", "inf"),
             V("kan", "kunna", "pres", occ=1), V("uppgå", "uppgå", "inf")],
            [S(None, None, "obligation", "skall", "dela", "delas", "minst 80%", pas=True),
             S(SN, "Stiftelsen", "permission", "kan", "dela", "dela",
               "det tillskjutna fondkapitalet")], label="§ 6"),
        rec(d, "§7", "paragraph", "Stiftelsens styrelse skall ha till uppgift att vid "
            "protokollförda sammanträden utse bidragstagare.",
            [A("Stiftelsens", SN), A("styrelse", "styrelse"), V("skall", "skola", "pres"),
             V("ha", "ha", "inf"), V("utse", "utse", "inf")],
            [S("styrelse", "styrelse", "obligation", "skall", "utse", "utse",
               "bidragstagare")], label="§ 7"),
        rec(d, "§8", "paragraph", t8,
            [V("beslutas", "besluta", "pres", "pass"), A("styrelsen", "styrelse"),
             A("revisorn", "revisor"), A("Stiftelsens", SN), V("får", "få", "pres"),
             V("göras", "göra", "inf", "pass"), A("tillsynsmyndigheten", "tillsynsmyndighet")],
            [S("styrelse", "styrelsen", "none", None, "besluta", "beslutas",
               "Ändring av dessa stadgar", pas=True),
             S(None, None, "prohibition", "får ej", "göra", "göras",
               "Ändring av bestämmelserna i §3 angående Stiftelsens ändamål", neg=True,
               pas=True)], label="§ 8"),
    ]


def kriminalvarden() -> list:
    d = "kriminalvarden-instruktion-2007-1172"
    m1 = ("Departement Justitiedepartementet KRIM Utfärdad 2007-11-29 Ändring införd SFS "
          "2007:1172 i lydelse enligt SFS 2022:1512 Ikraft 2008-01-01 Upphäver Förordning "
          "(2005:985) med instruktion för Kriminalvården Källa Regeringskansliets "
          "rättsdatabaser Senast hämtad 2023-04-01")
    t1 = ("Kriminalvården ansvarar för att verkställa utdömda påföljder, bedriva "
          "häktesverksamhet samt utföra personutredningar i brottmål.")
    t22 = ("Kriminalvården ska särskilt vidta åtgärder som syftar till att brottslighet under "
           "verkställigheten förhindras, frigivningen förbereds, narkotikamissbruket bekämpas "
           "och innehållet i verkställigheten anpassas efter varje individs behov.")
    t23 = ("Kriminalvården ska delta i det myndighetsgemensamma arbetet mot den grova och "
           "organiserade brottsligheten. Förordning (2020:95).")
    tn = ("RÅ 2010:9:Ett beslut om ett generellt eller i vart fall långtgående rökförbud som i "
          "stor utsträckning drabbar intagna i kriminalvårdsanstalt har ansetts böra ha stöd i "
          "lag.")
    t2a = ("Kriminalvården är beredskapsmyndighet enligt förordningen (2022:524) om statliga "
           "myndigheters beredskap. Förordning (2022:538).")
    c2a = "enligt förordningen (2022:524) om statliga myndigheters beredskap"
    t3 = ("Anstaltsorganisationen ska vara utformad så att den tillgodoser dels olika behov av "
          "övervakning och kontroll, dels de intagnas behov av sysselsättning samt främjar en "
          "ändamålsenlig planering av de intagnas frigivning.")
    t31 = ("Häktesorganisationen ska vara utformad på så sätt att den främjar ett effektivt "
           "samarbete med övriga myndigheter inom rättsväsendet. En lokalisering av häktena som "
           "underlättar detta samarbete ska eftersträvas. Innan beslut om större förändringar i "
           "häktesorganisationen fattas ska Kriminalvården samråda med Domstolsverket, Åklaga")
    items = ["påföljder verkställs på ett säkert, humant och effektivt sätt,",
             "lagföring kan ske på ett effektivt sätt, och",
             "återfall i brott förebyggs."]
    iverbs = [[V("verkställs", "verkställa", "pres", "pass")],
              [V("kan", "kunna", "pres"), V("ske", "ske", "inf")],
              [V("förebyggs", "förebygga", "pres", "pass")]]
    return [
        rec(d, "title", "heading", "Förordning (2007:1172) med instruktion för Kriminalvården",
            [A("Kriminalvården", KV)]),
        rec(d, "m1", "paragraph", m1,
            [A("Justitiedepartementet", "justitiedepartementet"),
             A("Regeringskansliets", "regeringskansliet")]),
        rec(d, "h1", "heading", "Uppgifter", []),
        rec(d, "§1", "paragraph", t1,
            [A("Kriminalvården", KV), V("ansvarar", "ansvara", "pres"),
             V("verkställa", "verkställa", "inf"), V("bedriva", "bedriva", "inf"),
             V("utföra", "utföra", "inf")],
            [S(KV, "Kriminalvården", "responsibility", "ansvarar för", a, a, o)
             for a, o in (("verkställa", "utdömda påföljder"), ("bedriva", "häktesverksamhet"),
                          ("utföra", "personutredningar i brottmål"))],
            parent="h1", label="1 §"),
        rec(d, "§2", "paragraph", "Kriminalvården ska verka för att",
            [A("Kriminalvården", KV), V("ska", "skola", "pres"), V("verka", "verka", "inf")],
            parent="h1", label="2 §"),
        *[rec(d, f"§2.{'abc'[i]}", "list_item", items[i], iverbs[i],
              [S(KV, "Kriminalvården", "obligation", "ska", "verka", "verka",
                 items[i].removesuffix(", och").rstrip(",."))],
              parent="§2", label=f"{i + 1}.") for i in range(3)],
        rec(d, "§2.1", "paragraph", t22,
            [A("Kriminalvården", KV), V("ska", "skola", "pres"), V("vidta", "vidta", "inf"),
             V("syftar", "syfta", "pres"), V("förhindras", "förhindra", "pres", "pass"),
             V("förbereds", "förbereda", "pres", "pass"),
             V("bekämpas", "bekämpa", "pres", "pass"), V("anpassas", "anpassa", "pres", "pass")],
            [S(KV, "Kriminalvården", "obligation", "ska", "vidta", "vidta",
               t22[len("Kriminalvården ska särskilt vidta "):-1])],
            parent="§2", label="[S2]"),
        rec(d, "§2.2", "paragraph", t23,
            [A("Kriminalvården", KV), V("ska", "skola", "pres"), V("delta", "delta", "inf")],
            [S(KV, "Kriminalvården", "obligation", "ska", "delta", "delta",
               "i det myndighetsgemensamma arbetet mot den grova och organiserade "
               "brottsligheten")], parent="§2", label="[S3]"),
        rec(d, "§2.n1", "list_item", tn,
            [V("drabbar", "drabba", "pres"), A("intagna", "intagen"), V("har", "ha", "pres"),
             V("ansetts", "anse", "sup", "pass"), V("böra", "böra", "inf"),
             V("ha", "ha", "inf")], parent="§2", label="•"),
        rec(d, "§2a", "paragraph", t2a,
            [A("Kriminalvården", KV), V("är", "vara", "pres"), C(c2a)],
            [S(KV, "Kriminalvården", "none", None, "vara", "är", "beredskapsmyndighet",
               cond=c2a)], parent="h1", label="2 a §"),
        rec(d, "§3", "paragraph", t3,
            [V("ska", "skola", "pres"), V("vara", "vara", "inf"),
             V("tillgodoser", "tillgodose", "pres"), A("intagnas", "intagen"),
             V("främjar", "främja", "pres"), A("intagnas", "intagen", 1)],
            parent="h1", label="3 §"),
        rec(d, "§3.1", "paragraph", t31,
            [V("ska", "skola", "pres"), V("vara", "vara", "inf"), V("främjar", "främja", "pres"),
             A("myndigheter", MY), V("underlättar", "underlätta", "pres"),
             V("ska", "skola", "pres", occ=1), V("eftersträvas", "eftersträva", "inf", "pass"),
             V("fattas", "fatta", "pres", "pass"), V("ska", "skola", "pres", occ=2),
             A("Kriminalvården", KV), V("samråda", "samråda", "inf"),
             A("Domstolsverket", "domstolsverket")],
            [S(None, None, "obligation", "ska", "eftersträva", "eftersträvas",
               "En lokalisering av häktena som underlättar detta samarbete", pas=True),
             S(KV, "Kriminalvården", "obligation", "ska", "samråda", "samråda",
               "med Domstolsverket, Åklaga")], parent="§3", label="[S2]"),
    ]


def smvk() -> list:
    d = "statens-museer-for-varldskultur-instruktion-andring-2014-172"
    r = "\ufffd"  # the source's replacement character for the lost en dash of `7–9 §§`
    t1 = ("Regeringen föreskriver i fråga om förordningen (2007:1185) med instruktion för "
          "Statens museer för världskultur dels att 3 § ska ha följande lydelse, dels att "
          f"rubrikerna närmast före 7{r}9 §§ ska sättas närmast före 5{r}7 §§, rubriken närmast "
          "före 10 § ska sättas närmast före 8 §, rubriken närmast före 11 § ska sättas närmast "
          "före 9 §, och rubriken närmast efter 11 § ska sättas närmast före 11 §, dels att "
          "det i förordningen ska införas två nya paragrafer, 3 b och 3 c §§.")
    items = [
        ("vårda, förteckna, vetenskapligt bearbeta och utveckla de samlingar som anförtrotts "
         "myndigheten,",
         [V("vårda", "vårda", "inf"), V("förteckna", "förteckna", "inf"),
          V("bearbeta", "bearbeta", "inf"), V("utveckla", "utveckla", "inf"),
          V("anförtrotts", "anförtro", "sup", "pass"), A("myndigheten", MY)],
         [(a, "de samlingar som anförtrotts myndigheten")
          for a in ("vårda", "förteckna", "bearbeta", "utveckla")]),
        ("göra samlingarna tillgängliga för allmänheten och i det syftet bedriva "
         "utställningsverksamhet, pedagogisk verksamhet och annan förmedlingsverksamhet,",
         [V("göra", "göra", "inf"), V("bedriva", "bedriva", "inf")],
         [("göra", "samlingarna tillgängliga för allmänheten"),
          ("bedriva", "utställningsverksamhet, pedagogisk verksamhet och annan "
           "förmedlingsverksamhet")]),
        ("genom kunskapsuppbyggnad och samarbeten med olika aktörer främja och berika "
         "samhällsdebatten inom sitt verksamhetsområde,",
         [V("främja", "främja", "inf"), V("berika", "berika", "inf")],
         [(a, "samhällsdebatten inom sitt verksamhetsområde") for a in ("främja", "berika")]),
        ("samverka nationellt och internationellt med museer och andra aktörer, däribland det "
         "civila samhällets organisationer, för att nå största möjliga geografiska spridning "
         "och förankring,",
         [V("samverka", "samverka", "inf"), V("nå", "nå", "inf")],
         [("samverka", "med museer och andra aktörer, däribland det civila samhällets "
           "organisationer")]),
        ("använda ny teknik för att utveckla alla delar av verksamheten, och",
         [V("använda", "använda", "inf"), V("utveckla", "utveckla", "inf")],
         [("använda", "ny teknik")]),
        ("verka för ökad kunskap grundad på forskning och samverkan med andra, exempelvis "
         "universitet och högskolor, och förmedla kunskap inom sitt verksamhetsområde.",
         [V("verka", "verka", "inf"), V("förmedla", "förmedla", "inf")],
         [("verka", "för ökad kunskap grundad på forskning och samverkan med andra, "
           "exempelvis universitet och högskolor"),
          ("förmedla", "kunskap inom sitt verksamhetsområde")]),
    ]
    t3b = ("Myndigheten ska rapportera uppgifter om sin besöksutveckling till Myndigheten för "
           "kulturanalys. Myndigheterna ska samråda om vilken rapportering som behövs.")
    return [
        rec(d, "title", "heading", "SFS 2014:172 Förordning om ändring i förordningen "
            "(2007:1185) med instruktion för Statens museer för världskultur", []),
        rec(d, "m1", "paragraph", "140172.PDF", []),
        rec(d, "m2", "paragraph", "Källa Regeringskansliets rättsdatabaser m.fl.",
            [A("Regeringskansliets", "regeringskansliet")]),
        rec(d, "h1", "heading", "Svensk författningssamling", []),
        rec(d, "h2", "heading", "Förordning om ändring i förordningen (2007:1185) med "
            "instruktion för Statens museer för världskultur;", []),
        rec(d, "m3", "paragraph", "utfärdad den 3 april 2014.", []),
        rec(d, "1", "paragraph", t1,
            [A("Regeringen", "regering"), V("föreskriver", "föreskriva", "pres"),
             V("ska", "skola", "pres"), V("ha", "ha", "inf"),
             V("ska", "skola", "pres", occ=1), V("sättas", "sätta", "inf", "pass"),
             V("ska", "skola", "pres", occ=2), V("sättas", "sätta", "inf", "pass", occ=1),
             V("ska", "skola", "pres", occ=3), V("sättas", "sätta", "inf", "pass", occ=2),
             V("ska", "skola", "pres", occ=4), V("sättas", "sätta", "inf", "pass", occ=3),
             V("ska", "skola", "pres", occ=5), V("införas", "införa", "inf", "pass")],
            [S("regering", "Regeringen", "none", None, "föreskriva", "föreskriver",
               t1[len("Regeringen föreskriver "):-1])]),
        rec(d, "§3", "paragraph", "Myndigheten ska särskilt",
            [A("Myndigheten", MY), V("ska", "skola", "pres")], label="3 §"),
        *[rec(d, f"§3.{'abcdef'[i]}", "list_item", t, spans,
              [S(MY, "Myndigheten", "obligation", "ska", a, a, o) for a, o in st],
              parent="§3", label=f"{i + 1}.") for i, (t, spans, st) in enumerate(items)],
        rec(d, "§3b", "paragraph", t3b,
            [A("Myndigheten", MY), V("ska", "skola", "pres"), V("rapportera", "rapportera", "inf"),
             A("Myndigheten för kulturanalys", "myndigheten för kulturanalys"),
             A("Myndigheterna", MY), V("ska", "skola", "pres", occ=1),
             V("samråda", "samråda", "inf"), V("behövs", "behöva", "pres", "pass")],
            [S(MY, "Myndigheten", "obligation", "ska", "rapportera", "rapportera",
               "uppgifter om sin besöksutveckling till Myndigheten för kulturanalys"),
             S(MY, "Myndigheterna", "obligation", "ska", "samråda", "samråda",
               "om vilken rapportering som behövs")], label="3 b §"),
        rec(d, "§3c", "paragraph", "Myndigheten ska följa upp det regionala utfall",
            [A("Myndigheten", MY), V("ska", "skola", "pres"), V("följa", "följa", "inf")],
            [S(MY, "Myndigheten", "obligation", "ska", "följa", "följa",
               "det regionala utfall")], label="3 c §"),
    ]


def skolverk() -> list:
    d = "statens-skolverk-instruktion-2011-555"
    SK = "statens skolverk"
    m2 = ("Departement Utbildningsdepartementet Utfärdad 2011-05-12 Ändring införd SFS 2011:555 "
          "i lydelse enligt SFS 2015:249 Ikraft 2011-07-01 Upphäver Förordning (2009:1214) med "
          "instruktion för Statens skolverk Källa Regeringskansliets rättsdatabaser Senast "
          "hämtad")
    t1 = ("Statens skolverk är förvaltningsmyndighet för skolväsendet samt för vissa särskilda "
          "utbildningsformer och annan pedagogisk verksamhet som bedrivs i stället för "
          "utbildning inom skolväsendet i den utsträckning något annat inte är föreskrivet.")
    t11 = ("Myndigheten ska genom sin verksamhet främja att alla barn och elever får tillgång "
           "till en likvärdig utbildning och annan verksamhet av god kvalitet i en trygg miljö. "
           "Myndigheten ska bidra till goda förutsättningar för barns utveckling och lärande och "
           "till förbättrade kunskapsresultat för elever.")
    t12 = ("Myndigheten har även andra uppgifter som följer av denna förordning eller av andra "
           "föreskrifter eller särskilda beslut. Förordning (2015:249).")
    t2 = ("I 26 kap.skollagen (2010:800) finns bestämmelser om myndighetens ansvar för "
          "uppföljning och utvärdering. Myndigheten ska rapportera till regeringen i de frågor "
          "som dessa uppgifter kan ge upphov till. Uppföljningen och utvärderingen ska öka "
          "kunskapen om hur utbildningarna och verksamheterna har utvecklats i förhållande "
          "till de nationella målen.")
    rap = "till regeringen i de frågor som dessa uppgifter kan ge upphov till"
    t21 = ("Myndigheten ska sammanfatta och publicera resultaten av sitt arbete med uppföljning "
           "och utvärdering.")
    t3 = ("Myndigheten ska se över kursplaner, ämnesplaner, betygskriterier och kunskapskrav "
          "samt ansvara för nationella prov och slutprov. Myndigheten ska rapportera till "
          "regeringen i de frågor som dessa uppgifter kan ge upphov till.")
    t31 = ("Myndigheten ska utforma styrdokument som är tydliga och kan förstås av berörda "
           "målgrupper för att bidra till en likvärdig bedömning och ökad mål")
    return [
        rec(d, "m1", "paragraph", "Upphävd författning", []),
        rec(d, "title", "heading", "Förordning (2011:555) med instruktion för Statens skolverk",
            [A("Statens skolverk", SK)]),
        rec(d, "m2", "paragraph", m2,
            [A("Utbildningsdepartementet", "utbildningsdepartementet"),
             A("Regeringskansliets", "regeringskansliet")]),
        rec(d, "h1", "heading", "Uppgifter", []),
        rec(d, "§1", "paragraph", t1,
            [A("Statens skolverk", SK), V("är", "vara", "pres"),
             V("bedrivs", "bedriva", "pres", "pass"), V("är", "vara", "pres", occ=1)],
            [S(SK, "Statens skolverk", "none", None, "vara", "är",
               "förvaltningsmyndighet för skolväsendet samt för vissa särskilda "
               "utbildningsformer och annan pedagogisk verksamhet som bedrivs i stället för "
               "utbildning inom skolväsendet")], parent="h1", label="1 §"),
        rec(d, "§1.1", "paragraph", t11,
            [A("Myndigheten", SK), V("ska", "skola", "pres"), V("främja", "främja", "inf"),
             A("barn", "barn"), A("elever", "elev"), V("får", "få", "pres"),
             A("Myndigheten", SK, 1), V("ska", "skola", "pres", occ=1),
             V("bidra", "bidra", "inf"), A("barns", "barn"), A("elever", "elev", 1)],
            [S(SK, "Myndigheten", "obligation", "ska", "främja", "främja",
               "att alla barn och elever får tillgång till en likvärdig utbildning och annan "
               "verksamhet av god kvalitet i en trygg miljö"),
             S(SK, "Myndigheten", "obligation", "ska", "bidra", "bidra",
               "till goda förutsättningar för barns utveckling och lärande och till "
               "förbättrade kunskapsresultat för elever")], parent="§1", label="[S2]"),
        rec(d, "§1.2", "paragraph", t12,
            [A("Myndigheten", SK), V("har", "ha", "pres"), V("följer", "följa", "pres")],
            [S(SK, "Myndigheten", "none", None, "ha", "har",
               "andra uppgifter som följer av denna förordning eller av andra föreskrifter "
               "eller särskilda beslut")], parent="§1", label="[S3]"),
        rec(d, "h2", "heading", "Uppföljning och utvärdering", []),
        rec(d, "§2", "paragraph", t2,
            [V("finns", "finnas", "pres"), A("myndighetens", SK), A("Myndigheten", SK),
             V("ska", "skola", "pres"), V("rapportera", "rapportera", "inf"),
             A("regeringen", "regering"), V("kan", "kunna", "pres"), V("ge", "ge", "inf"),
             V("ska", "skola", "pres", occ=1), V("öka", "öka", "inf"), V("har", "ha", "pres"),
             V("utvecklats", "utveckla", "sup", "pass")],
            [S(SK, "Myndigheten", "obligation", "ska", "rapportera", "rapportera", rap)],
            parent="h2", label="2 §"),
        rec(d, "§2.1", "paragraph", t21,
            [A("Myndigheten", SK), V("ska", "skola", "pres"),
             V("sammanfatta", "sammanfatta", "inf"), V("publicera", "publicera", "inf")],
            [S(SK, "Myndigheten", "obligation", "ska", a, a,
               "resultaten av sitt arbete med uppföljning och utvärdering")
             for a in ("sammanfatta", "publicera")], parent="§2", label="[S2]"),
        rec(d, "h3", "heading", "Styrning", []),
        rec(d, "§3", "paragraph", t3,
            [A("Myndigheten", SK), V("ska", "skola", "pres"), V("se", "se", "inf"),
             V("ansvara", "ansvara", "inf"), A("Myndigheten", SK, 1),
             V("ska", "skola", "pres", occ=1), V("rapportera", "rapportera", "inf"),
             A("regeringen", "regering"), V("kan", "kunna", "pres"), V("ge", "ge", "inf")],
            [S(SK, "Myndigheten", "obligation", "ska", "se", "se",
               "kursplaner, ämnesplaner, betygskriterier och kunskapskrav"),
             S(SK, "Myndigheten", "obligation", "ska ansvara för", "ansvara", "ansvara",
               "nationella prov och slutprov"),
             S(SK, "Myndigheten", "obligation", "ska", "rapportera", "rapportera", rap)],
            parent="h3", label="3 §"),
        rec(d, "§3.1", "paragraph", t31,
            [A("Myndigheten", SK), V("ska", "skola", "pres"), V("utforma", "utforma", "inf"),
             V("är", "vara", "pres"), V("kan", "kunna", "pres"),
             V("förstås", "förstå", "inf", "pass"), V("bidra", "bidra", "inf")],
            [S(SK, "Myndigheten", "obligation", "ska", "utforma", "utforma",
               "styrdokument som är tydliga och kan förstås av berörda målgrupper")],
            parent="§3", label="[S2]"),
    ]


DOCS = {
    "kraftringen-energi-bolagsordning": kraftringen,
    "nacka-energi-bolagsordning": nacka,
    "reinhold-gustafssons-stiftelse-stadgar": reinhold,
    "stiftelsen-for-njursjuka-stadgar": njursjuka,
    "kriminalvarden-instruktion-2007-1172": kriminalvarden,
    "statens-museer-for-varldskultur-instruktion-andring-2014-172": smvk,
    "statens-skolverk-instruktion-2011-555": skolverk,
}


def _norm(s: str) -> str:
    """build.norm with the line-end hyphen join of §1.1 (letter + `-` + break + lower case)."""
    return re.sub(r"\s+", " ", re.sub(r"(?<=[^\W\d_])-\s*\n\s*(?=[a-zåäö])", "", s)).strip()


if __name__ == "__main__":
    from av_lexicon import CAT

    build.CAT.update(CAT)
    build.norm = _norm
    for doc, make in DOCS.items():
        build.write(build.AGREEMENT / "av", doc, make())
