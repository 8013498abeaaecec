"""The hand annotation of part ap (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause);
build.py turns them into offsets. A negative occurrence -k is the k-th raw occurrence (from 1),
for a span inside a word the text layer glued (docs/annotation.md §2.2). Decisions on hard
cases: corpus/agreement/README.md, section "Part ap".
"""

from __future__ import annotations

import re

import build
from build import A, C, S, V, rec


def _find(text: str, needle: str, occ: int) -> int:
    if occ < 0:  # the (-occ)-th raw occurrence: a span inside a glued word
        hits = [m.start() for m in re.finditer(re.escape(needle), text)]
        return hits[-occ - 1]
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    hits = [m.start() for m in pat.finditer(text)]
    if len(hits) <= occ:
        raise ValueError(f"{needle!r} #{occ} not in {text!r}")
    return hits[occ]


build.find = _find  # rec() looks find up in build's globals

# ---------------------------------------------------------------------------------------------
SIS = "stiftelser-i-samverkan-stadgar"
FSIS = "föreningen stiftelser i samverkan"
SO = "styrelsens ordförande"


def stiftelser_i_samverkan() -> list:
    d = SIS
    t1 = ("Föreningen STIFTELSER I SAMVERKAN skall tillvarata det svenska stiftelseväsendets "
          "intressen genom att avge yttranden i och informera om frågor som berör "
          "stiftelseväsendet samt medverka till att befintliga stiftelser eller stiftelser under "
          "bildande får tillgång till erforderliga råd i rättsliga eller andra angelägenheter.")
    t2 = ("Föreningens angelägenheter handhas av en styrelse med minst tre och högst åtta "
          "ledamöter. En av ledamöterna skall vara styrelsens ordförande. Styrelsen skall ha sitt "
          "säte i Stockholm")
    t3 = ("Styrelsens ledamöter väljs av Föreningens medlemmar. Endast den som är medlem i "
          "Föreningen kan vara styrelseledamot.")
    t4 = ("Medlemskap i Föreningen kan endast förvärvas av stiftelser och enskilda personer. Den "
          "som vill bli medlem skall inge en skriftlig ansökan därom. Styrelsen får avslå en "
          "ansökan om medlemskap endast om det kan antas att sökanden kommer att motarbeta "
          "Föreningens ändamål.")
    c4 = "om det kan antas att sökanden kommer att motarbeta Föreningens ändamål"
    t5 = ("Medlemskap upphör när medlemmen skriftligen anmält att han vill utträda ur Föreningen "
          "eller om denne under ett års tid inte erlagt medlemsavgift till Föreningen.")
    c5a = "när medlemmen skriftligen anmält att han vill utträda ur Föreningen"
    c5b = "om denne under ett års tid inte erlagt medlemsavgift till Föreningen"
    t6 = ("Medlem som försummat att erlägga medlemsavgift eller som genom att motarbeta "
          "Föreningens ändamål eller på annat sätt skadat Föreningens intressen får uteslutas ur "
          "Föreningen. Fråga om uteslutning får inte avgöras innan medlemmen fått tillfälle att "
          "yttra sig.")
    t7 = ("Ordföranden skall se till att styrelsen sammanträder när det behövs. Ordföranden skall "
          "sammankalla styrelsen om minst en av styrelsens ledamöter begär det.")
    c7 = "om minst en av styrelsens ledamöter begär det"
    t8 = ("Styrelsen är beslutsför om ordföranden och minst två övriga ledamöter är närvarande. "
          "Som styrelsens beslut gäller den mening för vilken mer än hälften av de närvarande "
          "röstar eller vid lika röstetal, den mening som ordföranden biträder.")
    c8 = "om ordföranden och minst två övriga ledamöter är närvarande"
    t9 = "Vid styrelsens sammanträden skall föras protokoll, som justeras av ordföranden."
    c9 = "Vid styrelsens sammanträden"
    return [
        rec(d, "title", "heading", "Start Om oss Stadgar", []),
        rec(d, "h1", "heading", "Stadgar", []),
        rec(d, "h2", "heading", "Print Friendly, PDF & Email", []),
        rec(d, "§1", "paragraph", t1,
            [A("Föreningen STIFTELSER I SAMVERKAN", FSIS), V("skall", "skola", "pres"),
             V("tillvarata", "tillvarata", "inf"), V("avge", "avge", "inf"),
             V("informera", "informera", "inf"), V("berör", "beröra", "pres"),
             V("medverka", "medverka", "inf"), A("stiftelser", "stiftelse", 0),
             A("stiftelser", "stiftelse", 1), V("får", "få", "pres")],
            [S(FSIS, "Föreningen STIFTELSER I SAMVERKAN", "obligation", "skall", "tillvarata",
               "tillvarata", "det svenska stiftelseväsendets intressen"),
             S(FSIS, "Föreningen STIFTELSER I SAMVERKAN", "obligation", "skall", "medverka",
               "medverka", "till att befintliga stiftelser eller stiftelser under bildande får "
               "tillgång till erforderliga råd i rättsliga eller andra angelägenheter")],
            label="§ 1"),
        rec(d, "§2", "paragraph", t2,
            [A("Föreningens", FSIS), V("handhas", "handha", "pres", "pass"),
             A("styrelse", "styrelse"), A("ledamöter", "ledamot"), A("ledamöterna", "ledamot"),
             V("skall", "skola", "pres"), V("vara", "vara", "inf"), A("Styrelsen", "styrelse"),
             V("skall", "skola", "pres", occ=1), V("ha", "ha", "inf")],
            [S("styrelse", "styrelse", "none", None, "handha", "handhas",
               "Föreningens angelägenheter", pas=True),
             S("ledamot", "ledamöterna", "obligation", "skall", "vara", "vara",
               "styrelsens ordförande"),
             S("styrelse", "Styrelsen", "obligation", "skall", "ha", "ha",
               "sitt säte i Stockholm")], label="§ 2"),
        rec(d, "§3", "paragraph", t3,
            [A("Styrelsens ledamöter", "styrelsens ledamot"), V("väljs", "välja", "pres", "pass"),
             A("Föreningens", FSIS), A("medlemmar", "medlem"), V("är", "vara", "pres"),
             A("Föreningen", FSIS), V("kan", "kunna", "pres"), V("vara", "vara", "inf")],
            [S("medlem", "medlemmar", "none", None, "välja", "väljs", "Styrelsens ledamöter",
               pas=True)], label="§ 3"),
        rec(d, "§4", "paragraph", t4,
            [A("Föreningen", FSIS), V("kan", "kunna", "pres"),
             V("förvärvas", "förvärva", "inf", "pass"), A("stiftelser", "stiftelse"),
             A("personer", "person"), V("vill", "vilja", "pres"), V("bli", "bli", "inf"),
             V("skall", "skola", "pres"), V("inge", "inge", "inf"), A("Styrelsen", "styrelse"),
             V("får", "få", "pres"), V("avslå", "avslå", "inf"), C(c4),
             V("kan", "kunna", "pres", occ=1), V("antas", "anta", "inf", "pass"),
             A("sökanden", "sökande"), V("kommer", "komma", "pres"),
             V("motarbeta", "motarbeta", "inf"), A("Föreningens", FSIS)],
            [S("stiftelse", "stiftelser", "permission", "kan", "förvärva", "förvärvas",
               "Medlemskap i Föreningen", pas=True),
             S("person", "personer", "permission", "kan", "förvärva", "förvärvas",
               "Medlemskap i Föreningen", pas=True),
             S("styrelse", "Styrelsen", "permission", "får", "avslå", "avslå",
               "en ansökan om medlemskap", cond=c4)], label="§ 4"),
        rec(d, "§5", "paragraph", t5,
            [V("upphör", "upphöra", "pres"), C(c5a), A("medlemmen", "medlem"),
             V("anmält", "anmäla", "sup"), V("vill", "vilja", "pres"),
             V("utträda", "utträda", "inf"), A("Föreningen", FSIS, 0), C(c5b),
             V("erlagt", "erlägga", "sup"), A("Föreningen", FSIS, 1)], [], label="§ 5"),
        rec(d, "§6", "paragraph", t6,
            [A("Medlem", "medlem"), V("försummat", "försumma", "sup"),
             V("erlägga", "erlägga", "inf"), V("motarbeta", "motarbeta", "inf"),
             A("Föreningens", FSIS, 0), A("Föreningens", FSIS, 1),
             V("skadat", "skada", "sup"), V("får", "få", "pres"),
             V("uteslutas", "utesluta", "inf", "pass"), A("Föreningen", FSIS),
             V("får", "få", "pres", occ=1), V("avgöras", "avgöra", "inf", "pass"),
             A("medlemmen", "medlem"), V("fått", "få", "sup"), V("yttra", "yttra", "inf")],
            [S("medlem", "Medlem", "permission", "får", "utesluta", "uteslutas",
               "ur Föreningen", pas=True),
             S(None, None, "prohibition", "får inte", "avgöra", "avgöras",
               "Fråga om uteslutning", neg=True, pas=True)], label="§ 6"),
        rec(d, "§7", "paragraph", t7,
            [A("Ordföranden", SO, 0), V("skall", "skola", "pres"), V("se", "se", "inf"),
             A("styrelsen", "styrelse"), V("sammanträder", "sammanträda", "pres"),
             C("när det behövs"), V("behövs", "behöva", "pres", "pass"),
             A("Ordföranden", SO, 1), V("skall", "skola", "pres", occ=1),
             V("sammankalla", "sammankalla", "inf"), A("styrelsen", "styrelse", 1), C(c7),
             A("styrelsens ledamöter", "styrelsens ledamot"), V("begär", "begära", "pres")],
            [S(SO, "Ordföranden", "obligation", "skall se till att", "se", "se",
               "att styrelsen sammanträder när det behövs"),
             S(SO, "Ordföranden", "obligation", "skall", "sammankalla", "sammankalla",
               "styrelsen", cond=c7)], label="§ 7"),
        rec(d, "§8", "paragraph", t8,
            [A("Styrelsen", "styrelse"), V("är", "vara", "pres"), C(c8),
             A("ordföranden", SO, 0), A("ledamöter", "ledamot"), V("är", "vara", "pres", occ=1),
             A("styrelsens", "styrelse"), V("gäller", "gälla", "pres"),
             V("röstar", "rösta", "pres"), A("ordföranden", SO, 1),
             V("biträder", "biträda", "pres")],
            [S("styrelse", "Styrelsen", "none", None, "vara", "är", "beslutsför", cond=c8)],
            label="§ 8"),
        rec(d, "§9", "paragraph", t9,
            [C(c9), A("styrelsens", "styrelse"), V("skall", "skola", "pres"),
             V("föras", "föra", "inf", "pass"), V("justeras", "justera", "pres", "pass"),
             A("ordföranden", SO)],
            [S(None, None, "obligation", "skall", "föra", "föras", "protokoll", cond=c9,
               pas=True)], label="§ 9"),
    ]


