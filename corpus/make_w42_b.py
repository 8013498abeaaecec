"""Builds corpus/dev/w42-b.jsonl: invented paragraphs for round 42, writer B (analysis 42-bc,
actors of association, student-nation, cooperative, housing and church texts; built by
`corpus/make_w42_b.py`, offsets computed, gold by hand from docs/annotation.md before the
rules): A1 a student nation's and a kår's officers and bodies (`nationen`, singular
`kuratorn`, `inspektorn`, `proinspektorn`, `landsmännen`, `ämbetsmännen`, `funktionärerna`,
`nationsmötet`, `kårmötet`, `stormötet`) with the negatives `internationella`, `nationell`,
`tillgång till kurator`; G1 a genitive owner of `verksamhet` before `har till syfte/ändamål
att` (no statement) beside `Styrelsens ordförande har till uppgift att` and `Kåren har till
uppgift att`; L2 housing, cooperative and church nouns (`hyresgäst`, `hyresvärd`,
`bostadsrättshavare`, `konsumenter`, `familjemedlemmar`, `stift`, `domprost`,
`kontraktsprost`, `kantor`, `domkyrkoförsamling`, `Svenska kyrkan`, `Förenta nationerna`)
with `i kyrkan` (a place), `stiftelsen`, `konsumentkooperation` as negatives; F1 false actors
(`nyssnämnd`, `ovannämnda`, `vice ordförande` after `som är`, `som lärare eller bibliotekarie`,
`den administrativa ledningen`) beside `den nyssnämnda kulturnämnden`; R1 `den X av Y som är
ansvarig för`; N2c `<Place> nation`, `<Place> stift` as names beside `Varje nation`, N2b/N2d a legal
form `ekonomisk förening` closing a name and a quoted alias `(”VH”)`, `(”KS”)`; N1 a
capitalised definite association compound used as a name inside sentences (`w42-b-ridklubb`,
`w42-b-hyresgast`) with the negatives of a compound also written in lower case
(`w42-b-idrott`) and a capitalised `Kommunalförbundet` (`w42-b-kommunal`). Offsets computed.
Run: python corpus/make_w42_b.py corpus/dev"""

import sys

