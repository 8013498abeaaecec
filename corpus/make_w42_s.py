"""Builds corpus/dev/w42-s.jsonl and the small documents corpus/dev/w42-s-*.txt with their
gold: invented material for round 42, writer S (analysis 42-bb, segmentation causes; gold by
hand from docs/annotation.md before the rules): bb-S1 a docplayer body line opening with the
first section's number and the printed page counter ``1 1`` before the title repeat and an
adoption line whose § number was lost (`w42-s-kultur`: split as a flattened body line); bb-S2
a heading whose sentence opens with a long subject, its verb late: a comma series of nouns
with an ``att``-infinitive (`w42-s-fritid`, after ``1 1`` too), an article and coordinated
adjectives after a one-word heading (`w42-s-agarpolicy`), a quantifier and a name after a
link (`w42-s-upphandling`, with the negative of a capitalised comma series after a verb's
preposition inside a sentence); bb-S3 ``N kap. M <Lagnamn>`` references whose § was lost
(`w42-s-ovriga`; the negative ``3 kap 12 Aktiebolagslagen`` in a one-paragraph line,
`w42-s-stiftelse`); bb-S4 a colon-less lead-in with ``följande`` before inline items
``1.``–``4.``, one capitalised and one after ``, eller``, a paragraph after the last
(`w42-s-ovriga`); bb-S6 a document viewer's wrapper lines in blank-line blocks beside a
``Roll: Namn`` block (`w42-s-visning`). Review 42a: the negative of a numbered item
opening with a subordinator (`w42-s-stipendier`). Offsets computed.
Run: python corpus/make_w42_s.py corpus/dev"""

import sys

from records import AR, EXT, FTV, KAN, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w42-s", conditions_from_statements=True)

FAR = ("får", "få", "pres", "act")

D = "w42-s-kultur"
KUL_TEXT = """Instruktion för kulturnämnden

1 1 Instruktion för kulturnämnden Antagen av kulturnämnden , 12 Allmänna bestämmelser \
Nämnden beslutar om bidrag till föreningar. Har ordföranden förhinder inträder vice \
ordföranden. Fördelning av ansvar Med kulturverksamhet avses all verksamhet inom kultur och \
bibliotek.
"""
KN = "kulturnämnd"
KUL_1 = ("Nämnden beslutar om bidrag till föreningar. Har ordföranden förhinder inträder vice "
         "ordföranden.")
KUL = [
    rec("title", "Instruktion för kulturnämnden", [("kulturnämnden", KN, POL)], doc=D,
        kind="heading"),
    rec("1", "Instruktion för kulturnämnden", [("kulturnämnden", KN, POL)], doc=D,
        kind="heading", label="1 1"),
    rec("m1", "Antagen av kulturnämnden , 12", [("kulturnämnden", KN, POL)], doc=D,
        kind="paragraph"),
    rec("h1", "Allmänna bestämmelser", doc=D, kind="heading", parent="1"),
    rec("1.1", KUL_1,
        [("Nämnden", "nämnd", POL), ("föreningar", "förening", ORG),
         ("ordföranden", "kulturnämndens ordförande", FTV),
         ("vice ordföranden", "kulturnämndens vice ordförande", FTV)],
        [pres("beslutar", "besluta"), pres("Har", "ha"), pres("inträder", "inträda")],
        [st("nämnd", "Nämnden", "none", None, "besluta", "beslutar", "om bidrag till föreningar"),
         st("kulturnämndens vice ordförande", "vice ordföranden", "none", None, "inträda",
            "inträder", condition="Har ordföranden förhinder")], doc=D, parent="1"),
    rec("h2", "Fördelning av ansvar", doc=D, kind="heading", parent="1"),
    rec("1.2", "Med kulturverksamhet avses all verksamhet inom kultur och bibliotek.", [],
        [pres("avses", "avse", "pass")], doc=D, parent="1"),
]

D = "w42-s-fritid"
FRI_TEXT = """Reglemente för fritidsnämnden

1 1 Reglemente för fritidsnämnden Antagen av fritidsnämnden , 7 Allmänna bestämmelser \
Bidrag, stipendier och rätt att fördela medel inom dessa delegeras till utskottet. Nämnden \
sammanträder varje månad och håller sina sammanträden i stadshuset.
"""
FN = "fritidsnämnd"
FRI_1 = ("Bidrag, stipendier och rätt att fördela medel inom dessa delegeras till utskottet. "
         "Nämnden sammanträder varje månad och håller sina sammanträden i stadshuset.")