# ---------------------------------------------------------------------------------------------
SK = "skatbostiftelsen-stadgar"
SB = "skatbostiftelsen"
SSF = "svenska scoutförbundet"


def skatbostiftelsen() -> list:
    d = SK
    t1 = ("Stiftelsens kapital utgöres av dels det legat omfattande fastigheterna Mörtnäs 1:6 och "
          "Mörtnäs 1:53, gemensamt benämnda Skatboet”, inom Gustavsbergs socken i Stockholms län "
          "jämte å fastigheterna befintliga yttre och inre inventarier samt båtar, vilket "
          "stiftelsen erhållit i avlidne f.d. kanslirådet Carl Edelstams testamente av den 26 "
          "september 1944, § 1, och dels den andel i hans kvarlåtenskap, som stiftelsen bekommit "
          "enligt § 4 i samma testamente.")
    t2 = ("Stiftelsens ändamål är att såsom en självständig, från Svenska Scoutförbundet och dess "
          "underavdelningar fristående, stiftelse medverka till förverkligandet av de uppgifter "
          "Svenska Scoutförbundet uppställt för sig. Stiftelsen fullföljer sitt ändamål genom att "
          "för utbildning och fostran upprätthålla den verksamhet, vartill ”Skatboet” av "
          "kanslirådet Carl Edelstam inköpts och bebyggts, nämligen att vara en anläggning och "
          "kursgård för ungdom med intresse för natur och friluftsliv, i första rummet för "
          "medlemmar i kårer i Stockholmsregionen anslutna till Svenska Scoutförbundet.")
    t3 = ("Stiftelsens angelägenheter handhas av en styrelse bestående av fem ledamöter: A, B, C, "
          "D och E. Innehavare av styrelseposterna A, B och D utses av Skatbostiftelsens "
          "styrelse. Innehavare av styrelseposterna C och E utses av Stockholms Scoutdistrikt av "
          "Svenska Scoutförbundet. Är släkting till kanslirådet Carl Edelstam, själv bärande "
          "namnet Edelstam, villig tillhöra styrelsen skall styrelsepost A innehas av sådan "
          "släkting, om tre av innehavarna av posterna B, C, D och E är ense om valet. Av "
          "samtliga styrelseposter får högst två innehas av personer som är aktiva inom "
          "scoutrörelsen.")
    c3a = ("Är släkting till kanslirådet Carl Edelstam, själv bärande namnet Edelstam, villig "
           "tillhöra styrelsen")
    c3b = "om tre av innehavarna av posterna B, C, D och E är ense om valet"
    return [
        rec(d, "title", "heading", "Stadgar för Skatbostiftelsen", [A("Skatbostiftelsen", SB)]),
        rec(d, "§1", "paragraph", t1,
            [A("Stiftelsens", "stiftelse"), V("utgöres", "utgöra", "pres", "pass"),
             A("stiftelsen", "stiftelse", 0), V("erhållit", "erhålla", "sup"),
             A("stiftelsen", "stiftelse", 1), V("bekommit", "bekomma", "sup"),
             C("enligt § 4 i samma testamente")], [], label="§1"),
        rec(d, "§2", "paragraph", t2,
            [A("Stiftelsens", "stiftelse"), V("är", "vara", "pres"),
             A("Svenska Scoutförbundet", SSF, 0), V("medverka", "medverka", "inf"),
             A("Svenska Scoutförbundet", SSF, 1), V("uppställt", "uppställa", "sup"),
             A("Stiftelsen", "stiftelse"), V("fullföljer", "fullfölja", "pres"),
             V("upprätthålla", "upprätthålla", "inf"), V("inköpts", "inköpa", "sup", "pass"),
             V("bebyggts", "bebygga", "sup", "pass"), V("vara", "vara", "inf"),
             A("medlemmar", "medlem"), A("Svenska Scoutförbundet", SSF, 2)],
            [S("stiftelse", "Stiftelsen", "none", None, "fullfölja", "fullföljer",
               "sitt ändamål")], label="§2"),
        rec(d, "§3", "paragraph", t3,
            [A("Stiftelsens", "stiftelse"), V("handhas", "handha", "pres", "pass"),
             A("styrelse", "styrelse", 0), A("ledamöter", "ledamot"),
             V("utses", "utse", "pres", "pass", 0), A("Skatbostiftelsens", SB),
             A("styrelse", "styrelse", 1), V("utses", "utse", "pres", "pass", 1),
             A("Stockholms Scoutdistrikt", "stockholms scoutdistrikt"),
             A("Svenska Scoutförbundet", SSF), C(c3a), V("Är", "vara", "pres"),
             A("släkting", "släkting", 0), V("tillhöra", "tillhöra", "inf"),
             A("styrelsen", "styrelse"), V("skall", "skola", "pres"),
             V("innehas", "inneha", "inf", "pass", 0), A("släkting", "släkting", 1), C(c3b),
             V("är", "vara", "pres", occ=0), V("får", "få", "pres"),
             V("innehas", "inneha", "inf", "pass", 1), A("personer", "person"),
             V("är", "vara", "pres", occ=1)],
            [S("styrelse", "styrelse", "none", None, "handha", "handhas",
               "Stiftelsens angelägenheter", pas=True),
             S("styrelse", "styrelse", "none", None, "utse", "utses",
               "Innehavare av styrelseposterna A, B och D", pas=True),
             S("stockholms scoutdistrikt", "Stockholms Scoutdistrikt", "none", None, "utse",
               "utses", "Innehavare av styrelseposterna C och E", pas=True),
             S("släkting", "släkting", "obligation", "skall", "inneha", "innehas",
               "styrelsepost A", cond=c3a, pas=True),
             S("person", "personer", "permission", "får", "inneha", "innehas", "högst två",
               pas=True)], label="§3"),
    ]