from records import (
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    blocks_text,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

D = "w42-b"

rec = records_for(D, conditions_from_statements=True)

SYFTE = "har till uppgift att"

A1 = [
    rec("a1-1", "Nationen ska erbjuda bostäder åt sina medlemmar.",
        [("Nationen", "nation", ORG), ("medlemmar", "medlem", OVR)],
        [SKA, inf("erbjuda")],
        [st("nation", "Nationen", "obligation", "ska", "erbjuda", "erbjuda",
            "bostäder åt sina medlemmar")]),
    rec("a1-2", "Kuratorn sköter tillsammans med styrelsen nationens ekonomi.",
        [("Kuratorn", "kurator", FTV), ("styrelsen", "styrelse", POL),
         ("nationens", "nation", ORG)],
        [pres("sköter", "sköta")],
        [st("kurator", "Kuratorn", "none", None, "sköta", "sköter",
            "tillsammans med styrelsen nationens ekonomi")]),
    rec("a1-3", "Det är kuratorn som kallar till nationsmöten.",
        [("kuratorn", "kurator", FTV), ("nationsmöten", "nationsmöte", OVR)],
        [pres("är", "vara"), pres("kallar", "kalla")],
        [st("kurator", "kuratorn", "none", None, "kalla", "kallar", "till nationsmöten")]),
    rec("a1-4", "Det som nationsmötet beslutat verkställs av ämbetsmännen.",
        [("nationsmötet", "nationsmöte", OVR), ("ämbetsmännen", "ämbetsman", FTV)],
        [("beslutat", "besluta", "sup", "act"), pres("verkställs", "verkställa", "pass")],
        [st("ämbetsman", "ämbetsmännen", "none", None, "verkställa", "verkställs",
            "Det som nationsmötet beslutat", passive=True)]),
    rec("a1-5", "Inspektorn och proinspektorn väljs av landsmännen.",
        [("Inspektorn", "inspektor", FTV), ("proinspektorn", "proinspektor", FTV),
         ("landsmännen", "landsman", OVR)],
        [pres("väljs", "välja", "pass")],
        [st("landsman", "landsmännen", "none", None, "välja", "väljs",
            "Inspektorn och proinspektorn", passive=True)]),
    rec("a1-6", "Funktionärerna ska lämna en verksamhetsberättelse till kårmötet.",
        [("Funktionärerna", "funktionär", FTV), ("kårmötet", "kårmöte", OVR)],
        [SKA, inf("lämna")],
        [st("funktionär", "Funktionärerna", "obligation", "ska", "lämna", "lämna",
            "en verksamhetsberättelse till kårmötet")]),
    rec("a1-7", "Stormötet väljer kårens ordförande för ett år.",
        [("Stormötet", "stormöte", OVR), ("kårens ordförande", "kårens ordförande", FTV)],
        [pres("väljer", "välja")],
        [st("stormöte", "Stormötet", "none", None, "välja", "väljer",
            "kårens ordförande för ett år")]),
    # negatives: nation inside adjectives, a school's counsellor as a service
    rec("a1-n1", "Nationen ska främja internationella kontakter och nationell samverkan.",
        [("Nationen", "nation", ORG)], [SKA, inf("främja")],
        [st("nation", "Nationen", "obligation", "ska", "främja", "främja",
            "internationella kontakter och nationell samverkan")]),
    rec("a1-n2", "Eleverna ska ha tillgång till kurator och skolsköterska.",
        [("Eleverna", "elev", EXT)], [SKA, inf("ha")],
        [st("elev", "Eleverna", "obligation", "ska", "ha", "ha",
            "tillgång till kurator och skolsköterska")]),
]

G1 = [
    rec("g1-1", "Föreningens verksamhet har till syfte att främja friluftsliv.",
        [("Föreningens", "förening", ORG)], [HAR, inf("främja")]),
    rec("g1-2", "Nationens verksamhet har till ändamål att stödja studenter från Ekbygden.",
        [("Nationens", "nation", ORG), ("studenter", "student", EXT)],
        [HAR, inf("stödja")]),
    rec("g1-n1", "Styrelsens ordförande har till uppgift att leda nationsmötet.",
        [("Styrelsens ordförande", "styrelsens ordförande", FTV),
         ("nationsmötet", "nationsmöte", OVR)],
        [HAR, inf("leda")],
        [st("styrelsens ordförande", "Styrelsens ordförande", "obligation", SYFTE, "leda",
            "leda", "nationsmötet")]),
    rec("g1-n2", "Kåren har till uppgift att bevaka studenternas intressen.",
        [("Kåren", "kår", EXT), ("studenternas", "student", EXT)],
        [HAR, inf("bevaka")],
        [st("kår", "Kåren", "obligation", SYFTE, "bevaka", "bevaka",
            "studenternas intressen")]),
]

L2 = [
    rec("l2-1", "Hyresgästen ska betala hyran till hyresvärden i förskott.",
        [("Hyresgästen", "hyresgäst", EXT), ("hyresvärden", "hyresvärd", EXT)],
        [SKA, inf("betala")],
        [st("hyresgäst", "Hyresgästen", "obligation", "ska", "betala", "betala",
            "hyran till hyresvärden i förskott")]),
    rec("l2-2", "Hyresgästföreningen företräder hyresgästerna i förhandlingar med hyresvärdar.",
        [("Hyresgästföreningen", "hyresgästförening", ORG),
         ("hyresgästerna", "hyresgäst", EXT), ("hyresvärdar", "hyresvärd", EXT)],
        [pres("företräder", "företräda")],
        [st("hyresgästförening", "Hyresgästföreningen", "none", None, "företräda",
            "företräder", "hyresgästerna i förhandlingar med hyresvärdar")]),
    rec("l2-3", "Bostadsrättshavaren ska hålla lägenheten i gott skick.",
        [("Bostadsrättshavaren", "bostadsrättshavare", EXT)], [SKA, inf("hålla")],
        [st("bostadsrättshavare", "Bostadsrättshavaren", "obligation", "ska", "hålla",
            "hålla", "lägenheten i gott skick")]),
    rec("l2-4", "Konsumenterna påverkar föreningens utbud genom sina medlemsråd.",
        [("Konsumenterna", "konsument", EXT), ("föreningens", "förening", ORG),
         ("medlemsråd", "medlemsråd", POL)],
        [pres("påverkar", "påverka")],
        [st("konsument", "Konsumenterna", "none", None, "påverka", "påverkar",
            "föreningens utbud genom sina medlemsråd")]),
    rec("l2-5", "Familjemedlemmar till hyresgästen får använda tvättstugan.",
        [("Familjemedlemmar", "familjemedlem", EXT), ("hyresgästen", "hyresgäst", EXT)],
        [FAR, inf("använda")],
        [st("familjemedlem", "Familjemedlemmar", "permission", "får", "använda", "använda",
            "tvättstugan")]),
    rec("l2-6", "Stiftets kansli ska bistå församlingarna i stiftet.",
        [("Stiftets", "stift", ORG), ("kansli", "kansli", FORV),
         ("församlingarna", "församling", POL), ("stiftet", "stift", ORG)],
        [SKA, inf("bistå")],
        [st("kansli", "kansli", "obligation", "ska", "bistå", "bistå",
            "församlingarna i stiftet")]),
    rec("l2-7", "Domprosten leder domkyrkoförsamlingens arbete på uppdrag av biskopen.",
        [("Domprosten", "domprost", TJP),
         ("domkyrkoförsamlingens", "domkyrkoförsamling", POL), ("biskopen", "biskop", OVR)],
        [pres("leder", "leda")],
        [st("domprost", "Domprosten", "none", None, "leda", "leder",
            "domkyrkoförsamlingens arbete på uppdrag av biskopen")]),
    rec("l2-8", "Kontraktsprosten och kantorn ska delta i kyrkorådets sammanträden.",
        [("Kontraktsprosten", "kontraktsprost", TJP), ("kantorn", "kantor", TJP),
         ("kyrkorådets", "kyrkoråd", POL)],
        [SKA, inf("delta")],
        [st("kontraktsprost", "Kontraktsprosten", "obligation", "ska", "delta", "delta",
            "i kyrkorådets sammanträden"),
         st("kantor", "kantorn", "obligation", "ska", "delta", "delta",
            "i kyrkorådets sammanträden")]),
    rec("l2-9", "Svenska kyrkan ska vara en öppen folkkyrka.",
        [("Svenska kyrkan", "svenska kyrkan", ORG)], [SKA, inf("vara")],
        [st("svenska kyrkan", "Svenska kyrkan", "obligation", "ska", "vara", "vara",
            "en öppen folkkyrka")]),
    rec("l2-10", "Förenta nationerna ska främja fred mellan länderna.",
        [("Förenta nationerna", "förenta nationerna", EXT)], [SKA, inf("främja")],
        [st("förenta nationerna", "Förenta nationerna", "obligation", "ska", "främja",
            "främja", "fred mellan länderna")]),
    # negatives: the church as a place, a foundation, a cooperative movement
    rec("l2-n1", "Styrelsen sammanträder i kyrkan efter gudstjänsten.",
        [("Styrelsen", "styrelse", POL)], [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "i kyrkan efter gudstjänsten")]),
    rec("l2-n2", "Stiftelsen ska förvalta donationen till stiftets präster.",
        [("Stiftelsen", "stiftelse", ORG), ("stiftets", "stift", ORG),
         ("präster", "präst", TJP)], [SKA, inf("förvalta")],
        [st("stiftelse", "Stiftelsen", "obligation", "ska", "förvalta", "förvalta",
            "donationen till stiftets präster")]),
    rec("l2-n3", "Föreningen bedriver konsumentkooperation i länet.",
        [("Föreningen", "förening", ORG)], [pres("bedriver", "bedriva")],
        [st("förening", "Föreningen", "none", None, "bedriva", "bedriver",
            "konsumentkooperation i länet")]),
]

