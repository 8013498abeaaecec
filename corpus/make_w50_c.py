"""Builds corpus/dev/w50-c.jsonl and the pages corpus/dev/w50-c-*.txt with their gold: invented
material for round 50, writer c (analyses 50-bu C1/C4 and 50-bt G2/b2).
`w50-c-direktor` (an instruktion för förbundsdirektören): lead-ins that break off at their
verb's particle or preposition (`ska sörja för:`, `ska se till:`, `ska verka för:`) over items
`att` + subject + finite verb, each item the object of the lead-in's verb (docs/annotation.md
§5.1); a negative lead-in `ska arbeta för:` over `att` + infinitive items (the item's verb is
the aim); a paragraph of compound `-ansvarig` predicatives before `för` (round 50 R1:
responsibility) beside one without `för` (identification, no statement), a legal status
(`personuppgiftsansvarigt för`: the copula's statement, R1 amended) and a `-ansvarig`
role noun as object. `w50-c-forening` (an association's page): `kan` + the s-passive of a
verb of regarding, comparing or naming (round 47, §5.3: no cue) beside an act done to the
subject (`kan ersättas av`: permission), and verbs in quotation marks (round 50 b2: the
grammar as without the marks), a quoted noun as a negative. Gold by hand before the rules.
Offsets computed. Run: python corpus/make_w50_c.py corpus/dev"""

import sys

from records import AR, FORV, FTV, KAN, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w50-c")

D = "w50-c-direktor"
DIR_TEXT = """Instruktion för förbundsdirektören

Förbundsdirektören ska sörja för:
– att kansliet har en rimlig bemanning,
– att fattade beslut genomförs utan dröjsmål.

Ekonomichefen ska se till:
• att räkenskaperna förs enligt god sed
• att kassan stäms av varje månad.

Skolchefen ska verka för:
• att eleverna får inflytande över undervisningen
• att lärarna deltar i fortbildning.

Nämnden ska arbeta för:
– att utveckla samarbetet med föreningarna
– att stärka biblioteken.

Ekonomichefen är budgetansvarig för förvaltningens anslag. Skolchefen är även \
arbetsmiljöansvarig för skolornas lokaler. Kanslichefen är huvudansvarig. Förbundsdirektören är \
ytterst verksamhetsansvarig för förbundets drift. Nämnden utser en dataskyddsansvarig för \
förvaltningen.

Förbundet är personuppgiftsansvarigt för medlemsregistret.
"""
FD, EK, SK = "förbundsdirektör", "ekonomichef", "skolchef"
C4 = ("Ekonomichefen är budgetansvarig för förvaltningens anslag. Skolchefen är även "
      "arbetsmiljöansvarig för skolornas lokaler. Kanslichefen är huvudansvarig. "
      "Förbundsdirektören är ytterst verksamhetsansvarig för förbundets drift. Nämnden utser en "
      "dataskyddsansvarig för förvaltningen.")