# ---------------------------------------------------------------------------------------------
AE = "aerocrine-styrelsens-arbetsordning"
AAB = "aerocrine ab"
VD = "verkställande direktör"


def aerocrine() -> list:
    d = AE
    p1 = ("STYRELSENS ARBETSORDNING med instruktion avseende arbetsfördelning mellan styrelsen och "
          "verkställande direktören samt instruktion avseende ekonomisk rapportering till "
          "styrelsen för Aerocrine AB Antagen 2 juni 2010")
    p2 = ("INNEHÅLLSFÖRTECKNING A. BAKGRUND...1 B. ARBETSORDNING...1 B.1 ALLMÄNT...1 B.2 "
          "STYRELSENS SAMMANKOMSTER...1 B.2.1 Konstituerande sammanträde...1 B.2.2 Ordinarie "
          "styrelsemöten...1 B Antal och föredragningspunkter...1 B Plats...3 B Styrelsens "
          "beslutsförhet och närvaro...3 B.2.3 Extra möten...3 B.2.4 Kallelse och underlag...4 "
          "B.2.5 Dagordning...4 B.2.6 Protokoll...4 B.2.7 Ordförande för styrelsemöten...5 B.2.8 "
          "Suppleanter...5 B.2.9 Revisorsrapport...5 B.2.10 En styrelseledamot får inte "
          "handlägga en fråga om...5 B.3 ARBETSFÖRDELNING INOM STYRELSEN...6 B.3.1 "
          "Ordföranden...6 B Allmänt...6 B.4 ÖVRIGT...6 B.4.1 Sekretess...6 B.4.2 "
          "Pressmeddelanden...6 C. INSTRUKTION FÖR ARBETSFÖRDELNING...7 C.1 STYRELSEN...7 C.1.1 "
          "Allmänt...7 C.1.2 Frågor underställda styrelsen...7 C.2 VERKSTÄLLANDE "
          "DIREKTÖREN...8 C.2.1 Allmänt...8 C.2.2 Rapportering...9 C.2.3 Vice verkställande "
          "direktör...9 C.2.4 Övrigt...9 D. EKONOMISK RAPPORTERING...10 D.1 VERKSTÄLLANDE "
          "DIREKTÖREN...10 D.1.1 Allmänt...10 D.1.2 Ordinarie styrelsemöten...10 D.1.3 Särskild "
          "rapportering...11 D.1.4 Kvalitetssäkring...11 D.2 REVISORERNAS RAPPORT...11")
    p3 = ("1 A. BAKGRUND Styrelsen i Aerocrine AB ( Aerocrine ) har upprättat denna arbetsordning "
          "i enlighet med 8 kapitlet 6 aktiebolagslagen. B. ARBETSORDNING B.1 Allmänt "
          "Arbetsordningen skall ses över vid styrelsens första ordinarie sammanträde varje år, "
          "och i övrigt när styrelseledamot eller verkställande direktören begär det. Den "
          "verkställande direktören är adjungerad till styrelsen.")
    c3a = "i enlighet med 8 kapitlet 6 aktiebolagslagen"
    c3b = "när styrelseledamot eller verkställande direktören begär det"
    return [
        rec(d, "title", "heading", "STYRELSENS ARBETSORDNING", [A("STYRELSENS", "styrelse")]),
        rec(d, "1", "paragraph", p1,
            [A("STYRELSENS", "styrelse"), A("styrelsen", "styrelse", 0),
             A("verkställande direktören", VD), A("styrelsen", "styrelse", 1),
             A("Aerocrine AB", AAB)], [], label="1"),
        rec(d, "2", "paragraph", p2,
            [A("STYRELSENS", "styrelse"), A("Styrelsens", "styrelse"),
             A("Ordförande", SO), A("Suppleanter", "suppleant"),
             A("styrelseledamot", "styrelseledamot"), V("får", "få", "pres"),
             V("handlägga", "handlägga", "inf"), A("STYRELSEN", "styrelse", 0),
             A("Ordföranden", SO), A("STYRELSEN", "styrelse", 1), A("styrelsen", "styrelse"),
             A("VERKSTÄLLANDE DIREKTÖREN", VD, 0),
             A("Vice verkställande direktör", "vice verkställande direktör"),
             A("VERKSTÄLLANDE DIREKTÖREN", VD, 1), A("REVISORERNAS", "revisor")],
            [], label="2"),
        rec(d, "3", "paragraph", p3,
            [A("Styrelsen", "styrelse"), A("Aerocrine AB", AAB), A("Aerocrine", AAB, 1),
             V("har", "ha", "pres"), V("upprättat", "upprätta", "sup"), C(c3a),
             V("skall", "skola", "pres"), V("ses", "se", "inf", "pass"),
             A("styrelsens", "styrelse"), C(c3b), A("styrelseledamot", "styrelseledamot"),
             A("verkställande direktören", VD, 0), V("begär", "begära", "pres"),
             A("verkställande direktören", VD, 1), V("är", "vara", "pres"),
             A("styrelsen", "styrelse")],
            [S("styrelse", "Styrelsen", "none", None, "upprätta", "upprättat",
               "denna arbetsordning", cond=c3a),
             S(None, None, "obligation", "skall", "se", "ses", "Arbetsordningen", cond=c3b,
               pas=True),
             S(VD, "verkställande direktören", "none", None, "vara", "är",
               "adjungerad till styrelsen")], label="3"),
    ]