FRI = [
    rec("title", "Reglemente för fritidsnämnden", [("fritidsnämnden", FN, POL)], doc=D,
        kind="heading"),
    rec("1", "Reglemente för fritidsnämnden", [("fritidsnämnden", FN, POL)], doc=D,
        kind="heading", label="1 1"),
    rec("m1", "Antagen av fritidsnämnden , 7", [("fritidsnämnden", FN, POL)], doc=D,
        kind="paragraph"),
    rec("h1", "Allmänna bestämmelser", doc=D, kind="heading", parent="1"),
    rec("1.1", FRI_1, [("utskottet", "utskott", POL), ("Nämnden", "nämnd", POL)],
        [inf("fördela"), pres("delegeras", "delegera", "pass"),
         pres("sammanträder", "sammanträda"), pres("håller", "hålla")],
        [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder", "varje månad"),
         st("nämnd", "Nämnden", "none", None, "hålla", "håller",
            "sina sammanträden i stadshuset")], doc=D, parent="1"),
]

D = "w42-s-agarpolicy"
AGP_TEXT = """Ägarpolicy för Norrvik kommun

1 Ägarpolicy för Norrvik kommun Bakgrund De hel- och halvägda bolagen är verktyg för \
kommunen och dess invånare. Kommunstyrelsen ska samordna ägarstyrningen av bolagen. Bolagen \
ska varje år lämna en rapport till kommunstyrelsen om sin verksamhet.
"""
NK = "norrvik kommun"
KS = "kommunstyrelse"
AGP_1 = ("De hel- och halvägda bolagen är verktyg för kommunen och dess invånare. "
         "Kommunstyrelsen ska samordna ägarstyrningen av bolagen. Bolagen ska varje år lämna en "
         "rapport till kommunstyrelsen om sin verksamhet.")
AGP = [
    rec("title", "Ägarpolicy för Norrvik kommun", [("Norrvik kommun", NK, ORG)], doc=D,
        kind="heading"),
    rec("1", "Ägarpolicy för Norrvik kommun", [("Norrvik kommun", NK, ORG)], doc=D,
        kind="heading", label="1"),
    rec("h1", "Bakgrund", doc=D, kind="heading", parent="1"),
    rec("1.1", AGP_1,
        [("bolagen", "bolag", ORG), ("kommunen", NK, ORG), ("invånare", "invånare", EXT),
         ("Kommunstyrelsen", KS, POL), ("bolagen", "bolag", ORG, 1),
         ("Bolagen", "bolag", ORG), ("kommunstyrelsen", KS, POL)],
        [AR, SKA, inf("samordna"), ("ska", "skola", "pres", "act", 1), inf("lämna")],
        [st("bolag", "bolagen", "none", None, "vara", "är",
            "verktyg för kommunen och dess invånare"),
         st(KS, "Kommunstyrelsen", "obligation", "ska", "samordna", "samordna",
            "ägarstyrningen av bolagen"),
         st("bolag", "Bolagen", "obligation", "ska", "lämna", "lämna",
            "en rapport till kommunstyrelsen om sin verksamhet")], doc=D, parent="1"),
]

D = "w42-s-upphandling"
UPH_TEXT = """Riktlinje för upphandling i Norrvik kommun

1 Riktlinje för upphandling i Norrvik kommun Omfattning Alla bolag i Norrvik kommun följer \
denna riktlinje vid köp av varor och tjänster. Kommunstyrelsen beslutar om Bidrag, stipendier \
och lån till föreningar. Kommunstyrelsen följer upp riktlinjen varje år.
"""
UPH_1 = ("Alla bolag i Norrvik kommun följer denna riktlinje vid köp av varor och tjänster. "
         "Kommunstyrelsen beslutar om Bidrag, stipendier och lån till föreningar. "
         "Kommunstyrelsen följer upp riktlinjen varje år.")
