"""Builds corpus/dev/w41-k.jsonl and the small documents corpus/dev/w41-k-*.txt with their
gold: invented material for round 41, writer K (analysis 41-agt, cause S2; gold by hand from
docs/annotation.md before the rules): S2b a flattened ägardirektiv page whose title, adoption
field run ending at its lost-sign value (`, 34`), group heading, one-word section heading and
first sentence stand on one line (`w41-k-bolag`; a dated variant, `w41-k-vatten`), and the
negative, a history before a company name that holds a section-heading noun (`Lerby Ekonomi
AB`: no heading cut inside the name, `w41-k-ekonomi`); S2c a memo's field run without
colons that goes on with `Telefon:`/`Mobil:` and `E-post:` labels, then the title and a
stacked `Förslag till beslut` (`w41-k-memo`, `w41-k-tillsyn`; negative: `på telefon` in
running text); S2a a role-`som` heading (`Bolaget som en del av kommunkoncernen`) before a
sentence opening with a name and its s-passive (`w41-k-energi`), and the negative, a name
governed by a preposition after role-`som` (`w41-k-elnat`). Offsets computed.
Run: python corpus/make_w41_k.py corpus/dev"""

import sys

from records import AR, FAR, FORV, HAR, ORG, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w41-k", conditions_from_statements=True)


KF = "kommunfullmäktige"

D = "w41-k-bolag"  # S2b: title | field run `, 34` | group heading | `Inledning` | sentence
BOLAG_TITLE = "Ägardirektiv för 2021 i bolagsgruppen"
BOLAG_FIELDS = "Antagna av kommunfullmäktige , 34"
BOLAG_GROUP = "Koncernen Lerby Stadshus AB"
BOLAG_1 = ("Lerby Stadshus AB är moderbolag för kommunens helägda bolag. Moderbolaget ska "
           "samordna dotterbolagens verksamhet. Dotterbolagen ska lämna en årlig rapport till "
           "moderbolaget.")
BOLAG_TEXT = f"{BOLAG_TITLE} {BOLAG_FIELDS} {BOLAG_GROUP} Inledning {BOLAG_1}\n"
LSA = "lerby stadshus ab"
BOLAG = [
    rec("title", BOLAG_TITLE, doc=D, kind="heading"),
    rec("m1", BOLAG_FIELDS, [("kommunfullmäktige", KF, POL)],
        [("Antagna", "anta", "part", "pass")], doc=D),
    rec("h1", BOLAG_GROUP, [("Koncernen", "koncern", ORG), ("Lerby Stadshus AB", LSA, ORG)],
        doc=D, kind="heading"),
    rec("h2", "Inledning", doc=D, kind="heading"),
    rec("1", BOLAG_1, [("Lerby Stadshus AB", LSA, ORG), ("kommunens", "kommun", ORG),
                       ("bolag", "bolag", ORG), ("Moderbolaget", "moderbolag", ORG),
                       ("dotterbolagens", "dotterbolag", ORG),
                       ("Dotterbolagen", "dotterbolag", ORG),
                       ("moderbolaget", "moderbolag", ORG)],
        [AR, SKA, ("samordna", "samordna", "inf", "act"), (*SKA, 1),
         ("lämna", "lämna", "inf", "act")],
        [st(LSA, "Lerby Stadshus AB", "none", None, "vara", "är",
            "moderbolag för kommunens helägda bolag"),
         st("moderbolag", "Moderbolaget", "obligation", "ska", "samordna", "samordna",
            "dotterbolagens verksamhet"),
         st("dotterbolag", "Dotterbolagen", "obligation", "ska", "lämna", "lämna",
            "en årlig rapport till moderbolaget")], doc=D, parent="h2"),
]

D = "w41-k-vatten"  # S2b with a dated value and `Bakgrund`
VATTEN_TITLE = "Ägardirektiv för Lerby Vatten AB"
VATTEN_FIELDS = "Beslutat av kommunfullmäktige 2023-09-11"
VATTEN_GROUP = "Dotterbolaget Lerby Vatten AB"
VATTEN_1 = ("Lerby Vatten AB levererar dricksvatten till kommunens hushåll. Bolaget ska hålla "
            "taxorna på en skälig nivå.")