DIR = [
    rec("title", "Instruktion för förbundsdirektören", [("förbundsdirektören", FD, TJP)],
        kind="heading", doc=D),
    rec("1", "Förbundsdirektören ska sörja för:", [("Förbundsdirektören", FD, TJP)],
        [SKA, inf("sörja")], doc=D),
    rec("1.a", "att kansliet har en rimlig bemanning,", [("kansliet", "kansli", FORV)],
        [pres("har", "ha")],
        [st(FD, "Förbundsdirektören", "obligation", "ska", "sörja", "sörja",
            "att kansliet har en rimlig bemanning")],
        kind="list_item", parent="1", label="–", doc=D),
    rec("1.b", "att fattade beslut genomförs utan dröjsmål.", (),
        [pres("genomförs", "genomföra", "pass")],
        [st(FD, "Förbundsdirektören", "obligation", "ska", "sörja", "sörja",
            "att fattade beslut genomförs utan dröjsmål")],
        kind="list_item", parent="1", label="–", doc=D),
    rec("2", "Ekonomichefen ska se till:", [("Ekonomichefen", EK, TJP)], [SKA, inf("se")],
        doc=D),
    rec("2.a", "att räkenskaperna förs enligt god sed", (), [pres("förs", "föra", "pass")],
        [st(EK, "Ekonomichefen", "obligation", "ska se till", "se", "se",
            "att räkenskaperna förs enligt god sed")],
        kind="list_item", parent="2", label="•", doc=D),
    rec("2.b", "att kassan stäms av varje månad.", (), [pres("stäms", "stämma", "pass")],
        [st(EK, "Ekonomichefen", "obligation", "ska se till", "se", "se",
            "att kassan stäms av varje månad")],
        kind="list_item", parent="2", label="•", doc=D),
    rec("3", "Skolchefen ska verka för:", [("Skolchefen", SK, TJP)], [SKA, inf("verka")],
        doc=D),
    rec("3.a", "att eleverna får inflytande över undervisningen",
        [("eleverna", "elev", "extern")], [pres("får", "få")],
        [st(SK, "Skolchefen", "obligation", "ska", "verka", "verka",
            "att eleverna får inflytande över undervisningen")],
        kind="list_item", parent="3", label="•", doc=D),
    rec("3.b", "att lärarna deltar i fortbildning.", [("lärarna", "lärare", TJP)],
        [pres("deltar", "delta")],
        [st(SK, "Skolchefen", "obligation", "ska", "verka", "verka",
            "att lärarna deltar i fortbildning")],
        kind="list_item", parent="3", label="•", doc=D),
    rec("4", "Nämnden ska arbeta för:", [("Nämnden", "nämnd", POL)], [SKA, inf("arbeta")],
        doc=D),
    rec("4.a", "att utveckla samarbetet med föreningarna", [("föreningarna", "förening", ORG)],
        [inf("utveckla")],
        [st("nämnd", "Nämnden", "obligation", "ska", "utveckla", "utveckla",
            "samarbetet med föreningarna")],
        kind="list_item", parent="4", label="–", doc=D),
    rec("4.b", "att stärka biblioteken.", (), [inf("stärka")],
        [st("nämnd", "Nämnden", "obligation", "ska", "stärka", "stärka", "biblioteken")],
        kind="list_item", parent="4", label="–", doc=D),
    rec("5", C4,
        [("Ekonomichefen", EK, TJP), ("förvaltningens", "förvaltning", FORV),
         ("Skolchefen", SK, TJP), ("Kanslichefen", "kanslichef", TJP),
         ("Förbundsdirektören", FD, TJP), ("förbundets", "förbund", ORG),
         ("Nämnden", "nämnd", POL), ("dataskyddsansvarig", "dataskyddsansvarig", TJP),
         ("förvaltningen", "förvaltning", FORV)],
        [AR, ("är", "vara", "pres", "act", 1), ("är", "vara", "pres", "act", 2),
         ("är", "vara", "pres", "act", 3), pres("utser", "utse")],
        [st(EK, "Ekonomichefen", "responsibility", "är budgetansvarig för", "ansvara", "är",
            "förvaltningens anslag"),
         st(SK, "Skolchefen", "responsibility", "är även arbetsmiljöansvarig för", "ansvara",
            "är", "skolornas lokaler"),
         st(FD, "Förbundsdirektören", "responsibility", "är ytterst verksamhetsansvarig för",
            "ansvara", "är", "förbundets drift"),
         st("nämnd", "Nämnden", "none", None, "utse", "utser",
            "en dataskyddsansvarig för förvaltningen")],
        doc=D),
    # a legal status the law defines (R1 amended: legal_status_compounds) is the copula's
    rec("6", "Förbundet är personuppgiftsansvarigt för medlemsregistret.",
        [("Förbundet", "förbund", ORG)], [AR],
        [st("förbund", "Förbundet", "none", None, "vara", "är",
            "personuppgiftsansvarigt för medlemsregistret")],
        doc=D),
]

