"""Builds corpus/dev/w44-z.jsonl and the documents corpus/dev/w44-z-*.txt with their gold:
a blind probe of round 44 (second blind probe, end-of-round transfer). Four invented documents
in the damaged layouts real documents arrive in, written before the extractor was run on them
and annotated by hand from docs/annotation.md §1, §2 and §5: a nämnd's delegationsordning as a
docplayer print (each page one line opening with its index and a counter `N (4)`, the running
title repeated, table rows run together, a heading glued to its text: `w44-z-omsorg`, one
clause a page); an instruktion för kommundirektören as a PDF text layer (cover fields, a title
wrapped over two lines, lines of about 70 characters with hyphenated breaks, a running footer
and header on every page, a paragraph and a word broken across a page break, a numbered list
whose items wrap: `w44-z-kommundirektor`); a municipal company's bolagsordning and ägardirektiv
copied from a web page (skip link, menu words, breadcrumb, `§ N Rubrik` on the line of its
text, `•` and ` - ` lists flattened into their lead-in's line, a share line, address,
cookie and copyright lines: `w44-z-energi`); a kommunalförbund's förbundsordning as a
flattened track-changes print (a whole part on one line with Roman part labels and capitals
headings, `N §` after lost full stops, a deleted word left beside its replacement:
`w44-z-forbund`). Offsets computed.
Run: python corpus/make_w44_z.py corpus/dev"""

import sys