VATTEN_TEXT = f"{VATTEN_TITLE} {VATTEN_FIELDS} {VATTEN_GROUP} Bakgrund {VATTEN_1}\n"
LVA = "lerby vatten ab"
VATTEN = [
    rec("title", VATTEN_TITLE, [("Lerby Vatten AB", LVA, ORG)], doc=D, kind="heading"),
    rec("m1", VATTEN_FIELDS, [("kommunfullmäktige", KF, POL)],
        [("Beslutat", "besluta", "part", "pass")], doc=D),
    rec("h1", VATTEN_GROUP, [("Dotterbolaget", "dotterbolag", ORG),
                             ("Lerby Vatten AB", LVA, ORG)], doc=D, kind="heading"),
    rec("h2", "Bakgrund", doc=D, kind="heading"),
    rec("1", VATTEN_1, [("Lerby Vatten AB", LVA, ORG), ("kommunens", "kommun", ORG),
                        ("Bolaget", LVA, ORG)],
        [("levererar", "leverera", "pres", "act"), SKA, ("hålla", "hålla", "inf", "act")],
        [st(LVA, "Lerby Vatten AB", "none", None, "leverera", "levererar",
            "dricksvatten till kommunens hushåll"),
         st(LVA, "Bolaget", "obligation", "ska", "hålla", "hålla",
            "taxorna på en skälig nivå")], doc=D, parent="h2"),
]

D = "w41-k-ekonomi"  # negative: `Ekonomi` inside the company's name is no heading
EKONOMI_TITLE = "Ägardirektiv för Lerby Ekonomi AB"
EKONOMI_FIELDS = "Antaget av kommunfullmäktige , 8"
EKONOMI_1 = ("Lerby Ekonomi AB har sitt säte i Lerby. Bolaget ska sköta löneutbetalningarna åt "
             "nämnderna.")
EKONOMI_TEXT = f"{EKONOMI_TITLE} {EKONOMI_FIELDS} {EKONOMI_1}\n"
LEA = "lerby ekonomi ab"
EKONOMI = [
    rec("title", EKONOMI_TITLE, [("Lerby Ekonomi AB", LEA, ORG)], doc=D, kind="heading"),
    rec("m1", EKONOMI_FIELDS, [("kommunfullmäktige", KF, POL)],
        [("Antaget", "anta", "part", "pass")], doc=D),
    rec("1", EKONOMI_1, [("Lerby Ekonomi AB", LEA, ORG), ("Bolaget", LEA, ORG),
                         ("nämnderna", "nämnd", POL)],
        [HAR, SKA, ("sköta", "sköta", "inf", "act")],
        [st(LEA, "Lerby Ekonomi AB", "none", None, "ha", "har", "sitt säte i Lerby"),
         st(LEA, "Bolaget", "obligation", "ska", "sköta", "sköta",
            "löneutbetalningarna åt nämnderna")], doc=D),
]

D = "w41-k-memo"  # S2c: field run with contact labels | title | stacked heading | paragraph
MEMO_FIELDS = ("Samhällsbyggnadskontoret Tjänsteskrivelse Datum 2022-04-11 Dnr 0312/21 "
               "Handläggare Karin Lund Telefon: 0498-123 45 E-post: karin.lund@lerby.se")