# ---------------------------------------------------------------------------------------------
MSB = "msb-instruktion-2008-1002"
MN = "myndigheten för samhällsskydd och beredskap"


def msb() -> list:
    d = MSB
    t1 = ("Myndigheten för samhällsskydd och beredskap har ansvar för frågor om skydd mot olyckor, "
          "krisberedskap och civilt försvar, i den utsträckning inte någon annan myndighet har "
          "ansvaret. Ansvaret avser åtgärder före, under och efter en olycka, kris, krig eller "
          "krigsfara.")
    items = [
        ("utveckla och stödja arbetet med civilt försvar,",
         [V("utveckla", "utveckla", "inf"), V("stödja", "stödja", "inf")],
         [("utveckla", "utveckla", "arbetet med civilt försvar", None),
          ("stödja", "stödja", "arbetet med civilt försvar", None)]),
        ("utveckla och stödja samhällets beredskap mot olyckor och kriser och vara pådrivande i "
         "arbetet med förebyggande och sårbarhetsreducerande åtgärder,",
         [V("utveckla", "utveckla", "inf"), V("stödja", "stödja", "inf"),
          V("vara", "vara", "inf")],
         [("utveckla", "utveckla", "samhällets beredskap mot olyckor och kriser", None),
          ("stödja", "stödja", "samhällets beredskap mot olyckor och kriser", None),
          ("vara", "vara", "pådrivande i arbetet med förebyggande och sårbarhetsreducerande "
           "åtgärder", None)]),
        ("arbeta med och verka för samordning mellan berörda samhällsaktörer för att förebygga "
         "och hantera olyckor, kriser och konsekvenser av krig och krigsfara,",
         [V("arbeta", "arbeta", "inf"), V("verka", "verka", "inf"),
          A("samhällsaktörer", "samhällsaktör"),
          V("förebygga", "förebygga", "inf"), V("hantera", "hantera", "inf")],
         [("arbeta", "arbeta", "samordning mellan berörda samhällsaktörer", None),
          ("verka", "verka", "för samordning mellan berörda samhällsaktörer", None)]),
        ("samordna kommunerna på nationell nivå och stödja dem med råd och information i deras "
         "verksamhet enligt lagen (2003:778) om skydd mot olyckor samt utföra tillsyn enligt "
         "samma lag,",
         [V("samordna", "samordna", "inf"), A("kommunerna", "kommun"),
          V("stödja", "stödja", "inf"), C("enligt lagen (2003:778) om skydd mot olyckor"),
          V("utföra", "utföra", "inf"), C("enligt samma lag")],
         [("samordna", "samordna", "kommunerna på nationell nivå", None),
          ("stödja", "stödja", "dem med råd och information i deras verksamhet",
           "enligt lagen (2003:778) om skydd mot olyckor"),
          ("utföra", "utföra", "tillsyn", "enligt samma lag")]),
        ("bidra till att minska konsekvenser av olyckor, kriser, krig och krigsfara,",
         [V("bidra", "bidra", "inf"), V("minska", "minska", "inf")],
         [("bidra", "bidra", "till att minska konsekvenser av olyckor, kriser, krig och "
           "krigsfara", None)]),
        ("följa upp och utvärdera samhällets arbete med krisberedskap och civilt försvar,",
         [V("följa", "följa", "inf"), V("utvärdera", "utvärdera", "inf")],
         [("följa", "följa", "samhällets arbete med krisberedskap och civilt försvar", None),
          ("utvärdera", "utvärdera", "samhällets arbete med krisberedskap och civilt försvar",
           None)]),
        ("se till att utbildning och övningar kommer till stånd inom myndighetens "
         "ansvarsområde,",
         [V("se", "se", "inf"), V("kommer", "komma", "pres"), A("myndighetens", MN)],
         [("se", "se", "att utbildning och övningar kommer till stånd inom myndighetens "
           "ansvarsområde", None)]),
    ]
    out = [
        rec(d, "title", "heading",
            "Förordning (2008:1002) med instruktion för Myndigheten för samhällsskydd och "
            "beredskap", []),
        rec(d, "m1", "paragraph",
            "Departement: Försvarsdepartementet Utfärdad: 2008-11-20 Ändring införd: t.o.m. SFS "
            "2025:929 Ikraft: 2009-01-01",
            [A("Försvarsdepartementet", "försvarsdepartementet")]),
        rec(d, "h1", "heading", "Uppgifter", []),
        rec(d, "h2", "heading", "Verksamhetsområde", [], parent="h1"),
        rec(d, "§1", "paragraph", t1,
            [A("Myndigheten för samhällsskydd och beredskap", MN), V("har", "ha", "pres"),
             A("myndighet", "myndighet"), V("har", "ha", "pres", occ=1),
             V("avser", "avse", "pres")],
            [S(MN, "Myndigheten för samhällsskydd och beredskap", "responsibility",
               "har ansvar för", "ansvara", "har",
               "frågor om skydd mot olyckor, krisberedskap och civilt försvar")],
            parent="h2", label="1 §"),
        rec(d, "§1.1", "paragraph", "Myndigheten ska",
            [A("Myndigheten", MN), V("ska", "skola", "pres")], parent="§1"),
    ]
    for k, (text, spans, stmts) in enumerate(items):
        sts = [S(MN, "Myndigheten", "obligation", "ska", aim, at, obj, cond=cond)
               for aim, at, obj, cond in stmts]
        out.append(rec(d, f"§1.1.{'abcdefg'[k]}", "list_item", text, spans, sts,
                       parent="§1.1", label=f"{k + 1}."))
    return out