from records import (
    AR,
    BOR,
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
    KAN,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w44-z", conditions_from_statements=True)


def glued(record, piece, canonical, category):
    """An ACTOR span inside a word the print glued to the word before it."""
    start = record["text"].index(piece)
    record["spans"].append({"start": start, "end": start + len(piece), "text": piece,
                            "label": "ACTOR", "canonical": canonical, "category": category})
    record["spans"].sort(key=lambda span: (span["start"], span["end"]))
    return record


# (a) delegationsordning, docplayer print: one line a page --------------------------------
D = "w44-z-omsorg"
OM_TITLE = "Delegationsordning för omsorgsnämnden i Granviks kommun"
OM_PAGES = [
    f"1 (4) {OM_TITLE} Antagen av omsorgsnämnden 2024-03-12 § 41 1 Inledning Omsorgsnämnden "
    "överlåter med stöd av 6 kap. 37 § kommunallagen sin beslutanderätt i vissa ärenden till "
    "delegater. Beslut som fattas på delegation ska anmälas till nämnden på dess närmast "
    "följande sammanträde. 2 Allmänna bestämmelser Delegaten får inte avgöra ärenden som är av "
    "principiell beskaffenhet. Vid förfall för delegaten övertar närmaste överordnade chef "
    "beslutanderätten.",
    f"2 (4) {OM_TITLE} 3 Förteckning över delegerade ärenden Nr Ärendetyp Delegat Lagrum "
    "Kommentar 3.1 Beslut om bistånd i form av hemtjänst Biståndshandläggare SoL 4:1 Högst "
    "120 timmar per månad 3.2 Beslut om avgift för hemtjänst Avgiftshandläggare SoL 8:2 3.3 "
    "Beslut om plats i särskilt boende Enhetschef SoL 4:1 Samråd ska ske "
    "med medicinskt ansvarig sjuksköterska",
    f"3 (4) {OM_TITLE} 3.4 Yttrande till förvaltningsrätten i mål om bistånd Förvaltningschef "
    "SoL 10:1 3.5 Beslut om att överklaga dom Ordförande Brådskande ärenden kan avgöras "
    "av ordföranden enligt 6 kap. 39 § KL 4 VidaredelegeringFörvaltningschefen får "
    "vidaredelegera beslut i dessa ärenden till annan anställd i kommunen. Beslut som fattas efter "
    "vidaredelegering ska anmälas till förvaltningschefen.",
    f"4 (4) {OM_TITLE} 5 Anmälan av delegationsbeslut Anmälan görs genom att en förteckning "
    "över fattade beslut lämnas till nämndsekreteraren. Nämnden får när som helst dra tillbaka en "
    "delegation eller själv ta över ett ärende.",
]
OM_TEXT = OM_TITLE + "\n" + "".join(f"{n} {page}\n" for n, page in enumerate(OM_PAGES, 1))
ON, GK, ONO = "omsorgsnämnd", "granviks kommun", "omsorgsnämndens ordförande"
HEADER = [("omsorgsnämnden", ON, POL), ("Granviks kommun", GK, ORG)]
ANMALA = ("anmälas", "anmäla", "inf", "pass")
FATTAS = ("fattas", "fatta", "pres", "pass")
OM = [
    rec("title", OM_TITLE, HEADER, doc=D, kind="heading"),
    rec("1", OM_PAGES[0],
        [*HEADER, ("omsorgsnämnden", ON, POL, 1), ("Omsorgsnämnden", ON, POL),
         ("delegater", "delegat", TJP), ("nämnden", "nämnd", POL), ("Delegaten", "delegat", TJP),
         ("delegaten", "delegat", TJP), ("överordnade chef", "överordnad chef", TJP)],
        [("överlåter", "överlåta", "pres", "act"), FATTAS, SKA, ANMALA, FAR,
         ("avgöra", "avgöra", "inf", "act"), AR, ("övertar", "överta", "pres", "act")],
        [st(ON, "Omsorgsnämnden", "none", None, "överlåta", "överlåter",
            "sin beslutanderätt i vissa ärenden till delegater",
            condition="med stöd av 6 kap. 37 § kommunallagen"),
         st(None, None, "obligation", "ska", "anmäla", "anmälas",
            "till nämnden på dess närmast följande sammanträde", passive=True),
         st("delegat", "Delegaten", "prohibition", "får inte", "avgöra", "avgöra",
            "ärenden som är av principiell beskaffenhet", negated=True),
         st("överordnad chef", "överordnade chef", "none", None, "överta", "övertar",
            "beslutanderätten", condition="Vid förfall för delegaten")],
        doc=D, label="1"),
    rec("2", OM_PAGES[1],
        [*HEADER, ("Delegat", "delegat", TJP), ("Biståndshandläggare", "biståndshandläggare", TJP),
         ("Avgiftshandläggare", "avgiftshandläggare", TJP), ("Enhetschef", "enhetschef", TJP),
         ("medicinskt ansvarig sjuksköterska", "medicinskt ansvarig sjuksköterska", TJP)],
        [("ska", "skola", "pres", "act"), ("ske", "ske", "inf", "act")], doc=D, label="2"),
    glued(rec("3", OM_PAGES[2],
              [*HEADER, ("förvaltningsrätten", "förvaltningsrätt", EXT),
               ("Förvaltningschef", "förvaltningschef", TJP), ("Ordförande", ONO, FTV),
               ("ordföranden", ONO, FTV), ("anställd", "anställd", TJP),
               ("kommunen", GK, ORG), ("förvaltningschefen", "förvaltningschef", TJP)],
              [("överklaga", "överklaga", "inf", "act"), KAN,
               ("avgöras", "avgöra", "inf", "pass"), FAR,
               ("vidaredelegera", "vidaredelegera", "inf", "act"), FATTAS, SKA, ANMALA],
              [st(ONO, "ordföranden", "none", None, "avgöra", "avgöras", "Brådskande ärenden",
                  passive=True, condition="enligt 6 kap. 39 § KL"),
               st("förvaltningschef", "Förvaltningschefen", "permission", "får",
                  "vidaredelegera", "vidaredelegera",
                  "beslut i dessa ärenden till annan anställd i kommunen"),
               st(None, None, "obligation", "ska", "anmäla", "anmälas",
                  "till förvaltningschefen", passive=True)], doc=D, label="3"),
          "Förvaltningschefen", "förvaltningschef", TJP),
    rec("4", OM_PAGES[3],
        [*HEADER, ("nämndsekreteraren", "nämndsekreterare", TJP), ("Nämnden", "nämnd", POL)],
        [("görs", "göra", "pres", "pass"), ("lämnas", "lämna", "pres", "pass"), FAR,
         ("dra", "dra", "inf", "act"), ("ta", "ta", "inf", "act")],
        [st("nämnd", "Nämnden", "permission", "får", "dra", "dra", "en delegation"),
         st("nämnd", "Nämnden", "permission", "får", "ta", "ta", "ett ärende")],
        doc=D, label="4"),
]


# (b) instruktion för kommundirektören, PDF text layer with running header and footer -------
D = "w44-z-kommundirektor"
KD_TEXT = """SÖLVEDALS KOMMUN                                          STYRDOKUMENT
Kommunstyrelsen                                       Dnr KS 2025/0077

Instruktion för kommundirektören i
Sölvedals kommun

Antagen av kommunstyrelsen 2025-02-17, § 23. Gäller från 2025-03-01.

1. Bakgrund
Enligt 7 kap. 1 § kommunallagen ska kommunstyrelsen anställa en direktör
som håller samman arbetet i kommunens förvaltningar. Kommundirektören är Sölve-
dals kommuns högsta tjänsteperson och är anställd av kommunstyrelsen.

2. Ställning
Kommundirektören leder kommunledningskontoret och lyder direkt under
kommunstyrelsen. Förvaltningscheferna rapporterar till
kommundirektören i frågor som rör samordning och uppföljning av
verksamheterna.

                                     Sölvedals kommun – Kommunstyrelsen
Dnr KS 2025/0077                        2025-02-17              Sida 1 av 3
Instruktion för kommundirektören i Sölvedals kommun            Sida 2 av 3

3. Uppgifter
Kommundirektören ska inom de ramar som kommunstyrelsen har beslutat
särskilt:
1. leda och samordna arbetet i förvaltningarna så att kommunstyrel-
   sens beslut genomförs,
2. bereda de ärenden som kommunstyrelsen ska avgöra,
3. ansvara för att förslag till budget och verksamhetsplan tas fram
   i samarbete med förvaltningscheferna,
4. företräda kommunen i kontakter med statliga myndigheter, nä-
   ringslivet och andra kommuner, samt
5. hålla kommunstyrelsens ordförande underrättad om frågor av större
   vikt.

4. Ledningsgrupp
Under kommundirektören finns en ledningsgrupp där samtliga förvalt-
ningschefer ingår. Ledningsgruppen sammanträder varannan vecka och
leds av kommundirektören. Förvaltningscheferna bör i ledningsgrup-

                                     Sölvedals kommun – Kommunstyrelsen
Dnr KS 2025/0077                        2025-02-17              Sida 2 av 3
Instruktion för kommundirektören i Sölvedals kommun            Sida 3 av 3

pen ta upp frågor som berör flera förvaltningar.

5. Delegation och ersättare
Kommundirektören får besluta i de ärenden som anges i kommunstyrelsens
delegationsordning. Kommundirektören får inte anställa förvaltnings-
chefer utan att kommunstyrelsens ordförande har hörts. Vid kommun-
direktörens frånvaro tjänstgör biträdande kommundirektör.

6. Uppföljning
Instruktionen ska ses över av kommunstyrelsen en gång per mandat-
period.

                                     Sölvedals kommun – Kommunstyrelsen
Dnr KS 2025/0077                        2025-02-17              Sida 3 av 3
"""
KD, KS, SK = "kommundirektör", "kommunstyrelse", "sölvedals kommun"
KSO = "kommunstyrelsens ordförande"
FC = "förvaltningschef"
KD_LEAD = "Kommundirektören ska inom de ramar som kommunstyrelsen har beslutat särskilt:"
KD_ITEMS = [
    "leda och samordna arbetet i förvaltningarna så att kommunstyrelsens beslut genomförs,",
    "bereda de ärenden som kommunstyrelsen ska avgöra,",
    "ansvara för att förslag till budget och verksamhetsplan tas fram i samarbete med "
    "förvaltningscheferna,",
    "företräda kommunen i kontakter med statliga myndigheter, näringslivet och andra kommuner, "
    "samt",
    "hålla kommunstyrelsens ordförande underrättad om frågor av större vikt.",
]


def kd_item(number, text, actors, verbs, statements):
    return rec(f"3.1.{'abcde'[number - 1]}", text, actors, verbs, statements, doc=D,
               kind="list_item", parent="3.1", label=f"{number}.")


def kd_ska(aim, obj, aim_text=None, modal="ska", deontic="obligation"):
    return st(KD, "Kommundirektören", deontic, modal, aim, aim_text or aim, obj)


KD_1 = ("Enligt 7 kap. 1 § kommunallagen ska kommunstyrelsen anställa en direktör som håller "
        "samman arbetet "
        "i kommunens förvaltningar. Kommundirektören är Sölvedals kommuns högsta tjänsteperson "
        "och är anställd av kommunstyrelsen.")
KD_2 = ("Kommundirektören leder kommunledningskontoret och lyder direkt under "
        "kommunstyrelsen. Förvaltningscheferna rapporterar till kommundirektören i frågor som rör "
        "samordning och uppföljning av verksamheterna.")
KD_4 = ("Under kommundirektören finns en ledningsgrupp där samtliga förvaltningschefer ingår. "
        "Ledningsgruppen sammanträder varannan vecka och leds av kommundirektören. "
        "Förvaltningscheferna bör i ledningsgruppen ta upp frågor som berör flera förvaltningar.")
KD_5 = ("Kommundirektören får besluta i de ärenden som anges i kommunstyrelsens "
        "delegationsordning. Kommundirektören får inte anställa förvaltningschefer utan att "
        "kommunstyrelsens ordförande har hörts. Vid kommundirektörens frånvaro tjänstgör "
        "biträdande kommundirektör.")
KD_6 = "Instruktionen ska ses över av kommunstyrelsen en gång per mandatperiod."
KDR = [
    rec("m1", "SÖLVEDALS KOMMUN STYRDOKUMENT Kommunstyrelsen Dnr KS 2025/0077",
        [("SÖLVEDALS KOMMUN", SK, ORG), ("Kommunstyrelsen", KS, POL)], doc=D),
    rec("title", "Instruktion för kommundirektören i Sölvedals kommun",
        [("kommundirektören", KD, TJP), ("Sölvedals kommun", SK, ORG)], doc=D, kind="heading"),
    rec("m2", "Antagen av kommunstyrelsen 2025-02-17, § 23. Gäller från 2025-03-01.",
        [("kommunstyrelsen", KS, POL)], doc=D),
    rec("1", "Bakgrund", doc=D, kind="heading", label="1."),
    rec("1.1", KD_1,
        [("kommunstyrelsen", KS, POL), ("direktör", "direktör", TJP),
         ("kommunens", SK, ORG), ("förvaltningar", "förvaltning", FORV),
         ("Kommundirektören", KD, TJP), ("Sölvedals kommuns", SK, ORG),
         ("kommunstyrelsen", KS, POL, 1)],
        [SKA, ("anställa", "anställa", "inf", "act"), ("håller", "hålla", "pres", "act"), AR,
         ("är", "vara", "pres", "act", 1)],
        [st(KS, "kommunstyrelsen", "obligation", "ska", "anställa", "anställa",
            "en direktör som håller samman arbetet i kommunens förvaltningar",
            condition="Enligt 7 kap. 1 § kommunallagen"),
         st(KD, "Kommundirektören", "none", None, "vara", "är",
            "Sölvedals kommuns högsta tjänsteperson"),
         st(KD, "Kommundirektören", "none", None, "vara", "är", "anställd av kommunstyrelsen")],
        doc=D, parent="1"),
    rec("2", "Ställning", doc=D, kind="heading", label="2."),
    rec("2.1", KD_2,
        [("Kommundirektören", KD, TJP), ("kommunledningskontoret", "kommunledningskontor", FORV),
         ("kommunstyrelsen", KS, POL), ("Förvaltningscheferna", FC, TJP),
         ("kommundirektören", KD, TJP)],
        [("leder", "leda", "pres", "act"), ("lyder", "lyda", "pres", "act"),
         ("rapporterar", "rapportera", "pres", "act"), ("rör", "röra", "pres", "act")],
        [st(KD, "Kommundirektören", "none", None, "leda", "leder", "kommunledningskontoret"),
         st(KD, "Kommundirektören", "none", None, "lyda", "lyder", "under kommunstyrelsen"),
         st(FC, "Förvaltningscheferna", "none", None, "rapportera", "rapporterar",
            "till kommundirektören i frågor som rör samordning och uppföljning av "
            "verksamheterna")], doc=D, parent="2"),
    rec("3", "Uppgifter", doc=D, kind="heading", label="3."),
    rec("3.1", KD_LEAD, [("Kommundirektören", KD, TJP), ("kommunstyrelsen", KS, POL)],
        [SKA, HAR, ("beslutat", "besluta", "sup", "act")], doc=D, parent="3"),
    kd_item(1, KD_ITEMS[0],
            [("förvaltningarna", "förvaltning", FORV), ("kommunstyrelsens", KS, POL)],
            [("leda", "leda", "inf", "act"), ("samordna", "samordna", "inf", "act"),
             ("genomförs", "genomföra", "pres", "pass")],
            [kd_ska("leda", "arbetet i förvaltningarna så att kommunstyrelsens beslut genomförs"),
             kd_ska("samordna",
                    "arbetet i förvaltningarna så att kommunstyrelsens beslut genomförs")]),
    kd_item(2, KD_ITEMS[1], [("kommunstyrelsen", KS, POL)],
            [("bereda", "bereda", "inf", "act"), SKA, ("avgöra", "avgöra", "inf", "act")],
            [kd_ska("bereda", "de ärenden som kommunstyrelsen ska avgöra")]),
    kd_item(3, KD_ITEMS[2], [("förvaltningscheferna", FC, TJP)],
            [("ansvara", "ansvara", "inf", "act"), ("tas", "ta", "pres", "pass")],
            [kd_ska("ansvara", "att förslag till budget och verksamhetsplan tas fram i samarbete "
                    "med förvaltningscheferna", modal="ska ansvara för")]),
    kd_item(4, KD_ITEMS[3],
            [("kommunen", SK, ORG), ("myndigheter", "myndighet", EXT),
             ("näringslivet", "näringsliv", EXT), ("kommuner", "kommun", ORG)],
            [("företräda", "företräda", "inf", "act")],
            [kd_ska("företräda", "kommunen i kontakter med statliga myndigheter, näringslivet "
                    "och andra kommuner")]),
    kd_item(5, KD_ITEMS[4], [("kommunstyrelsens ordförande", KSO, FTV)],
            [("hålla", "hålla", "inf", "act")],
            [kd_ska("hålla", "kommunstyrelsens ordförande underrättad om frågor av större vikt")]),
    rec("4", "Ledningsgrupp", [("Ledningsgrupp", "ledningsgrupp", FORV)], doc=D, kind="heading",
        label="4."),
    rec("4.1", KD_4,
        [("kommundirektören", KD, TJP), ("ledningsgrupp", "ledningsgrupp", FORV),
         ("förvaltningschefer", FC, TJP), ("Ledningsgruppen", "ledningsgrupp", FORV),
         ("kommundirektören", KD, TJP, 1), ("Förvaltningscheferna", FC, TJP),
         ("ledningsgruppen", "ledningsgrupp", FORV), ("förvaltningar", "förvaltning", FORV)],
        [("finns", "finnas", "pres", "act"), ("ingår", "ingå", "pres", "act"),
         ("sammanträder", "sammanträda", "pres", "act"), ("leds", "leda", "pres", "pass"), BOR,
         ("ta", "ta", "inf", "act"), ("berör", "beröra", "pres", "act")],
        [st("ledningsgrupp", "ledningsgrupp", "none", None, "finnas", "finns"),
         st("ledningsgrupp", "Ledningsgruppen", "none", None, "sammanträda", "sammanträder",
            "varannan vecka"),
         st(KD, "kommundirektören", "none", None, "leda", "leds", "Ledningsgruppen",
            passive=True),
         st(FC, "Förvaltningscheferna", "recommendation", "bör", "ta", "ta",
            "frågor som berör flera förvaltningar")], doc=D, parent="4"),
    rec("5", "Delegation och ersättare", doc=D, kind="heading", label="5."),
    rec("5.1", KD_5,
        [("Kommundirektören", KD, TJP), ("kommunstyrelsens", KS, POL),
         ("Kommundirektören", KD, TJP, 1), ("förvaltningschefer", FC, TJP),
         ("kommunstyrelsens ordförande", KSO, FTV), ("kommundirektörens", KD, TJP),
         ("biträdande kommundirektör", "biträdande kommundirektör", TJP)],
        [FAR, ("besluta", "besluta", "inf", "act"), ("anges", "ange", "pres", "pass"),
         ("får", "få", "pres", "act", 1), ("anställa", "anställa", "inf", "act"), HAR,
         ("hörts", "höra", "sup", "pass"), ("tjänstgör", "tjänstgöra", "pres", "act")],
        [st(KD, "Kommundirektören", "permission", "får", "besluta", "besluta",
            "i de ärenden som anges i kommunstyrelsens delegationsordning"),
         st(KD, "Kommundirektören", "prohibition", "får inte", "anställa", "anställa",
            "förvaltningschefer", negated=True),
         st("biträdande kommundirektör", "biträdande kommundirektör", "none", None,
            "tjänstgöra", "tjänstgör", condition="Vid kommundirektörens frånvaro")],
        doc=D, parent="5"),
    rec("6", "Uppföljning", doc=D, kind="heading", label="6."),
    rec("6.1", KD_6, [("kommunstyrelsen", KS, POL)], [SKA, ("ses", "se", "inf", "pass")],
        [st(KS, "kommunstyrelsen", "obligation", "ska", "se", "ses", "Instruktionen",
            passive=True)], doc=D, parent="6"),
]


# (c) bolagsordning + ägardirektiv copied from a municipality's web page ---------------------
D = "w44-z-energi"
LE, LK, KF = "ljungbacka energi ab", "ljungbacka kommun", "kommunfullmäktige"
VD = "verkställande direktör"
EN_PARTS = {
    "title": "Ljungbacka Energi AB",
    "m1": "Senast uppdaterad 3 mars 2025",
    "h1": "Bolagsordning för Ljungbacka Energi AB",
    "§1": "§ 1 Firma Bolagets firma är Ljungbacka Energi AB.",
    "§2": "§ 2 Säte Bolagets styrelse har sitt säte i Ljungbacka kommun, Västra Götalands län.",
    "§3": "§ 3 Verksamhet Bolaget ska inom Ljungbacka kommun: • producera och distribuera "
          "fjärrvärme • äga och förvalta anläggningar för elproduktion • erbjuda "
          "energirådgivning till kommunens invånare",
    "§4": "§ 4 Ändamål Bolagets ändamål är att under iakttagande av likställighetsprincipen "
          "främja en trygg energiförsörjning i kommunen.",
    "§5": "§ 5 Styrelse Styrelsen består av minst fem och högst sju ledamöter utan suppleanter. "
          "Ledamöterna utses av kommunfullmäktige i Ljungbacka kommun för fyra år i taget.",
    "§6": "§ 6 Revisorer För att granska räkenskaperna ska årsstämman välja en revisor. "
          "Kommunfullmäktige utser en lekmannarevisor.",
    "§7": "§ 7 Fullmäktiges godkännande Bolaget ska låta kommunfullmäktige yttra sig innan "
          "bolaget fattar beslut i frågor av principiell art.",
    "h2": "Ägardirektiv för Ljungbacka Energi AB",
    "1": "1. Ägarens styrning Kommunfullmäktige beslutar om ägardirektiv till bolaget. "
         "Kommunstyrelsen utövar uppsikt över bolaget och kan begära in de uppgifter som "
         "uppsikten kräver.",
    "2": "2. Rapportering Bolaget ansvarar för: - att lämna delårsrapport till kommunstyrelsen "
         "senast den 31 augusti - att hålla kommunen informerad om händelser av väsentlig "
         "betydelse - en årlig redovisning av hur ägardirektiven har följts",
    "3": "3. Verkställande direktör VD sköter den dagliga driften enligt de riktlinjer som "
         "styrelsen lämnar. VD får inte utan styrelsens beslut teckna avtal som överstiger 5 "
         "miljoner kronor.",
    "share": "Dela sidan: Facebook LinkedIn E-post",
}
EN_TEXT = ("Hoppa till innehåll\nMeny\nSök\nUppleva och göra\nNäringsliv och arbete\n"
           "Startsida › Kommun och politik › Bolag och förbund › Ljungbacka Energi AB\n\n"
           + "\n\n".join(EN_PARTS.values())
           + "\nLjungbacka kommun | Storgatan 4 | 462 80 Ljungbacka | Tel 0521-78 90 00\n"
           "Vi använder kakor för att förbättra webbplatsen. Läs mer om kakor\n"
           "© Ljungbacka kommun 2025\n")
EN_ITEMS_3 = ["producera och distribuera fjärrvärme", "äga och förvalta anläggningar för "
              "elproduktion", "erbjuda energirådgivning till kommunens invånare"]
EN_ITEMS_2 = ["att lämna delårsrapport till kommunstyrelsen senast den 31 augusti",
              "att hålla kommunen informerad om händelser av väsentlig betydelse",
              "en årlig redovisning av hur ägardirektiven har följts"]


def bolaget(deontic, modal, aim, aim_text, obj, actor_text="Bolaget"):
    return st(LE, actor_text, deontic, modal, aim, aim_text, obj)


def heading_and_text(cid, label, heading, text, actors=(), verbs=(), statements=(),
                     heading_actors=()):
    return [rec(cid, heading, heading_actors, doc=D, kind="heading", label=label),
            rec(f"{cid}.1", text, actors, verbs, statements, doc=D, parent=cid)]


def en_item(cid, text, actors, verbs, statements, label):
    return rec(cid, text, actors, verbs, statements, doc=D, kind="list_item",
               parent=cid.rsplit(".", 1)[0], label=label)


EN = [
    rec("title", "Ljungbacka Energi AB", [("Ljungbacka Energi AB", LE, ORG)], doc=D,
        kind="heading"),
    rec("m1", EN_PARTS["m1"], doc=D),
    rec("h1", EN_PARTS["h1"], [("Ljungbacka Energi AB", LE, ORG)], doc=D, kind="heading"),
    *heading_and_text("§1", "§ 1", "Firma", "Bolagets firma är Ljungbacka Energi AB.",
                      [("Bolagets", LE, ORG)], [AR]),
    *heading_and_text("§2", "§ 2", "Säte",
                      "Bolagets styrelse har sitt säte i Ljungbacka kommun, Västra Götalands "
                      "län.",
                      [("Bolagets", LE, ORG), ("styrelse", "styrelse", POL),
                       ("Ljungbacka kommun", LK, ORG)],
                      [HAR],
                      [st("styrelse", "styrelse", "none", None, "ha", "har",
                          "sitt säte i Ljungbacka kommun, Västra Götalands län")]),
    rec("§3", "Verksamhet", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", "Bolaget ska inom Ljungbacka kommun:",
        [("Bolaget", LE, ORG), ("Ljungbacka kommun", LK, ORG)], [SKA], doc=D, parent="§3"),
    en_item("§3.1.a", EN_ITEMS_3[0], (), [("producera", "producera", "inf", "act"),
                                          ("distribuera", "distribuera", "inf", "act")],
            [bolaget("obligation", "ska", "producera", "producera", "fjärrvärme"),
             bolaget("obligation", "ska", "distribuera", "distribuera", "fjärrvärme")], "•"),
    en_item("§3.1.b", EN_ITEMS_3[1], (), [("äga", "äga", "inf", "act"),
                                          ("förvalta", "förvalta", "inf", "act")],
            [bolaget("obligation", "ska", "äga", "äga", "anläggningar för elproduktion"),
             bolaget("obligation", "ska", "förvalta", "förvalta",
                     "anläggningar för elproduktion")], "•"),
    en_item("§3.1.c", EN_ITEMS_3[2], [("kommunens", LK, ORG), ("invånare", "invånare", EXT)],
            [("erbjuda", "erbjuda", "inf", "act")],
            [bolaget("obligation", "ska", "erbjuda", "erbjuda",
                     "energirådgivning till kommunens invånare")], "•"),
    *heading_and_text("§4", "§ 4", "Ändamål",
                      "Bolagets ändamål är att under iakttagande av likställighetsprincipen "
                      "främja en trygg energiförsörjning i kommunen.",
                      [("Bolagets", LE, ORG)], [AR, ("främja", "främja", "inf", "act")]),
    *heading_and_text("§5", "§ 5", "Styrelse",
                      "Styrelsen består av minst fem och högst sju ledamöter utan suppleanter. "
                      "Ledamöterna utses av kommunfullmäktige i Ljungbacka kommun för fyra år i "
                      "taget.",
                      [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
                       ("suppleanter", "suppleant", FTV), ("Ledamöterna", "ledamot", FTV),
                       ("kommunfullmäktige", KF, POL), ("Ljungbacka kommun", LK, ORG)],
                      [("består", "bestå", "pres", "act"), ("utses", "utse", "pres", "pass")],
                      [st("styrelse", "Styrelsen", "none", None, "bestå", "består",
                          "av minst fem och högst sju ledamöter utan suppleanter"),
                       st(KF, "kommunfullmäktige", "none", None, "utse", "utses",
                          "Ledamöterna", passive=True)],
                      [("Styrelse", "styrelse", POL)]),
    *heading_and_text("§6", "§ 6", "Revisorer",
                      "För att granska räkenskaperna ska årsstämman välja en revisor. "
                      "Kommunfullmäktige utser en lekmannarevisor.",
                      [("årsstämman", "årsstämma", POL), ("revisor", "revisor", FTV),
                       ("Kommunfullmäktige", KF, POL),
                       ("lekmannarevisor", "lekmannarevisor", FTV)],
                      [("granska", "granska", "inf", "act"), SKA,
                       ("välja", "välja", "inf", "act"), ("utser", "utse", "pres", "act")],
                      [st("årsstämma", "årsstämman", "obligation", "ska", "välja", "välja",
                          "en revisor"),
                       st(KF, "Kommunfullmäktige", "none", None, "utse", "utser",
                          "en lekmannarevisor")],
                      [("Revisorer", "revisor", FTV)]),
    *heading_and_text("§7", "§ 7", "Fullmäktiges godkännande",
                      "Bolaget ska låta kommunfullmäktige yttra sig innan bolaget fattar beslut "
                      "i frågor av principiell art.",
                      [("Bolaget", LE, ORG), ("kommunfullmäktige", KF, POL),
                       ("bolaget", LE, ORG)],
                      [SKA, ("låta", "låta", "inf", "act"), ("yttra", "yttra", "inf", "act"),
                       ("fattar", "fatta", "pres", "act")],
                      [bolaget("obligation", "ska", "låta", "låta",
                               "kommunfullmäktige yttra sig innan bolaget fattar beslut i "
                               "frågor av principiell art")],
                      [("Fullmäktiges", KF, POL)]),
    rec("h2", EN_PARTS["h2"], [("Ljungbacka Energi AB", LE, ORG)], doc=D, kind="heading"),
    *heading_and_text("1", "1.", "Ägarens styrning",
                      "Kommunfullmäktige beslutar om ägardirektiv till bolaget. Kommunstyrelsen "
                      "utövar uppsikt över bolaget och kan begära in de uppgifter som uppsikten "
                      "kräver.",
                      [("Kommunfullmäktige", KF, POL), ("bolaget", LE, ORG),
                       ("Kommunstyrelsen", KS, POL), ("bolaget", LE, ORG, 1)],
                      [("beslutar", "besluta", "pres", "act"), ("utövar", "utöva", "pres", "act"),
                       KAN, ("begära", "begära", "inf", "act"), ("kräver", "kräva", "pres", "act")],
                      [st(KF, "Kommunfullmäktige", "none", None, "besluta", "beslutar",
                          "om ägardirektiv till bolaget"),
                       st(KS, "Kommunstyrelsen", "none", None, "utöva", "utövar",
                          "uppsikt över bolaget"),
                       st(KS, "Kommunstyrelsen", "permission", "kan", "begära", "begära",
                          "de uppgifter som uppsikten kräver")],
                      [("Ägarens", "ägare", ORG)]),
    rec("2", "Rapportering", doc=D, kind="heading", label="2."),
    rec("2.1", "Bolaget ansvarar för:", [("Bolaget", LE, ORG)],
        [("ansvarar", "ansvara", "pres", "act")], doc=D, parent="2"),
    en_item("2.1.a", EN_ITEMS_2[0], [("kommunstyrelsen", KS, POL)],
            [("lämna", "lämna", "inf", "act")],
            [bolaget("responsibility", "ansvarar för", "lämna", "lämna",
                     "delårsrapport till kommunstyrelsen senast den 31 augusti")], "-"),
    en_item("2.1.b", EN_ITEMS_2[1], [("kommunen", LK, ORG)], [("hålla", "hålla", "inf", "act")],
            [bolaget("responsibility", "ansvarar för", "hålla", "hålla",
                     "kommunen informerad om händelser av väsentlig betydelse")], "-"),
    en_item("2.1.c", EN_ITEMS_2[2], (), [HAR, ("följts", "följa", "sup", "pass")],
            [bolaget("responsibility", "ansvarar för", "ansvara", "ansvarar",
                     "en årlig redovisning av hur ägardirektiven har följts")], "-"),
    *heading_and_text("3", "3.", "Verkställande direktör",
                      "VD sköter den dagliga driften enligt de riktlinjer som styrelsen lämnar. "
                      "VD får inte utan styrelsens beslut teckna avtal som överstiger 5 miljoner "
                      "kronor.",
                      [("VD", VD, TJP), ("styrelsen", "styrelse", POL), ("VD", VD, TJP, 1),
                       ("styrelsens", "styrelse", POL)],
                      [("sköter", "sköta", "pres", "act"), ("lämnar", "lämna", "pres", "act"),
                       FAR, ("teckna", "teckna", "inf", "act"),
                       ("överstiger", "överstiga", "pres", "act")],
                      [st(VD, "VD", "none", None, "sköta", "sköter", "den dagliga driften",
                          condition="enligt de riktlinjer som styrelsen lämnar"),
                       st(VD, "VD", "prohibition", "får inte", "teckna", "teckna",
                          "avtal som överstiger 5 miljoner kronor", negated=True)],
                      [("Verkställande direktör", VD, TJP)]),
    rec("share", EN_PARTS["share"], doc=D, kind="heading"),
]


# (d) förbundsordning, a flattened track-changes print: one line a part ----------------------
D = "w44-z-forbund"
NR = "kommunalförbundet nordanå räddningstjänst"
MED, FM = "medlem", "fullmäktige"
FB_TITLE = "FÖRBUNDSORDNING FÖR KOMMUNALFÖRBUNDET NORDANÅ RÄDDNINGSTJÄNST"
FB_ADOPTED = "Antagen av fullmäktige i Tjärnby, Åsmark och Lillnäs kommuner hösten 2025."
FB_1_1 = ("Förbundets namn är Kommunalförbundet Nordanå räddningstjänst. Förbundet har sitt säte "
          "i Tjärnby.")
FB_2_1 = "Medlemmar i förbundet är Tjärnby kommun, Åsmark kommun och Lillnäs kommun"
FB_3_1 = "Förbundet har till uppgift att på uppdrag av medlemmarna:"
FB_ITEMS = ["fullgöra kommunernas uppgifter enligt lagen (2003:778) om skydd mot olyckor,",
            "utöva tillsyn enligt lagen (2010:1011) om brandfarliga och explosiva varor,",
            "bedriva utbildning i brandskydd och i förebyggande arbete mot bränder."]
FB_4_1 = ("Förbundet ska ha en direktion med sju sex ledamöter och sex ersättare. Fullmäktige "
          "i varje medlemskommun utser två ledamöter och två ersättare till direktionen. "
          "Ordförande och vice ordförande väljs av direktionen bland dess ledamöter")
FB_5_1 = ("Direktionen får inrätta ett arbetsutskott och bestämmer själv om dess uppgifter.")
FB_6 = ("Direktionen anställer en förbundschef som leder förbundets verksamhet. "
        "Förbundschefen får inte utan direktionens medgivande teckna avtal med längre löptid "
        "än tre år.")
FB_7_1 = ("Medlemmarnas andelar i förbundets tillgångar och skulder framgår av bilaga 1.")
FB_8_1 = ("Direktionen ska anta budgeten senast den 31 oktober. Medlemmarna bör få "
          "yttra sig över förslaget innan budgeten fastställs.")
FB_9_1 = ("Förbundets verksamhet granskas av revisorer som väljs av medlemskommunernas "
          "fullmäktige. Om en medlem begär det ska revisorerna lämna en särskild rapport till "
          "direktionen.")
FB_LINES = [
    FB_TITLE, FB_ADOPTED,
    f"I ALLMÄNNA BESTÄMMELSER 1 § Namn och säte {FB_1_1} 2 § Medlemmar {FB_2_1} 3 § Ändamål "
    f"{FB_3_1} " + " ".join(f"- {item}" for item in FB_ITEMS),
    f"II ORGANISATION 4 § Direktion {FB_4_1} 5 § Arbetsutskott {FB_5_1} FÖRBUNDSCHEF 6 § {FB_6}",
    f"III EKONOMI 7 § Andelar {FB_7_1} 8 § Budget {FB_8_1} 9 § Revision {FB_9_1}",
]
FB_TEXT = "\n".join(FB_LINES) + "\n"
FORBUNDET = ("Förbundet", NR, ORG)
HAR_TILL = "har till uppgift att"


def fb_heading(cid, label, text, actors=()):
    return rec(cid, text, actors, doc=D, kind="heading", label=label)


def fb_item(letter, text, verb, obj, condition):
    return rec(f"§3.1.{letter}", text, [("kommunernas", "kommun", ORG)] if letter == "a" else (),
               [(verb, verb, "inf", "act")],
               [st(NR, "Förbundet", "obligation", HAR_TILL, verb, verb, obj,
                   condition=condition)], doc=D, kind="list_item", parent="§3.1", label="-")


FB = [
    rec("title", FB_TITLE, [("KOMMUNALFÖRBUNDET NORDANÅ RÄDDNINGSTJÄNST", NR, ORG)], doc=D,
        kind="heading"),
    rec("m1", FB_ADOPTED,
        [("fullmäktige", FM, POL), ("Tjärnby", "tjärnby kommun", ORG),
         ("Åsmark", "åsmark kommun", ORG), ("Lillnäs kommuner", "lillnäs kommun", ORG)], doc=D),
    fb_heading("I", "I", "ALLMÄNNA BESTÄMMELSER"),
    fb_heading("§1", "1 §", "Namn och säte"),
    rec("§1.1", FB_1_1, [("Förbundets", NR, ORG), FORBUNDET],
        [AR, HAR],
        [st(NR, "Förbundet", "none", None, "ha", "har", "sitt säte i Tjärnby")],
        doc=D, parent="§1"),
    fb_heading("§2", "2 §", "Medlemmar", [("Medlemmar", MED, OVR)]),
    rec("§2.1", FB_2_1,
        [("Medlemmar", MED, OVR), ("förbundet", NR, ORG), ("Tjärnby kommun", "tjärnby kommun", ORG),
         ("Åsmark kommun", "åsmark kommun", ORG), ("Lillnäs kommun", "lillnäs kommun", ORG)],
        [AR],
        [st(MED, "Medlemmar", "none", None, "vara", "är",
            "Tjärnby kommun, Åsmark kommun och Lillnäs kommun")], doc=D, parent="§2"),
    fb_heading("§3", "3 §", "Ändamål"),
    rec("§3.1", FB_3_1, [FORBUNDET, ("medlemmarna", MED, OVR)], [HAR], doc=D, parent="§3"),
    fb_item("a", FB_ITEMS[0], "fullgöra", "kommunernas uppgifter",
            "enligt lagen (2003:778) om skydd mot olyckor"),
    fb_item("b", FB_ITEMS[1], "utöva", "tillsyn",
            "enligt lagen (2010:1011) om brandfarliga och explosiva varor"),
    fb_item("c", FB_ITEMS[2], "bedriva",
            "utbildning i brandskydd och i förebyggande arbete mot bränder", None),
    fb_heading("II", "II", "ORGANISATION"),
    fb_heading("§4", "4 §", "Direktion", [("Direktion", "direktion", POL)]),
    rec("§4.1", FB_4_1,
        [FORBUNDET, ("direktion", "direktion", POL), ("ledamöter", "ledamot", FTV),
         ("ersättare", "ersättare", FTV), ("Fullmäktige", FM, POL),
         # `i varje medlemskommun`: a territory after a place preposition + `varje` (§2.1,
         # round 37, `en ledamot från vardera region`), no actor
         ("ledamöter", "ledamot", FTV, 1),
         ("ersättare", "ersättare", FTV, 1), ("direktionen", "direktion", POL),
         ("Ordförande", "ordförande", FTV), ("vice ordförande", "vice ordförande", FTV),
         ("direktionen", "direktion", POL, 1), ("ledamöter", "ledamot", FTV, 2)],
        [SKA, ("ha", "ha", "inf", "act"), ("utser", "utse", "pres", "act"),
         ("väljs", "välja", "pres", "pass")],
        [st(NR, "Förbundet", "obligation", "ska", "ha", "ha",
            "en direktion med sju sex ledamöter och sex ersättare"),
         st(FM, "Fullmäktige", "none", None, "utse", "utser",
            "två ledamöter och två ersättare till direktionen"),
         st("direktion", "direktionen", "none", None, "välja", "väljs",
            "Ordförande och vice ordförande", passive=True)], doc=D, parent="§4"),
    fb_heading("§5", "5 §", "Arbetsutskott", [("Arbetsutskott", "arbetsutskott", POL)]),
    rec("§5.1", FB_5_1,
        [("Direktionen", "direktion", POL), ("arbetsutskott", "arbetsutskott", POL)],
        [FAR, ("inrätta", "inrätta", "inf", "act"), ("bestämmer", "bestämma", "pres", "act")],
        [st("direktion", "Direktionen", "permission", "får", "inrätta", "inrätta",
            "ett arbetsutskott"),
         st("direktion", "Direktionen", "none", None, "bestämma", "bestämmer",
            "om dess uppgifter")], doc=D, parent="§5"),
    fb_heading("h6", "", "FÖRBUNDSCHEF", [("FÖRBUNDSCHEF", "förbundschef", TJP)]),
    rec("§6", FB_6,
        [("Direktionen", "direktion", POL), ("förbundschef", "förbundschef", TJP),
         ("förbundets", NR, ORG), ("Förbundschefen", "förbundschef", TJP),
         ("direktionens", "direktion", POL)],
        [("anställer", "anställa", "pres", "act"), ("leder", "leda", "pres", "act"), FAR,
         ("teckna", "teckna", "inf", "act")],
        [st("direktion", "Direktionen", "none", None, "anställa", "anställer",
            "en förbundschef som leder förbundets verksamhet"),
         st("förbundschef", "Förbundschefen", "prohibition", "får inte", "teckna", "teckna",
            "avtal med längre löptid än tre år", negated=True)],
        doc=D, label="6 §"),
    fb_heading("III", "III", "EKONOMI"),
    fb_heading("§7", "7 §", "Andelar"),
    rec("§7.1", FB_7_1, [("Medlemmarnas", MED, OVR), ("förbundets", NR, ORG)],
        [("framgår", "framgå", "pres", "act")], doc=D, parent="§7"),
    fb_heading("§8", "8 §", "Budget"),
    rec("§8.1", FB_8_1, [("Direktionen", "direktion", POL), ("Medlemmarna", MED, OVR)],
        [SKA, ("anta", "anta", "inf", "act"), BOR, ("få", "få", "inf", "act"),
         ("yttra", "yttra", "inf", "act"), ("fastställs", "fastställa", "pres", "pass")],
        [st("direktion", "Direktionen", "obligation", "ska", "anta", "anta",
            "budgeten senast den 31 oktober"),
         st(MED, "Medlemmarna", "recommendation", "bör", "få", "få",
            "yttra sig över förslaget innan budgeten fastställs")], doc=D, parent="§8"),
    fb_heading("§9", "9 §", "Revision"),
    rec("§9.1", FB_9_1,
        [("Förbundets", NR, ORG), ("revisorer", "revisor", FTV),
         ("medlemskommunernas", "medlemskommun", ORG), ("fullmäktige", FM, POL),
         ("medlem", MED, OVR), ("revisorerna", "revisor", FTV), ("direktionen", "direktion", POL)],
        [("granskas", "granska", "pres", "pass"), ("väljs", "välja", "pres", "pass"),
         ("begär", "begära", "pres", "act"), SKA, ("lämna", "lämna", "inf", "act")],
        [st("revisor", "revisorer", "none", None, "granska", "granskas",
            "Förbundets verksamhet", passive=True),
         st("revisor", "revisorerna", "obligation", "ska", "lämna", "lämna",
            "en särskild rapport till direktionen", condition="Om en medlem begär det")],
        doc=D, parent="§9"),
]

DOCUMENTS = {"w44-z-omsorg": (OM_TEXT, OM), "w44-z-kommundirektor": (KD_TEXT, KDR),
             "w44-z-energi": (EN_TEXT, EN), "w44-z-forbund": (FB_TEXT, FB)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w44-z", DOCUMENTS)