D = "w50-c-forening"
FOR_TEXT = """Om föreningen

Revisionen kan beskrivas som årsmötets kontrollorgan. Presidiet kan jämföras med en styrgrupp \
för styrelsen. Valberedningen kan närmast liknas vid en rekryteringsgrupp. Kassören kan ses som \
styrelsens ekonomichef. Sekreteraren kan ersättas av kassören. Det kan ses som en brist.

Det är genom stadgarna som föreningen ”bildas”. Årsmötet ”väljer” styrelsen. Styrelsen \
”ansvarar” för kassan. Kassören ska ”sköta” bokföringen. Styrelsen är föreningens ”motor”.
"""
LH = "förening"
P1 = ("Revisionen kan beskrivas som årsmötets kontrollorgan. Presidiet kan jämföras med en "
      "styrgrupp för styrelsen. Valberedningen kan närmast liknas vid en rekryteringsgrupp. "
      "Kassören kan ses som styrelsens ekonomichef. Sekreteraren kan ersättas av kassören. "
      "Det kan ses som en brist.")
P2 = ("Det är genom stadgarna som föreningen ”bildas”. Årsmötet ”väljer” styrelsen. Styrelsen "
      "”ansvarar” för kassan. Kassören ska ”sköta” bokföringen. Styrelsen är föreningens "
      "”motor”.")
FOR = [
    rec("title", "Om föreningen", [("föreningen", LH, ORG)],
        kind="heading", doc=D),
    rec("1", P1,
        [("Revisionen", "revision", POL), ("årsmötets", "årsmöte", OVR),
         ("Presidiet", "presidium", POL), ("styrgrupp", "styrgrupp", FORV),
         ("styrelsen", "styrelse", POL), ("Valberedningen", "valberedning", POL),
         ("Kassören", "kassör", FTV), ("styrelsens", "styrelse", POL),
         ("Sekreteraren", "sekreterare", TJP),
         ("kassören", "kassör", FTV)],
        [KAN, inf("beskrivas", "beskriva", "pass"), ("kan", "kunna", "pres", "act", 1),
         inf("jämföras", "jämföra", "pass"), ("kan", "kunna", "pres", "act", 2),
         inf("liknas", "likna", "pass"), ("kan", "kunna", "pres", "act", 3),
         inf("ses", "se", "pass"), ("kan", "kunna", "pres", "act", 4),
         inf("ersättas", "ersätta", "pass"), ("kan", "kunna", "pres", "act", 5),
         inf("ses", "se", "pass", 1)],
        [st("revision", "Revisionen", "none", None, "beskriva", "beskrivas",
            "som årsmötets kontrollorgan", passive=True),
         st("presidium", "Presidiet", "none", None, "jämföra", "jämföras",
            "med en styrgrupp för styrelsen", passive=True),
         st("valberedning", "Valberedningen", "none", None, "likna", "liknas",
            "vid en rekryteringsgrupp", passive=True),
         st("kassör", "Kassören", "none", None, "se", "ses", "som styrelsens ekonomichef",
            passive=True),
         st("kassör", "kassören", "permission", "kan", "ersätta", "ersättas", "Sekreteraren",
            passive=True)],
        doc=D),
    rec("2", P2,
        [("föreningen", LH, ORG), ("Årsmötet", "årsmöte", OVR), ("styrelsen", "styrelse", POL),
         ("Styrelsen", "styrelse", POL), ("Kassören", "kassör", FTV),
         ("Styrelsen", "styrelse", POL, 1), ("föreningens", LH, ORG)],
        [AR, pres("bildas", "bilda", "pass"), pres("väljer", "välja"),
         pres("ansvarar", "ansvara"), SKA, inf("sköta"), ("är", "vara", "pres", "act", 1)],
        [st(LH, "föreningen", "none", None, "bilda", "bildas", passive=True),
         st("årsmöte", "Årsmötet", "none", None, "välja", "väljer", "styrelsen"),
         st("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "kassan"),
         st("kassör", "Kassören", "obligation", "ska", "sköta", "sköta", "bokföringen"),
         st("styrelse", "Styrelsen", "none", None, "vara", "är", "föreningens ”motor”")],
        doc=D),
]

DOCUMENTS = {"w50-c-direktor": (DIR_TEXT, DIR), "w50-c-forening": (FOR_TEXT, FOR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w50-c", DOCUMENTS)