UPH = [
    rec("title", "Riktlinje för upphandling i Norrvik kommun", [("Norrvik kommun", NK, ORG)],
        doc=D, kind="heading"),
    rec("1", "Riktlinje för upphandling i Norrvik kommun", [("Norrvik kommun", NK, ORG)],
        doc=D, kind="heading", label="1"),
    rec("h1", "Omfattning", doc=D, kind="heading", parent="1"),
    rec("1.1", UPH_1,
        [("bolag", "bolag", ORG), ("Norrvik kommun", NK, ORG), ("Kommunstyrelsen", KS, POL),
         ("föreningar", "förening", ORG), ("Kommunstyrelsen", KS, POL, 1)],
        [pres("följer", "följa"), pres("beslutar", "besluta"), pres("följer", "följa", nth=1)],
        [st("bolag", "bolag", "none", None, "följa", "följer",
            "denna riktlinje vid köp av varor och tjänster"),
         st(KS, "Kommunstyrelsen", "none", None, "besluta", "beslutar",
            "om Bidrag, stipendier och lån till föreningar"),
         st(KS, "Kommunstyrelsen", "none", None, "följa", "följer", "riktlinjen varje år")],
        doc=D, parent="1"),
]

D = "w42-s-ovriga"
OVR_TEXT = """Delegationsordning för servicenämnden i Västerby

2 Om delegering Enligt 6 kap. 37 Kommunallagen får en nämnd uppdra åt ett utskott att \
besluta. Nämnden kan när som helst återkalla ett uppdrag. I följande slag av ärenden kan \
beslutsrätten inte överlåtas enligt 6 kap. 38 KL 1. ärenden om nämndens budget. 2. yttranden \
till fullmäktige. 3. Ärenden som väckts genom motion, eller 4. ärenden som enligt lag inte får \
delegeras. Alla delegationsbeslut ska anmälas till nämnden.
"""
OVR_1 = ("Enligt 6 kap. 37 Kommunallagen får en nämnd uppdra åt ett utskott att besluta. Nämnden "
         "kan när som helst återkalla ett uppdrag.")
OVR_LEAD = "I följande slag av ärenden kan beslutsrätten inte överlåtas enligt 6 kap. 38 KL"
OVR_ITEMS = [
    ("ärenden om nämndens budget.", [("nämndens", "nämnd", POL)], []),
    ("yttranden till fullmäktige.", [("fullmäktige", "fullmäktige", POL)], []),
    ("Ärenden som väckts genom motion, eller", [], [("väckts", "väcka", "sup", "pass")]),
    ("ärenden som enligt lag inte får delegeras.", [],
     [FAR, inf("delegeras", "delegera", "pass")]),
]


def not_handed_over(item):
    return st(None, None, "prohibition", "kan", "överlåta", "överlåtas",
              item.rstrip(".").removesuffix(", eller"), passive=True, negated=True)


OVR = [
    rec("title", "Delegationsordning för servicenämnden i Västerby",
        [("servicenämnden", "servicenämnd", POL)], doc=D, kind="heading"),
    rec("2", "Om delegering", doc=D, kind="heading", label="2"),
    rec("2.1", OVR_1,
        [("nämnd", "nämnd", POL), ("utskott", "utskott", POL), ("Nämnden", "nämnd", POL)],
        [FAR, inf("uppdra"), inf("besluta"), KAN, inf("återkalla")],
        [st("nämnd", "nämnd", "permission", "får", "uppdra", "uppdra",
            "åt ett utskott att besluta", condition="Enligt 6 kap. 37 Kommunallagen"),
         st("nämnd", "Nämnden", "permission", "kan", "återkalla", "återkalla", "ett uppdrag")],
        doc=D, parent="2"),
    rec("2.2", OVR_LEAD, [], [KAN, inf("överlåtas", "överlåta", "pass")], doc=D, parent="2"),
    *[rec(f"2.2.{letter}", item, actors, verbs, [not_handed_over(item)], doc=D,
          kind="list_item", parent="2.2", label=f"{number}.")
      for number, (letter, (item, actors, verbs)) in enumerate(
          zip("abcd", OVR_ITEMS, strict=True), start=1)],
    rec("2.3", "Alla delegationsbeslut ska anmälas till nämnden.", [("nämnden", "nämnd", POL)],
        [SKA, inf("anmälas", "anmäla", "pass")],
        [st(None, None, "obligation", "ska", "anmäla", "anmälas", "Alla delegationsbeslut",
            passive=True)], doc=D, parent="2"),
]