F1 = [
    rec("f1-1", "Föreningen arbetar i nyssnämnd ordning med ovannämnda frågor.",
        [("Föreningen", "förening", ORG)], [pres("arbetar", "arbeta")],
        [st("förening", "Föreningen", "none", None, "arbeta", "arbetar",
            "i nyssnämnd ordning med ovannämnda frågor")]),
    rec("f1-2", "Kassören, som är vice ordförande, leder mötet i ordförandens frånvaro.",
        [("Kassören", "kassör", FTV), ("ordförandens", "ordförande", FTV)],
        [pres("är", "vara"), pres("leder", "leda")],
        [st("kassör", "Kassören", "none", None, "leda", "leder",
            "mötet i ordförandens frånvaro")]),
    rec("f1-3", "Hon är anställd som lärare eller bibliotekarie i församlingen.",
        [("församlingen", "församling", POL)], [pres("är", "vara")]),
    rec("f1-4", "Styrelsen ansvarar för den administrativa ledningen av kansliet.",
        [("Styrelsen", "styrelse", POL), ("kansliet", "kansli", FORV)],
        [pres("ansvarar", "ansvara")],
        [st("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "den administrativa ledningen av kansliet")]),
    # negative: a definite conjunct after a role after `som` names an actor
    rec("f1-n2", "Avtalet reglerar förhållandet mellan kommunen som huvudman och stiftelserna.",
        [("kommunen", "kommun", ORG), ("stiftelserna", "stiftelse", ORG)],
        [pres("reglerar", "reglera")]),
    # negative: a real -nämnd after the participle
    rec("f1-n1", "Den nyssnämnda kulturnämnden ska samråda med föreningen.",
        [("kulturnämnden", "kulturnämnd", POL), ("föreningen", "förening", ORG)],
        [SKA, inf("samråda")],
        [st("kulturnämnd", "kulturnämnden", "obligation", "ska", "samråda", "samråda",
            "med föreningen")]),
]

R1 = [
    rec("r1-1", "Den ledamot av styrelsen som är ansvarig för ekonomin ska rapportera till "
        "årsmötet.",
        [("ledamot", "ledamot", FTV), ("styrelsen", "styrelse", POL),
         ("årsmötet", "årsmöte", OVR)],
        [pres("är", "vara"), SKA, inf("rapportera")],
        [st("ledamot", "ledamot", "responsibility", "är ansvarig för", "ansvara", "är",
            "ekonomin"),
         st("ledamot", "ledamot", "obligation", "ska", "rapportera", "rapportera",
            "till årsmötet")]),
]

VH = "västra handelsförbundet ekonomisk förening"
EKF = "kustnära sjöfiske ekonomisk förening"
N2 = [
    # a place or province genitive + nation/stift is a name; a determiner + nation is the kind
    rec("n2-1", "Norrlands nation i Ekby är en sammanslutning av studerande från Norrland.",
        [("Norrlands nation", "norrlands nation", ORG), ("studerande", "studerande", EXT)],
        [pres("är", "vara")],
        [st("norrlands nation", "Norrlands nation", "none", None, "vara", "är",
            "en sammanslutning av studerande från Norrland")]),
    rec("n2-2", "Domkapitlet i Ekby stift ska pröva frågan om behörighet.",
        [("Domkapitlet", "domkapitel", POL), ("Ekby stift", "ekby stift", ORG)],
        [SKA, inf("pröva")],
        [st("domkapitel", "Domkapitlet", "obligation", "ska", "pröva", "pröva",
            "frågan om behörighet")]),
    # N2b/N2d: a legal form closes the name; a quoted alias in parentheses is the name's,
    # also over the lexicon's reading of the acronym (`KS`)
    rec("n2-3", "Ekby Konsum ekonomisk förening ska bedriva handel med dagligvaror.",
        [("Ekby Konsum ekonomisk förening", "ekby konsum ekonomisk förening", ORG)],
        [SKA, inf("bedriva")],
        [st("ekby konsum ekonomisk förening", "Ekby Konsum ekonomisk förening", "obligation",
            "ska", "bedriva", "bedriva", "handel med dagligvaror")]),
    rec("n2-4", "Föreningen är medlem i Västra Handelsförbundet ekonomisk förening (”VH”). "
        "VH ska stödja föreningen.",
        [("Föreningen", "förening", ORG),
         ("Västra Handelsförbundet ekonomisk förening", VH, ORG), ("VH", VH, ORG),
         ("VH", VH, ORG, 1), ("föreningen", "förening", ORG)],
        [pres("är", "vara"), SKA, inf("stödja")],
        [st("förening", "Föreningen", "none", None, "vara", "är",
            "medlem i Västra Handelsförbundet ekonomisk förening (”VH”)"),
         st(VH, "VH", "obligation", "ska", "stödja", "stödja", "föreningen")]),
    rec("n2-5", "Kustnära Sjöfiske ekonomisk förening (”KS”) äger båtarna. KS ska utse "
        "revisorer.",
        [("Kustnära Sjöfiske ekonomisk förening", EKF, ORG), ("KS", EKF, ORG),
         ("KS", EKF, ORG, 1),
         ("revisorer", "revisor", FTV)],
        [pres("äger", "äga"), SKA, inf("utse")],
        [st(EKF, "Kustnära Sjöfiske ekonomisk förening", "none", None, "äga", "äger",
            "båtarna"),
         st(EKF, "KS", "obligation", "ska", "utse", "utse", "revisorer")]),
    rec("n2-n2", "Föreningen är en ekonomisk förening med säte i Ekby.",
        [("Föreningen", "förening", ORG)], [pres("är", "vara")],
        [st("förening", "Föreningen", "none", None, "vara", "är",
            "en ekonomisk förening med säte i Ekby")]),
    rec("n2-n1", "Varje nation ska ha en inspektor.",
        [("nation", "nation", ORG), ("inspektor", "inspektor", FTV)], [SKA, inf("ha")],
        [st("nation", "nation", "obligation", "ska", "ha", "ha", "en inspektor")]),
]

RECORDS = [*A1, *G1, *L2, *F1, *R1, *N2]

# N1: a capitalised definite association compound written inside a sentence and never in
# lower case is the association's name, its sentence-initial occurrences too
D = "w42-b-ridklubb"
RK = "ridklubbsförbundet"
RIDKLUBB = [
    rec("title", "Stadgar för Ridklubbsförbundet", [("Ridklubbsförbundet", RK, ORG)],
        doc=D, kind="heading"),
    rec("1", "Ridklubbsförbundet ska samordna tävlingar mellan klubbarna.",
        [("Ridklubbsförbundet", RK, ORG), ("klubbarna", "klubb", ORG)],
        [SKA, inf("samordna")],
        [st(RK, "Ridklubbsförbundet", "obligation", "ska", "samordna", "samordna",
            "tävlingar mellan klubbarna")], doc=D, parent="title"),
    rec("2", "Klubbarna betalar årsavgift till Ridklubbsförbundet.",
        [("Klubbarna", "klubb", ORG), ("Ridklubbsförbundet", RK, ORG)],
        [pres("betalar", "betala")],
        [st("klubb", "Klubbarna", "none", None, "betala", "betalar",
            "årsavgift till Ridklubbsförbundet")], doc=D, parent="title"),
]

D = "w42-b-hyresgast"
HGF = "hyresgästföreningen"
HYRESGAST = [
    rec("title", "Stadgar för lokalavdelningen", [("lokalavdelningen", "lokalavdelning", FORV)],
        doc=D, kind="heading"),
    rec("1", "Föreningen är en lokal avdelning av Hyresgästföreningen.",
        [("Föreningen", "förening", ORG), ("Hyresgästföreningen", HGF, ORG)],
        [pres("är", "vara")],
        [st("förening", "Föreningen", "none", None, "vara", "är",
            "en lokal avdelning av Hyresgästföreningen")], doc=D, parent="title"),
    rec("2", "Hyresgästföreningen ska bevaka hyresgästernas intressen.",
        [("Hyresgästföreningen", HGF, ORG), ("hyresgästernas", "hyresgäst", EXT)],
        [SKA, inf("bevaka")],
        [st(HGF, "Hyresgästföreningen", "obligation", "ska", "bevaka", "bevaka",
            "hyresgästernas intressen")], doc=D, parent="title"),
    rec("3", "Styrelsen ska varje år rapportera till Hyresgästföreningen.",
        [("Styrelsen", "styrelse", POL), ("Hyresgästföreningen", HGF, ORG)],
        [SKA, inf("rapportera")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "rapportera", "rapportera",
            "till Hyresgästföreningen", condition="varje år")], doc=D, parent="title"),
    # a lower-case plural of the compound names the kind: the name stays
    rec("4", "Hyresgästföreningen samverkar med andra hyresgästföreningar i landet.",
        [("Hyresgästföreningen", HGF, ORG), ("hyresgästföreningar", "hyresgästförening", ORG)],
        [pres("samverkar", "samverka")],
        [st(HGF, "Hyresgästföreningen", "none", None, "samverka", "samverkar",
            "med andra hyresgästföreningar i landet")], doc=D, parent="title"),
]

# negatives: a compound also written in lower case; a municipal body capitalised
D = "w42-b-idrott"
IDROTT = [
    rec("1", "Idrottsföreningen ska främja idrott för unga i Ekby.",
        [("Idrottsföreningen", "idrottsförening", ORG)], [SKA, inf("främja")],
        [st("idrottsförening", "Idrottsföreningen", "obligation", "ska", "främja", "främja",
            "idrott för unga i Ekby")], doc=D),
    rec("2", "Styrelsen leder arbetet i Idrottsföreningen och i idrottsföreningens sektioner.",
        [("Styrelsen", "styrelse", POL), ("Idrottsföreningen", "idrottsförening", ORG),
         ("idrottsföreningens", "idrottsförening", ORG), ("sektioner", "sektion", FORV)],
        [pres("leder", "leda")],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder",
            "arbetet i Idrottsföreningen och i idrottsföreningens sektioner")], doc=D),
]

D = "w42-b-kommunal"
KOMMUNAL = [
    rec("1", "Direktionen leder arbetet i Kommunalförbundet.",
        [("Direktionen", "direktion", POL), ("Kommunalförbundet", "kommunalförbund", ORG)],
        [pres("leder", "leda")],
        [st("direktion", "Direktionen", "none", None, "leda", "leder",
            "arbetet i Kommunalförbundet")], doc=D),
    rec("2", "Kommunalförbundet ska samordna räddningstjänsten.",
        [("Kommunalförbundet", "kommunalförbund", ORG)], [SKA, inf("samordna")],
        [st("kommunalförbund", "Kommunalförbundet", "obligation", "ska", "samordna", "samordna",
            "räddningstjänsten")], doc=D),
]

DOCUMENTS = {
    records[0]["meta"]["doc_id"]: (blocks_text(records), records)
    for records in (RIDKLUBB, HYRESGAST, IDROTT, KOMMUNAL)
}

if __name__ == "__main__":
    write_part(sys.argv[1], "w42-b", DOCUMENTS, before=RECORDS)