MEMO_TITLE = "Ny avgift för bygglov"
MEMO_1 = "Byggnadsnämnden beslutar att anta den nya avgiften."
MEMO_2 = "Byggnadsnämnden ska varje år se över sina avgifter."
MEMO_TEXT = (f"{MEMO_FIELDS} {MEMO_TITLE} Förslag till beslut {MEMO_1} Ärendet {MEMO_2}\n")
BN = "byggnadsnämnd"
MEMO = [
    rec("m1", MEMO_FIELDS, [("Samhällsbyggnadskontoret", "samhällsbyggnadskontor", FORV),
                            ("Handläggare", "handläggare", TJP)], doc=D),
    rec("title", MEMO_TITLE, doc=D, kind="heading"),
    rec("h1", "Förslag till beslut", doc=D, kind="heading"),
    rec("1", MEMO_1, [("Byggnadsnämnden", BN, POL)],
        [("beslutar", "besluta", "pres", "act"), ("anta", "anta", "inf", "act")],
        [st(BN, "Byggnadsnämnden", "none", None, "besluta", "beslutar",
            "att anta den nya avgiften")], doc=D, parent="h1"),
    rec("h2", "Ärendet", doc=D, kind="heading"),
    rec("2", MEMO_2, [("Byggnadsnämnden", BN, POL)], [SKA, ("se", "se", "inf", "act")],
        [st(BN, "Byggnadsnämnden", "obligation", "ska", "se", "se", "över sina avgifter",
            condition="varje år")], doc=D, parent="h2"),
]

D = "w41-k-tillsyn"  # S2c with `Mobil:`; negative: `telefon` in running text stays in it
TILLSYN_FIELDS = ("Miljökontoret Tjänsteskrivelse Datum 2023-01-09 Handläggare Per Ek "
                  "Mobil: 070-123 45 67 E-post: per.ek@lerby.se")
TILLSYN_TITLE = "Tillsynsplan för miljöbalken"
TILLSYN_1 = "Miljönämnden antar tillsynsplanen för 2023."
TILLSYN_2 = ("Miljönämnden ska varje år anta en plan för tillsynen. Företagen får "
             "kontakta handläggaren på telefon under kontorstid.")
TILLSYN_TEXT = (f"{TILLSYN_FIELDS} {TILLSYN_TITLE} Förslag till beslut {TILLSYN_1} Ärendet "
                f"{TILLSYN_2}\n")
MN = "miljönämnd"
TILLSYN = [
    rec("m1", TILLSYN_FIELDS, [("Miljökontoret", "miljökontor", FORV),
                               ("Handläggare", "handläggare", TJP)], doc=D),
    rec("title", TILLSYN_TITLE, doc=D, kind="heading"),
    rec("h1", "Förslag till beslut", doc=D, kind="heading"),
    rec("1", TILLSYN_1, [("Miljönämnden", MN, POL)], [("antar", "anta", "pres", "act")],
        [st(MN, "Miljönämnden", "none", None, "anta", "antar",
            "tillsynsplanen för 2023")], doc=D, parent="h1"),
    rec("h2", "Ärendet", doc=D, kind="heading"),
    rec("2", TILLSYN_2, [("Miljönämnden", MN, POL), ("Företagen", "företag", ORG),
                         ("handläggaren", "handläggare", TJP)],
        [SKA, ("anta", "anta", "inf", "act"), FAR, ("kontakta", "kontakta", "inf", "act")],
        [st(MN, "Miljönämnden", "obligation", "ska", "anta", "anta", "en plan för tillsynen",
            condition="varje år"),
         st("företag", "Företagen", "permission", "får", "kontakta", "kontakta",
            "handläggaren på telefon under kontorstid")], doc=D, parent="h2"),
]

D = "w41-k-energi"  # S2a: a role-`som` heading before a sentence opening with a name
ENERGI_TITLE = "Ägardirektiv för Lerby Energi AB"
ENERGI_1 = ("Ägardirektiv för Lerby Energi AB antaget av kommunfullmäktige 2020-11-23 § 98 "
            "gäller från årsskiftet.")
ENERGI_ROLE = "Bolaget som en del av kommunkoncernen"
ENERGI_2 = "Lerby Energi AB ägs helt av Lerby Stadshus AB. Bolaget ska sköta elnätet i kommunen."
ENERGI_3 = "Lerby Energi AB ska bedriva elhandel."
ENERGI_TEXT = (f"{ENERGI_TITLE}\n1 Ägardirektivets status {ENERGI_1} {ENERGI_ROLE} {ENERGI_2} "
               f"2 Uppdrag {ENERGI_3}\n")