D = "w42-s-stiftelse"
STI_TEXT = """Instruktion för styrelsen i Åby stiftelse

Styrelsen får enligt 3 kap 12 Aktiebolagslagen utse en ställföreträdare för ordföranden. \
Styrelsen sammanträder minst fyra gånger per år och håller sina sammanträden i stiftelsens \
lokaler i Åby.
"""
STI_1 = STI_TEXT.split("\n")[2]
STI = [
    rec("title", "Instruktion för styrelsen i Åby stiftelse",
        [("styrelsen", "styrelse", POL), ("stiftelse", "stiftelse", ORG)], doc=D,
        kind="heading"),
    rec("1", STI_1,
        [("Styrelsen", "styrelse", POL), ("ställföreträdare", "ställföreträdare", TJP),
         ("ordföranden", "ordförande", FTV), ("Styrelsen", "styrelse", POL, 1),
         ("stiftelsens", "stiftelse", ORG)],
        [FAR, inf("utse"), pres("sammanträder", "sammanträda"), pres("håller", "hålla")],
        [st("styrelse", "Styrelsen", "permission", "får", "utse", "utse",
            "en ställföreträdare för ordföranden",
            condition="enligt 3 kap 12 Aktiebolagslagen"),
         st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "minst fyra gånger per år"),
         st("styrelse", "Styrelsen", "none", None, "hålla", "håller",
            "sina sammanträden i stiftelsens lokaler i Åby")], doc=D),
]

D = "w42-s-visning"
VIS_TEXT = """Reglemente för miljönämnden i Västerby

Save this PDF as:
 WORD  PNG  TXT  JPG

Miljönämnden ansvarar för tillsynen enligt miljöbalken.

Starta visningen från sidan:
Storlek: px

Ordförande: Karin Dahl
Sekreterare: Nils Ek
"""
MN = "miljönämnd"
VIS = [
    rec("title", "Reglemente för miljönämnden i Västerby", [("miljönämnden", MN, POL)], doc=D,
        kind="heading"),
    rec("m1", "Save this PDF as:", doc=D, kind="paragraph"),
    rec("m2", "WORD PNG TXT JPG", doc=D, kind="paragraph"),
    rec("1", "Miljönämnden ansvarar för tillsynen enligt miljöbalken.",
        [("Miljönämnden", MN, POL)], [pres("ansvarar", "ansvara")],
        [st(MN, "Miljönämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för tillsynen", condition="enligt miljöbalken")], doc=D),
    rec("m3", "Starta visningen från sidan:", doc=D, kind="paragraph"),
    rec("m4", "Storlek: px", doc=D, kind="paragraph"),
    rec("2", "Ordförande: Karin Dahl Sekreterare: Nils Ek",
        [("Ordförande", "ordförande", FTV), ("Sekreterare", "sekreterare", TJP)], doc=D),
]

D = "w42-s-stipendier"
STP_TEXT = """Handläggning av ansökningar om stipendier

För alla stipendier under läsåret gäller följande: 1. Ansökan om stipendium lämnas \
skriftligt före den sista april varje år. 2. Om ansökan är ofullständig ska nämnden begära \
komplettering. Nämnden får också avslå en sen ansökan.
"""
# Review 42a, item 1 (negative): an item opening with a subordinator is a sentence, no noun
# item, so the sentence after it goes on in the item as in `w41-s-ansokan`.
STP = [
    rec("title", "Handläggning av ansökningar om stipendier", doc=D, kind="heading"),
    rec("1", "För alla stipendier under läsåret gäller följande:", [],
        [pres("gäller", "gälla")], doc=D),
    rec("1.a", "Ansökan om stipendium lämnas skriftligt före den sista april varje år.", [],
        [pres("lämnas", "lämna", "pass")], doc=D, kind="list_item", parent="1", label="1."),
    rec("1.b", "Om ansökan är ofullständig ska nämnden begära komplettering. Nämnden får också "
        "avslå en sen ansökan.",
        [("nämnden", "nämnd", POL), ("Nämnden", "nämnd", POL)],
        [AR, SKA, inf("begära"), FAR, inf("avslå")],
        [st("nämnd", "nämnden", "obligation", "ska", "begära", "begära", "komplettering",
            condition="Om ansökan är ofullständig"),
         st("nämnd", "Nämnden", "permission", "får", "avslå", "avslå", "en sen ansökan")],
        doc=D, kind="list_item", parent="1", label="2."),
]

DOCUMENTS = {"w42-s-kultur": (KUL_TEXT, KUL), "w42-s-fritid": (FRI_TEXT, FRI),
             "w42-s-agarpolicy": (AGP_TEXT, AGP), "w42-s-upphandling": (UPH_TEXT, UPH),
             "w42-s-ovriga": (OVR_TEXT, OVR), "w42-s-stiftelse": (STI_TEXT, STI),
             "w42-s-visning": (VIS_TEXT, VIS), "w42-s-stipendier": (STP_TEXT, STP)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w42-s", DOCUMENTS)