# ---------------------------------------------------------------------------------------------
AV = "alingsas-vargarda-raddningstjanstforbund-politisk-styrning"


def alingsas() -> list:
    d = AV
    t1 = ("Räddningstjänstförbundet styrs av en politiskt vald styrelse, kallad direktionen. "
          "Ledamöterna i direktionen utses av respektive medlemskommuns fullmäktige varje "
          "mandatperiod. Direktionen sammanträder fem gånger per år och handlägger övergripande "
          "frågor om mål och inriktningen för verksamheten. Politikerna fördelar även de "
          "ekonomiska resurser som krävs för finansiering av förbundet och dess verksamhet.")
    t2 = ("Den politiska viljan och ambitionen finns främst uttryckt i Handlingsprogram till "
          "skydd mot olyckor som antagits av direktionen efter samråd med medlemskommunerna och "
          "som gäller för respektive mandatperiod.")
    t3 = ("Alingsås kommun representeras av fem ledamöter och har alltid ordförandposten. "
          "Vårgårda kommun representeras av fyra ledamöter och har posten som vice ordförande.")
    t4 = "För att läsa aktuella protokoll från direktionens sammanträden klicka här."
    return [
        rec(d, "title", "heading", "Politisk styrning", []),
        rec(d, "1", "paragraph", t1,
            [A("Räddningstjänstförbundet", "räddningstjänstförbund"),
             V("styrs", "styra", "pres", "pass"), A("styrelse", "styrelse"),
             A("Ledamöterna", "ledamot"), A("direktionen", "direktion"),
             V("utses", "utse", "pres", "pass"), A("medlemskommuns", "medlemskommun"),
             A("fullmäktige", "fullmäktige"), A("Direktionen", "direktion"),
             V("sammanträder", "sammanträda", "pres"), V("handlägger", "handlägga", "pres"),
             A("Politikerna", "politiker"), V("fördelar", "fördela", "pres"),
             V("krävs", "kräva", "pres", "pass"), A("förbundet", "förbund")],
            [S("styrelse", "styrelse", "none", None, "styra", "styrs",
               "Räddningstjänstförbundet", pas=True),
             S("fullmäktige", "fullmäktige", "none", None, "utse", "utses",
               "Ledamöterna i direktionen", pas=True),
             S("direktion", "Direktionen", "none", None, "sammanträda", "sammanträder"),
             S("direktion", "Direktionen", "none", None, "handlägga", "handlägger",
               "övergripande frågor om mål och inriktningen för verksamheten"),
             S("politiker", "Politikerna", "none", None, "fördela", "fördelar",
               "de ekonomiska resurser som krävs för finansiering av förbundet och dess "
               "verksamhet")]),
        rec(d, "2", "paragraph", t2,
            [V("finns", "finnas", "pres"), V("antagits", "anta", "sup", "pass"),
             A("direktionen", "direktion"), C("efter samråd med medlemskommunerna"),
             A("medlemskommunerna", "medlemskommun"), V("gäller", "gälla", "pres")]),
        rec(d, "3", "paragraph", t3,
            [A("Alingsås kommun", "alingsås kommun"),
             V("representeras", "representera", "pres", "pass", 0),
             A("ledamöter", "ledamot", 0), V("har", "ha", "pres", occ=0),
             A("Vårgårda kommun", "vårgårda kommun"),
             V("representeras", "representera", "pres", "pass", 1),
             A("ledamöter", "ledamot", 1), V("har", "ha", "pres", occ=1)],
            [S("ledamot", "ledamöter", "none", None, "representera", "representeras",
               "Alingsås kommun", pas=True),
             S("alingsås kommun", "Alingsås kommun", "none", None, "ha", "har",
               "ordförandposten"),
             S("ledamot", "ledamöter", "none", None, "representera", "representeras",
               "Vårgårda kommun", pas=True),
             S("vårgårda kommun", "Vårgårda kommun", "none", None, "ha", "har",
               "posten som vice ordförande")]),
        rec(d, "4", "paragraph", t4,
            [V("läsa", "läsa", "inf"), A("direktionens", "direktion"),
             V("klicka", "klicka", "imp")]),
    ]


