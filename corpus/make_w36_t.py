"""Builds corpus/dev/w36-t.jsonl and the documents corpus/dev/w36-t-*.txt: invented material
for round 36, writer T (gold by hand from docs/annotation.md §1.2, §1.3, §5.1).
T1: a title line's repeat in capitals at the start of a flattened body line, before a
Title-case heading and a section label (`REGLEMENTE FÖR ARKIVVÅRD I EKBY KOMMUN Tillämpning
1 Kommunstyrelsen …`, `… Inledning 1 Syfte …`, `STADGAR FÖR … Ändamål och organisation § 1
…`): the capitals title is a heading ending at its last capitals word, the Title-case
heading another; inline dash items after a colon lead-in (`… verka för följande: - god
ordning - säker förvaring - snabb åtkomst Ansvar 2 …`), one list item a dash, the last
ending before the next heading and number.
T2: a statute printed with rkrattsbaser's trailing-space convention (a line ending in a
space goes on in the next line, one without ends its stycke: `3 § Kulturnämnden får besluta
om bidrag. ` ⏎ `Beslutet ska meddelas skriftligen.` is one stycke).
Offsets computed. Run: python corpus/make_w36_t.py corpus/dev"""

import sys

from records import EXT, FAR, FORV, HAR, ORG, POL, SKA, TJP, write_part
from records import clause_record as rec
from records import statement as st

# T1: a municipal regulation flattened onto one body line under its title line
D1 = "w36-t-arkiv"
ARKIV_TXT = (
    "Reglemente för arkivvård i Ekby kommun\n"
    "REGLEMENTE FÖR ARKIVVÅRD I EKBY KOMMUN Tillämpning 1 Kommunstyrelsen ska i "
    "sin arkivvård verka för följande: - god ordning - säker förvaring - snabb åtkomst Ansvar "
    "2 Kommunstyrelsen utövar tillsyn över nämndernas arkivvård. 3 Varje nämnd ansvarar för "
    "vården av sina egna arkiv. Arkivredovisning 4 Nämnden ska redovisa sina arkiv i en "
    "arkivförteckning.\n"
)
KS = ("Kommunstyrelsen", "kommunstyrelse", POL)


def _verka(item):
    return [st("kommunstyrelse", "Kommunstyrelsen", "obligation", "ska", "verka", "verka", item)]