LEN = "lerby energi ab"
ENERGI = [
    rec("title", ENERGI_TITLE, [("Lerby Energi AB", LEN, ORG)], doc=D, kind="heading"),
    rec("h1", "Ägardirektivets status", doc=D, kind="heading", label="1"),
    rec("1", ENERGI_1, [("Lerby Energi AB", LEN, ORG), ("kommunfullmäktige", KF, POL)],
        [("antaget", "anta", "part", "pass"), ("gäller", "gälla", "pres", "act")],
        doc=D, parent="h1"),
    rec("h2", ENERGI_ROLE, [("Bolaget", LEN, ORG), ("kommunkoncernen", "kommunkoncern", ORG)],
        doc=D, kind="heading", parent="h1"),
    rec("2", ENERGI_2, [("Lerby Energi AB", LEN, ORG), ("Lerby Stadshus AB", LSA, ORG),
                        ("Bolaget", LEN, ORG), ("kommunen", "kommun", ORG)],
        [("ägs", "äga", "pres", "pass"), SKA, ("sköta", "sköta", "inf", "act")],
        [st(LSA, "Lerby Stadshus AB", "none", None, "äga", "ägs", "Lerby Energi AB", passive=True),
         st(LEN, "Bolaget", "obligation", "ska", "sköta", "sköta",
            "elnätet i kommunen")], doc=D, parent="h2"),
    rec("h3", "Uppdrag", doc=D, kind="heading", label="2"),
    rec("3", ENERGI_3, [("Lerby Energi AB", LEN, ORG)], [SKA, ("bedriva", "bedriva", "inf", "act")],
        [st(LEN, "Lerby Energi AB", "obligation", "ska", "bedriva", "bedriva",
            "elhandel")], doc=D, parent="h3"),
]

D = "w41-k-elnat"  # negative: role-`som` before a name governed by a preposition
ELNAT_1 = ENERGI_1
ELNAT_2 = "Kommunen som en ägare till Lerby Energi AB ska utse styrelsen."
ELNAT_TEXT = f"{ENERGI_TITLE}\n1 Ägardirektivets status {ELNAT_1} {ELNAT_2} 2 Uppdrag {ENERGI_3}\n"
ELNAT = [
    rec("title", ENERGI_TITLE, [("Lerby Energi AB", LEN, ORG)], doc=D, kind="heading"),
    rec("h1", "Ägardirektivets status", doc=D, kind="heading", label="1"),
    rec("1", f"{ELNAT_1} {ELNAT_2}",
        [("Lerby Energi AB", LEN, ORG), ("kommunfullmäktige", KF, POL), ("Kommunen", "kommun", ORG),
         ("Lerby Energi AB", LEN, ORG, 1), ("styrelsen", "styrelse", POL)],
        [("antaget", "anta", "part", "pass"), ("gäller", "gälla", "pres", "act"), SKA,
         ("utse", "utse", "inf", "act")],
        [st("kommun", "Kommunen", "obligation", "ska", "utse", "utse", "styrelsen")],
        doc=D, parent="h1"),
    rec("h3", "Uppdrag", doc=D, kind="heading", label="2"),
    rec("3", ENERGI_3, [("Lerby Energi AB", LEN, ORG)], [SKA, ("bedriva", "bedriva", "inf", "act")],
        [st(LEN, "Lerby Energi AB", "obligation", "ska", "bedriva", "bedriva",
            "elhandel")], doc=D, parent="h3"),
]

DOCUMENTS = {"w41-k-bolag": (BOLAG_TEXT, BOLAG), "w41-k-vatten": (VATTEN_TEXT, VATTEN),
             "w41-k-ekonomi": (EKONOMI_TEXT, EKONOMI), "w41-k-memo": (MEMO_TEXT, MEMO),
             "w41-k-tillsyn": (TILLSYN_TEXT, TILLSYN), "w41-k-energi": (ENERGI_TEXT, ENERGI),
             "w41-k-elnat": (ELNAT_TEXT, ELNAT)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w41-k", DOCUMENTS)