# ---------------------------------------------------------------------------------------------
SP = "samspelet-samordningsforbund-forbundsordning"


def samspelet() -> list:
    d = SP
    t1 = ("Förbundsordningen anger inriktningen för samverkansarbetet och kan jämställas som "
          "förbundets “lagstiftning”.")
    t2 = ("I förbundsordning ska följande regleras; medlemmar, ändamål, styrelsens "
          "sammansättning, uppgifter och beslutanderätt, personal, initiativrätt, samråd, "
          "kungörelser, andelar i tillgångar och skulder samt fördelning av kostnader, styrning "
          "och insyn, budget och verksamhetsplan, mandattid för revisorer, utträde, likvidation "
          "och upplösning, tvister, ersättning till ledamöter och ersättare, revisorer och "
          "revisorsersättare, arkivtillsyn, förbundets bildande, regler för utträde,likvidation "
          "och upplösning.")
    obj2 = t2[len("I förbundsordning ska följande regleras; "):-1]
    t3 = "Förbundsordningen ska beslutas av ingående parters högsta beslutande organ."
    t4 = ("Under oktober 2013 har styrelsen beslutat om en ny förbundsordning. Den stora "
          "förändringen innebär att varje medlem har en röst istället för som tidigare att varje "
          "part har en röst. Medlemmarnas fullmäktigen och högsta beslutande organ han tillstyrkt "
          "den nya förbundsordningen. Den nya förbundsordningen gäller från maj 2014.")
    return [
        rec(d, "title", "heading", "Förbundsordning", []),
        rec(d, "1", "paragraph", t1,
            [V("anger", "ange", "pres"), V("kan", "kunna", "pres"),
             V("jämställas", "jämställa", "inf", "pass"), A("förbundets", "förbund")]),
        rec(d, "2", "paragraph", t2,
            [V("ska", "skola", "pres"), V("regleras", "reglera", "inf", "pass"),
             A("medlemmar", "medlem"), A("styrelsens", "styrelse"),
             A("revisorer", "revisor", 0), A("ledamöter", "ledamot"),
             A("ersättare", "ersättare"), A("revisorer", "revisor", 1),
             A("revisorsersättare", "revisorsersättare"), A("förbundets", "förbund")],
            [S(None, None, "obligation", "ska", "reglera", "regleras", obj2, pas=True)]),
        rec(d, "3", "paragraph", t3,
            [V("ska", "skola", "pres"), V("beslutas", "besluta", "inf", "pass"),
             A("parters", "part"), A("organ", "organ")],
            [S("organ", "organ", "obligation", "ska", "besluta", "beslutas",
               "Förbundsordningen", pas=True)]),
        rec(d, "4", "paragraph", t4,
            [V("har", "ha", "pres", occ=0), A("styrelsen", "styrelse"),
             V("beslutat", "besluta", "sup"), V("innebär", "innebära", "pres"),
             A("medlem", "medlem"), V("har", "ha", "pres", occ=1), A("part", "part"),
             V("har", "ha", "pres", occ=2), A("Medlemmarnas", "medlem"),
             A("fullmäktigen", "fullmäktige"), A("organ", "organ"),
             V("tillstyrkt", "tillstyrka", "sup"), V("gäller", "gälla", "pres")],
            [S("styrelse", "styrelsen", "none", None, "besluta", "beslutat",
               "om en ny förbundsordning"),
             S("fullmäktige", "fullmäktigen", "none", None, "tillstyrka", "tillstyrkt",
               "den nya förbundsordningen"),
             S("organ", "organ", "none", None, "tillstyrka", "tillstyrkt",
               "den nya förbundsordningen")]),
        rec(d, "h1", "heading", "Förbundsordning Samspelet från maj 2014",
            [A("Samspelet", "samspelet")]),
    ]


# ---------------------------------------------------------------------------------------------
ES = "eskilstuna-strangnas-elforsaljning-bolagsordning"
EAB = "eskilstuna strängnäs elförsäljning aktiebolag"
KF = "kommunfullmäktige"