ARKIV = [
    rec(D1, "title", "Reglemente för arkivvård i Ekby kommun",
        [("Ekby kommun", "ekby kommun", ORG)], kind="heading"),
    rec(D1, "h1", "REGLEMENTE FÖR ARKIVVÅRD I EKBY KOMMUN",
        [("EKBY KOMMUN", "ekby kommun", ORG)], kind="heading"),
    rec(D1, "h2", "Tillämpning", kind="heading"),
    rec(D1, "1", "Kommunstyrelsen ska i sin arkivvård verka för följande:", [KS],
        [SKA, ("verka", "verka", "inf", "act")], parent="h2", label="1"),
    rec(D1, "1.a", "god ordning", statements=_verka("god ordning"), kind="list_item",
        parent="1", label="-"),
    rec(D1, "1.b", "säker förvaring", statements=_verka("säker förvaring"),
        kind="list_item", parent="1", label="-"),
    rec(D1, "1.c", "snabb åtkomst", statements=_verka("snabb åtkomst"), kind="list_item",
        parent="1", label="-"),
    rec(D1, "h3", "Ansvar", kind="heading"),
    rec(D1, "2", "Kommunstyrelsen utövar tillsyn över nämndernas arkivvård.",
        [KS, ("nämndernas", "nämnd", POL)], [("utövar", "utöva", "pres", "act")],
        [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "utöva", "utövar",
            "tillsyn över nämndernas arkivvård")], parent="h3", label="2"),
    rec(D1, "3", "Varje nämnd ansvarar för vården av sina egna arkiv.",
        [("nämnd", "nämnd", POL)], [("ansvarar", "ansvara", "pres", "act")],
        [st("nämnd", "nämnd", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för vården av sina egna arkiv")], parent="h3", label="3"),
    rec(D1, "h4", "Arkivredovisning", kind="heading"),
    rec(D1, "4", "Nämnden ska redovisa sina arkiv i en arkivförteckning.",
        [("Nämnden", "nämnd", POL)], [SKA, ("redovisa", "redovisa", "inf", "act")],
        [st("nämnd", "Nämnden", "obligation", "ska", "redovisa", "redovisa",
            "sina arkiv i en arkivförteckning")], parent="h4", label="4"),
]

# T1: an association's statutes, `§ N` labels and en-dash items
D2 = "w36-t-stadgar"
STADGAR_TXT = (
    "Stadgar för Ekby idrottsförening\n"
    "STADGAR FÖR EKBY IDROTTSFÖRENING Ändamål och organisation § 1 Föreningen ska bedriva "
    "idrott för barn och ungdomar i Ekby. § 2 Föreningen ska särskilt erbjuda: – regelbunden "
    "träning – utbildade ledare – ändamålsenliga lokaler. Styrelse § 3 Styrelsen leder "
    "föreningens verksamhet. § 4 Styrelsen ska fastställa en budget för varje år.\n"
)
IF = ("Föreningen", "förening", ORG)  # no naming clause: §2.3
STYRELSEN = ("Styrelsen", "styrelse", POL)


def _erbjuda(item):
    return [st("förening", "Föreningen", "obligation", "ska", "erbjuda",
               "erbjuda", item)]


STADGAR = [
    rec(D2, "title", "Stadgar för Ekby idrottsförening",
        [("Ekby idrottsförening", "ekby idrottsförening", ORG)], kind="heading"),
    rec(D2, "h1", "STADGAR FÖR EKBY IDROTTSFÖRENING",
        [("EKBY IDROTTSFÖRENING", "ekby idrottsförening", ORG)], kind="heading"),
    rec(D2, "h2", "Ändamål och organisation", kind="heading"),
    rec(D2, "§1", "Föreningen ska bedriva idrott för barn och ungdomar i Ekby.", [IF],
        [SKA, ("bedriva", "bedriva", "inf", "act")],
        [st("förening", "Föreningen", "obligation", "ska", "bedriva", "bedriva",
            "idrott för barn och ungdomar i Ekby")], parent="h2", label="§ 1"),
    rec(D2, "§2", "Föreningen ska särskilt erbjuda:", [IF],
        [SKA, ("erbjuda", "erbjuda", "inf", "act")], parent="h2", label="§ 2"),
    rec(D2, "§2.a", "regelbunden träning", statements=_erbjuda("regelbunden träning"),
        kind="list_item", parent="§2", label="–"),
    rec(D2, "§2.b", "utbildade ledare", statements=_erbjuda("utbildade ledare"),
        kind="list_item", parent="§2", label="–"),
    rec(D2, "§2.c", "ändamålsenliga lokaler.", statements=_erbjuda("ändamålsenliga lokaler"),
        kind="list_item", parent="§2", label="–"),
    rec(D2, "h3", "Styrelse", [("Styrelse", "styrelse", POL)], kind="heading"),
    rec(D2, "§3", "Styrelsen leder föreningens verksamhet.",
        [STYRELSEN, ("föreningens", "förening", ORG)],
        [("leder", "leda", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder", "föreningens verksamhet")],
        parent="h3", label="§ 3"),
    rec(D2, "§4", "Styrelsen ska fastställa en budget för varje år.", [STYRELSEN],
        [SKA, ("fastställa", "fastställa", "inf", "act")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "fastställa", "fastställa",
            "en budget för varje år")], parent="h3", label="§ 4"),
]

# T2: a statute printed with a trailing space on every line that goes on in the next
D3 = "w36-t-forordning"
FORORDNING_TXT = (
    "Förordning (2019:88) om kulturbidrag i Ekbygden\n"
    "\n"
    "1 § Denna förordning innehåller bestämmelser om kulturbidrag i \n"
    "Ekbygden. Bidrag lämnas av kulturnämnden inom ramen för \n"
    "anslaget.\n"
    "\n"
    "2 § Bidrag får lämnas till en förening som bedriver \n"
    "kulturverksamhet för barn och unga.\n"
    "En förening som får bidrag ska redovisa hur bidraget har \n"
    "använts.\n"
    "\n"
    "3 § Kulturnämnden får besluta om bidrag. \n"
    "Beslutet ska meddelas skriftligen.\n"
    "Kulturnämnden får återkräva bidrag som har lämnats på felaktiga \n"
    "grunder.\n"
    "\n"
    "4 § Länsstyrelsen utövar tillsyn över hur bidragen \n"
    "används. \n"
    "Länsstyrelsen ska lämna en rapport till regeringen varje år.\n"
)
KN = ("Kulturnämnden", "kulturnämnd", POL)
LST = ("Länsstyrelsen", "länsstyrelse", POL)
FORORDNING = [
    rec(D3, "title", "Förordning (2019:88) om kulturbidrag i Ekbygden", kind="heading"),
    rec(D3, "§1", "Denna förordning innehåller bestämmelser om kulturbidrag i Ekbygden. "
        "Bidrag lämnas av kulturnämnden inom ramen för anslaget.",
        [("kulturnämnden", "kulturnämnd", POL)],
        [("innehåller", "innehålla", "pres", "act"), ("lämnas", "lämna", "pres", "pass")],
        [st("kulturnämnd", "kulturnämnden", "none", None, "lämna", "lämnas", "Bidrag",
            passive=True)], label="1 §"),
    rec(D3, "§2", "Bidrag får lämnas till en förening som bedriver kulturverksamhet för barn "
        "och unga.", [("förening", "förening", ORG)],
        [FAR, ("lämnas", "lämna", "inf", "pass"), ("bedriver", "bedriva", "pres", "act")],
        [st(None, None, "permission", "får", "lämna", "lämnas", "Bidrag", passive=True)],
        label="2 §"),
    rec(D3, "§2.1", "En förening som får bidrag ska redovisa hur bidraget har använts.",
        [("förening", "förening", ORG)],
        [("får", "få", "pres", "act"), SKA, ("redovisa", "redovisa", "inf", "act"), HAR,
         ("använts", "använda", "sup", "pass")],
        [st("förening", "förening", "obligation", "ska", "redovisa", "redovisa",
            "hur bidraget har använts")], parent="§2"),
    rec(D3, "§3", "Kulturnämnden får besluta om bidrag. Beslutet ska meddelas skriftligen.",
        [KN], [FAR, ("besluta", "besluta", "inf", "act"), SKA,
               ("meddelas", "meddela", "inf", "pass")],
        [st("kulturnämnd", "Kulturnämnden", "permission", "får", "besluta", "besluta", "om bidrag"),
         st(None, None, "obligation", "ska", "meddela", "meddelas", "Beslutet", passive=True)],
        label="3 §"),
    rec(D3, "§3.1", "Kulturnämnden får återkräva bidrag som har lämnats på felaktiga grunder.",
        [KN], [FAR, ("återkräva", "återkräva", "inf", "act"), HAR,
               ("lämnats", "lämna", "sup", "pass")],
        [st("kulturnämnd", "Kulturnämnden", "permission", "får", "återkräva", "återkräva",
            "bidrag som har lämnats på felaktiga grunder")], parent="§3"),
    rec(D3, "§4", "Länsstyrelsen utövar tillsyn över hur bidragen används. Länsstyrelsen ska "
        "lämna en rapport till regeringen varje år.",
        [LST, ("Länsstyrelsen", "länsstyrelse", POL, 1), ("regeringen", "regering", EXT)],
        [("utövar", "utöva", "pres", "act"), ("används", "använda", "pres", "pass"), SKA,
         ("lämna", "lämna", "inf", "act")],
        [st("länsstyrelse", "Länsstyrelsen", "none", None, "utöva", "utövar",
            "tillsyn över hur bidragen används"),
         st("länsstyrelse", "Länsstyrelsen", "obligation", "ska", "lämna", "lämna",
            "en rapport till regeringen")], label="4 §"),
]

# T1: the title's repeat in capitals before an unnumbered heading and a numbered heading
D5 = "w36-t-instruktion"
INSTRUKTION_TXT = (
    "Instruktion för ekonomichefen i Norrby kommunalförbund\n"
    "INSTRUKTION FÖR EKONOMICHEFEN I NORRBY KOMMUNALFÖRBUND Inledning 1 Syfte Instruktionen "
    "gäller från den 1 januari 2025. 2 Uppgifter Ekonomichefen ska leda ekonomienheten och "
    "upprätta förslag till budget. 3 Rapportering Ekonomichefen rapporterar till "
    "förbundsdirektören varje månad.\n"
)
EKC = ("Ekonomichefen", "ekonomichef", TJP)
INSTRUKTION = [
    rec(D5, "title", "Instruktion för ekonomichefen i Norrby kommunalförbund",
        [("ekonomichefen", "ekonomichef", TJP),
         ("Norrby kommunalförbund", "norrby kommunalförbund", ORG)], kind="heading"),
    rec(D5, "h1", "INSTRUKTION FÖR EKONOMICHEFEN I NORRBY KOMMUNALFÖRBUND",
        [("EKONOMICHEFEN", "ekonomichef", TJP),
         ("NORRBY KOMMUNALFÖRBUND", "norrby kommunalförbund", ORG)], kind="heading"),
    rec(D5, "h2", "Inledning", kind="heading"),
    rec(D5, "1", "Syfte", kind="heading", label="1"),
    rec(D5, "1.1", "Instruktionen gäller från den 1 januari 2025.",
        verbs=[("gäller", "gälla", "pres", "act")], parent="1"),
    rec(D5, "2", "Uppgifter", kind="heading", label="2"),
    rec(D5, "2.1", "Ekonomichefen ska leda ekonomienheten och upprätta förslag till budget.",
        [EKC, ("ekonomienheten", "ekonomienhet", FORV)],
        [SKA, ("leda", "leda", "inf", "act"), ("upprätta", "upprätta", "inf", "act")],
        [st("ekonomichef", "Ekonomichefen", "obligation", "ska", "leda", "leda", "ekonomienheten"),
         st("ekonomichef", "Ekonomichefen", "obligation", "ska", "upprätta", "upprätta",
            "förslag till budget")], parent="2"),
    rec(D5, "3", "Rapportering", kind="heading", label="3"),
    rec(D5, "3.1", "Ekonomichefen rapporterar till förbundsdirektören varje månad.",
        [EKC, ("förbundsdirektören", "förbundsdirektör", TJP)],
        [("rapporterar", "rapportera", "pres", "act")],
        [st("ekonomichef", "Ekonomichefen", "none", None, "rapportera", "rapporterar",
            "till förbundsdirektören")], parent="3"),
]

DOCUMENTS = {D1: (ARKIV_TXT, ARKIV), D2: (STADGAR_TXT, STADGAR),
             D3: (FORORDNING_TXT, FORORDNING), D5: (INSTRUKTION_TXT, INSTRUKTION)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w36-t", DOCUMENTS)