def eskilstuna() -> list:
    d = ES
    p9 = (":9 Bolagsordning Fastställd av kommunfullmäktige i Eskilstuna och av "
          "kommunfullmäktige Strängnäs Bolagets firma 1 Bolagets firma är Eskilstuna Strängnäs "
          "Elförsäljning Aktiebolag. Styrelsens säte 2 Styrelsen skall ha sitt säte i Eskilstuna "
          "kommun, Södermanlands län. Föremål för bolagets verksamhet Ändamålet med bolagets "
          "verksamhet 3 Bolaget har till föremål för sin verksamhet att köpa och sälj el. 4 "
          "Bolagets syfte är att med en affärsmässig inriktning tillhandahålla el. Aktiekapital "
          "5 Aktiekapitalet skall utgöra lägst kronor och högst kronor. Antal aktier 6 Antal "
          "aktier skall vara lägst och högst Styrelse 7 Styrelsen skall bestå av lägst sju och "
          "högst femton ledamöter utan suppleanter. Styrelseledamöter utses av kommunfullmäktige "
          "i Eskilstuna kommun respektive av kommunfullmäktige i Strängnäs kommun, årligen för "
          "tiden intill slutet av nästa ordinarie bolagsstämma. Kommunfullmäktige i Eskilstuna "
          "utser ordförande och andre vice ordförande i bolagets styrelse. Kommunfullmäktige i "
          "Strängnäs utser förste vice ordförande i bolagets styrelse. Revisorer och "
          "årsredovisning 8 För granskning av bolagets årsredovisning jämte räkenskaper samt "
          "styrelsens och verkställande direktörens förvaltning utses av bolagsstämman en revisor "
          "med eller utan suppleant. Den av bolagsstämman utsedde revisorn och suppleanten för "
          "denne skall vara auktoristerad.")
    p10 = ("7:10 Lekmannarevisor 9 För samma mandatperiod som gäller för bolagets revisor skall "
           "kommunfullmäktige i Eskilstuna kommun samt kommunfullmäktige i Strängnäs kommun utse "
           "en lekmannarevisor med suppleant. Strängnäs kommun utser ordinarie lekmannarevisor "
           "och Eskilstuna kommun suppleant.")
    return [
        rec(d, "9", "paragraph", p9,
            [A("kommunfullmäktige", KF, 0), A("kommunfullmäktige", KF, 1),
             A("Bolagets", EAB, 0), A("Bolagets", EAB, 1), V("är", "vara", "pres", occ=0),
             A("Styrelsens", "styrelse"), A("Styrelsen", "styrelse", 0),
             V("skall", "skola", "pres", occ=0), V("ha", "ha", "inf"),
             A("bolagets", EAB, 0), A("bolagets", EAB, 1), A("Bolaget", EAB),
             V("har", "ha", "pres"), V("köpa", "köpa", "inf"), V("sälj", "sälja", "inf"),
             A("Bolagets", EAB, 2), V("är", "vara", "pres", occ=1),
             V("tillhandahålla", "tillhandahålla", "inf"), V("skall", "skola", "pres", occ=1),
             V("utgöra", "utgöra", "inf"), V("skall", "skola", "pres", occ=2),
             V("vara", "vara", "inf", occ=0), A("Styrelse", "styrelse"),
             A("Styrelsen", "styrelse", 1), V("skall", "skola", "pres", occ=3),
             V("bestå", "bestå", "inf"), A("ledamöter", "ledamot"),
             A("suppleanter", "suppleant"), A("Styrelseledamöter", "styrelseledamot"),
             V("utses", "utse", "pres", "pass", 0), A("kommunfullmäktige", KF, 2),
             A("Eskilstuna kommun", "eskilstuna kommun", 1), A("kommunfullmäktige", KF, 3),
             A("Strängnäs kommun", "strängnäs kommun"),
             A("Kommunfullmäktige", KF, 0), V("utser", "utse", "pres", occ=0),
             A("ordförande", "ordförande"), A("andre vice ordförande", "andre vice ordförande"),
             A("bolagets", EAB, 2), A("styrelse", "styrelse", 0),
             A("Kommunfullmäktige", KF, 1), V("utser", "utse", "pres", occ=1),
             A("förste vice ordförande", "förste vice ordförande"), A("bolagets", EAB, 3),
             A("styrelse", "styrelse", 1), A("bolagets", EAB, 4), A("styrelsens", "styrelse"),
             A("Revisorer", "revisor"), A("verkställande direktörens", VD),
             V("utses", "utse", "pres", "pass", 1),
             A("bolagsstämman", "bolagsstämma", 0), A("revisor", "revisor"),
             A("suppleant", "suppleant", 0), A("bolagsstämman", "bolagsstämma", 1),
             A("revisorn", "revisor"), A("suppleanten", "suppleant"),
             V("skall", "skola", "pres", occ=4), V("vara", "vara", "inf", occ=1)],
            [S("styrelse", "Styrelsen", "obligation", "skall", "ha", "ha",
               "sitt säte i Eskilstuna kommun, Södermanlands län"),
             S(EAB, "Bolaget", "obligation", "har till föremål för sin verksamhet att", "köpa",
               "köpa", "el"),
             S(EAB, "Bolaget", "obligation", "har till föremål för sin verksamhet att", "sälja",
               "sälj", "el"),
             S("styrelse", "Styrelsen", "obligation", "skall", "bestå", "bestå",
               "av lägst sju och högst femton ledamöter utan suppleanter"),
             S(KF, "kommunfullmäktige", "none", None, "utse", "utses", "Styrelseledamöter",
               pas=True),
             S(KF, "kommunfullmäktige", "none", None, "utse", "utses", "Styrelseledamöter",
               pas=True),
             S(KF, "Kommunfullmäktige", "none", None, "utse", "utser",
               "ordförande och andre vice ordförande i bolagets styrelse"),
             S(KF, "Kommunfullmäktige", "none", None, "utse", "utser",
               "förste vice ordförande i bolagets styrelse"),
             S("bolagsstämma", "bolagsstämman", "none", None, "utse", "utses",
               "en revisor med eller utan suppleant", pas=True),
             S("revisor", "revisorn", "obligation", "skall", "vara", "vara", "auktoristerad"),
             S("suppleant", "suppleanten", "obligation", "skall", "vara", "vara",
               "auktoristerad")], label="9"),
        rec(d, "10", "paragraph", p10,
            [A("Lekmannarevisor", "lekmannarevisor"), V("gäller", "gälla", "pres"),
             A("bolagets", EAB), A("revisor", "revisor"), V("skall", "skola", "pres"),
             A("kommunfullmäktige", KF, 0), A("Eskilstuna kommun", "eskilstuna kommun", 0),
             A("kommunfullmäktige", KF, 1), A("Strängnäs kommun", "strängnäs kommun", 0),
             V("utse", "utse", "inf"), A("lekmannarevisor", "lekmannarevisor"),
             A("suppleant", "suppleant", 0), A("Strängnäs kommun", "strängnäs kommun", 1),
             V("utser", "utse", "pres"), A("lekmannarevisor", "lekmannarevisor", 1),
             A("Eskilstuna kommun", "eskilstuna kommun", 1), A("suppleant", "suppleant", 1)],
            [S(KF, "kommunfullmäktige", "obligation", "skall", "utse", "utse",
               "en lekmannarevisor med suppleant"),
             S(KF, "kommunfullmäktige", "obligation", "skall", "utse", "utse",
               "en lekmannarevisor med suppleant"),
             S("strängnäs kommun", "Strängnäs kommun", "none", None, "utse", "utser",
               "ordinarie lekmannarevisor"),
             S("eskilstuna kommun", "Eskilstuna kommun", "none", None, "utse", "utser",
               "suppleant")], label="10"),
    ]


# ---------------------------------------------------------------------------------------------
EV = "evl-kyrkorad-ordlista"
KR, KFM = "kyrkoråd", "kyrkofullmäktige"
FS = "församling"


def evl() -> list:
    d = EV
    t1 = ("Kyrkorådet är det förtroendevalda organ som leder den enskilda församlingensandliga "
          "arbete och som allmänt leder församlingens övriga verksamhet. Det fungerar också som "
          "beredande och verkställande organ för kyrkofullmäktige.")
    t2 = ("Kyrkorådet handhar församlingens allmänna förvaltning och sköter församlingensekonomi "
          "och egendom. Kyrkorådet representerar församlingen i domstolar och gentemot "
          "myndigheter samt gör avtal och andra rättshandlingar för församlingens del. Oftast är "
          "det kyrkorådet som väljer församlingens tjänsteinnehavare. Kyrkoherden är ordförande "
          "för kyrkorådet.")
    t3 = ("Kyrkorådets medlemmar väljs av församlingens kyrkofullmäktige. I kyrkliga "
          "samfälligheter finns församlingsråd i stället för kyrkoråd. Församlingsrådets "
          "medlemmar väljs genom församlingsval. Kyrkoherden är också ordförande för "
          "församlingsrådet. Ett gemensamt kyrkoråd som valts av det gemensamma kyrkofullmäktige "
          "är beredande och verkställande organ för det gemensamma kyrkofullmäktige. Ordförande "
          "i det gemensamma kyrkorådet är den kyrkoherde som utsetts till uppgiften.")
    return [
        rec(d, "title", "heading", "Hyppää sisältöön", []),
        rec(d, "h1", "heading", "Kyrkoråd", [A("Kyrkoråd", KR)]),
        rec(d, "1", "paragraph", t1,
            [A("Kyrkorådet", KR), V("är", "vara", "pres"), V("leder", "leda", "pres", occ=0),
             A("församlingens", FS, -1), V("leder", "leda", "pres", occ=1),
             A("församlingens", FS, 0), V("fungerar", "fungera", "pres"),
             A("kyrkofullmäktige", KFM)],
            [S(KR, "Kyrkorådet", "none", None, "vara", "är",
               "det förtroendevalda organ som leder den enskilda församlingensandliga arbete och "
               "som allmänt leder församlingens övriga verksamhet")], parent="h1"),
        rec(d, "2", "paragraph", t2,
            [A("Kyrkorådet", KR, 0), V("handhar", "handha", "pres"),
             A("församlingens", FS, 0), V("sköter", "sköta", "pres"),
             A("församlingens", FS, -2), A("Kyrkorådet", KR, 1),
             V("representerar", "representera", "pres"), A("församlingen", FS),
             A("domstolar", "domstol"), A("myndigheter", "myndighet"), V("gör", "göra", "pres"),
             A("församlingens", FS, 1), V("är", "vara", "pres", occ=0),
             A("kyrkorådet", KR, 0), V("väljer", "välja", "pres"), A("församlingens", FS, 2),
             A("tjänsteinnehavare", "tjänsteinnehavare"), A("Kyrkoherden", "kyrkoherde"),
             V("är", "vara", "pres", occ=1), A("kyrkorådet", KR, 1)],
            [S(KR, "Kyrkorådet", "none", None, "handha", "handhar",
               "församlingens allmänna förvaltning"),
             S(KR, "Kyrkorådet", "none", None, "sköta", "sköter",
               "församlingensekonomi och egendom"),
             S(KR, "Kyrkorådet", "none", None, "representera", "representerar",
               "församlingen i domstolar och gentemot myndigheter"),
             S(KR, "Kyrkorådet", "none", None, "göra", "gör",
               "avtal och andra rättshandlingar för församlingens del"),
             S(KR, "kyrkorådet", "none", None, "välja", "väljer",
               "församlingens tjänsteinnehavare"),
             S("kyrkoherde", "Kyrkoherden", "none", None, "vara", "är",
               "ordförande för kyrkorådet")], parent="h1"),
        rec(d, "3", "paragraph", t3,
            [A("Kyrkorådets medlemmar", "kyrkorådets medlem"),
             V("väljs", "välja", "pres", "pass", 0),
             A("församlingens", FS), A("kyrkofullmäktige", KFM, 0),
             A("samfälligheter", "samfällighet"), V("finns", "finnas", "pres"),
             A("församlingsråd", "församlingsråd"), A("kyrkoråd", KR, 0),
             A("Församlingsrådets medlemmar", "församlingsrådets medlem"),
             V("väljs", "välja", "pres", "pass", 1), A("Kyrkoherden", "kyrkoherde"),
             V("är", "vara", "pres", occ=0), A("församlingsrådet", "församlingsråd"),
             A("kyrkoråd", KR, 1), V("valts", "välja", "sup", "pass"),
             A("kyrkofullmäktige", KFM, 1), V("är", "vara", "pres", occ=1),
             A("kyrkofullmäktige", KFM, 2), A("Ordförande", "kyrkorådets ordförande"),
             A("kyrkorådet", KR), V("är", "vara", "pres", occ=2), A("kyrkoherde", "kyrkoherde"),
             V("utsetts", "utse", "sup", "pass")],
            [S(KFM, "kyrkofullmäktige", "none", None, "välja", "väljs",
               "Kyrkorådets medlemmar", pas=True),
             S("församlingsråd", "församlingsråd", "none", None, "finnas", "finns",
               "i stället för kyrkoråd"),
             S("församlingsrådets medlem", "Församlingsrådets medlemmar", "none", None, "välja",
               "väljs", pas=True),
             S("kyrkoherde", "Kyrkoherden", "none", None, "vara", "är",
               "ordförande för församlingsrådet"),
             S(KR, "kyrkoråd", "none", None, "vara", "är",
               "beredande och verkställande organ för det gemensamma kyrkofullmäktige"),
             S("kyrkorådets ordförande", "Ordförande", "none", None, "vara", "är",
               "den kyrkoherde som utsetts till uppgiften")], parent="h1"),
    ]


DOCS = {
    SIS: stiftelser_i_samverkan,
    SK: skatbostiftelsen,
    AE: aerocrine,
    MSB: msb,
    AV: alingsas,
    SP: samspelet,
    ES: eskilstuna,
    EV: evl,
}
