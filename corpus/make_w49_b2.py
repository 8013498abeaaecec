"""Builds corpus/dev/w49-b2.jsonl: invented sentences for round 49, writer bs2 (analysis
49-bs causes C2–C7, rulings R1, R4, R6). The weak name adjective `centrala` before a definite
body head (`Centrala valberedningen` → `central valberedning`; with an article or before the
activity head `förvaltning` it stays out, R1); a comma-bounded insertion with its own
`det att` between `är skyldig att`/`har att` and the infinitive (C4); `förväntas att` + an
infinitive (C3); a coordinated finite `för` (föra) (C6); object control `föreslå/utse NP att
V` (C7); bare `-ande` person nouns as subjects (C5); a nation's officers (R6), `kvalificerad
majoritet` (no actor) and a board's `förvaltning` in an activity phrase (R4); a web page
whose first line is the search control `Sök` (L3, `w49-b2-webb`); a contents block whose
entries end in paragraph locators (L1, `w49-b2-stadgar`). Negatives beside
each. Gold by hand from docs/annotation.md §2, §5 and round 49 before any run. Offsets computed.
Run: python corpus/make_w49_b2.py corpus/dev"""

import sys
from pathlib import Path

from records import AR, EXT, FAR, FTV, HAR, ORG, OVR, POL, SKA, TJP, inf, pres, records_for
from records import statement as st
from records import write_jsonl

FORV = "förvaltningsorganisation"
OB, PE = "obligation", "permission"
rec = records_for("w49-b2", check_texts=True)

RECORDS = [
    # C2 / R1: weak `centrala` + a definite body head is a name adjective
    rec("c2-1", "Centrala valberedningen ska lämna sitt förslag senast den 1 mars.",
        [("Centrala valberedningen", "central valberedning", POL)], [SKA, inf("lämna")],
        [st("central valberedning", "Centrala valberedningen", OB, "ska", "lämna", "lämna",
            "sitt förslag")]),
    rec("c2-2", "Centrala rådet sammanträder minst två gånger per år.",
        [("Centrala rådet", "centralt råd", POL)], [pres("sammanträder", "sammanträda")],
        [st("centralt råd", "Centrala rådet", "none", None, "sammanträda", "sammanträder",
            "minst två gånger per år")]),
    rec("c2-3", "Förbundsstyrelsen och centrala kommittén ska samråda inför varje verksamhetsår.",
        [("Förbundsstyrelsen", "förbundsstyrelse", POL),
         ("centrala kommittén", "central kommitté", POL)], [SKA, inf("samråda")],
        [st("förbundsstyrelse", "Förbundsstyrelsen", OB, "ska", "samråda", "samråda",
            "inför varje verksamhetsår"),
         st("central kommitté", "centrala kommittén", OB, "ska", "samråda", "samråda",
            "inför varje verksamhetsår")]),
    # an article before the adjective: a description, the head alone
    rec("c2-n1", "Det centrala utskottet får anlita extern hjälp.",
        [("utskottet", "utskott", POL)], [FAR, inf("anlita")],
        [st("utskott", "utskottet", PE, "får", "anlita", "anlita", "extern hjälp")]),
    # the activity head `förvaltning` (§2.3): `centrala` stays out
    rec("c2-n2", "Förbundsdirektören leder centrala förvaltningen.",
        [("Förbundsdirektören", "förbundsdirektör", TJP), ("förvaltningen", "förvaltning", FORV)],
        [pres("leder", "leda")],
        [st("förbundsdirektör", "Förbundsdirektören", "none", None, "leda", "leder",
            "centrala förvaltningen")]),
    # a head that is no body
    rec("c2-n3", "Centrala frågor avgörs av årsmötet.", [("årsmötet", "årsmöte", OVR)],
        [pres("avgörs", "avgöra", "pass")],
        [st("årsmöte", "årsmötet", "none", None, "avgöra", "avgörs", "Centrala frågor",
            passive=True)]),
    # C4: an insertion with its own `det att` before the infinitive
    rec("c4-1", "Styrelsen är skyldig att utan dröjsmål, och senast tre veckor efter det att "
        "ansökan kom in, pröva ansökan.",
        [("Styrelsen", "styrelse", POL)], [AR, ("kom", "komma", "past", "act"), inf("pröva")],
        [st("styrelse", "Styrelsen", OB, "är skyldig att", "pröva", "pröva", "ansökan")]),
    rec("c4-2", "Kassören har att snarast, sedan det att räkenskapsåret gått ut, upprätta ett "
        "bokslut.",
        [("Kassören", "kassör", FTV)], [HAR, ("gått", "gå", "sup", "act"), inf("upprätta")],
        [st("kassör", "Kassören", OB, "har att", "upprätta", "upprätta", "ett bokslut")]),
    # control: an insertion without a marker of its own
    rec("c4-n1", "Revisorn är skyldig att, i likhet med kassören, granska räkenskaperna.",
        [("Revisorn", "revisor", FTV), ("kassören", "kassör", FTV)], [AR, inf("granska")],
        [st("revisor", "Revisorn", OB, "är skyldig att", "granska", "granska",
            "räkenskaperna")]),
    # C3: `förväntas att` + an infinitive
    rec("c3-1", "Varje ledamot förväntas att delta i styrelsens sammanträden.",
        [("ledamot", "ledamot", FTV), ("styrelsens", "styrelse", POL)],
        [pres("förväntas", "förvänta"), inf("delta")],
        [st("ledamot", "ledamot", OB, "förväntas att", "delta", "delta",
            "i styrelsens sammanträden")]),
    rec("c3-2", "Funktionärerna förväntas att följa föreningens riktlinjer.",
        [("Funktionärerna", "funktionär", FTV), ("föreningens", "förening", ORG)],
        [pres("förväntas", "förvänta"), inf("följa")],
        [st("funktionär", "Funktionärerna", OB, "förväntas att", "följa", "följa",
            "föreningens riktlinjer")]),
    rec("c3-n1", "Ändringen förväntas att ge lägre kostnader.", [],
        [pres("förväntas", "förvänta"), inf("ge")]),
    # C6: a coordinated finite `för` (föra)
    rec("c6-1", "Sekreteraren kallar till sammanträdena och för protokoll vid dessa.",
        [("Sekreteraren", "sekreterare", TJP)],
        [pres("kallar", "kalla"), pres("för", "föra")],
        [st("sekreterare", "Sekreteraren", "none", None, "kalla", "kallar",
            "till sammanträdena"),
         st("sekreterare", "Sekreteraren", "none", None, "föra", "för", "protokoll vid dessa")]),
    rec("c6-2", "Ombudet bevakar ärendet, för kommunens talan och rapporterar till nämnden.",
        [("Ombudet", "ombud", TJP), ("kommunens", "kommun", ORG), ("nämnden", "nämnd", POL)],
        [pres("bevakar", "bevaka"), pres("för", "föra"), pres("rapporterar", "rapportera")],
        [st("ombud", "Ombudet", "none", None, "bevaka", "bevakar", "ärendet"),
         st("ombud", "Ombudet", "none", None, "föra", "för", "kommunens talan"),
         st("ombud", "Ombudet", "none", None, "rapportera", "rapporterar", "till nämnden")]),
    rec("c6-n1", "Kassören ansvarar för bokföringen och för medlemsregistret.",
        [("Kassören", "kassör", FTV)], [pres("ansvarar", "ansvara")],
        [st("kassör", "Kassören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för bokföringen och för medlemsregistret")]),
    # C7: object control: the second infinitive is the object's task
    rec("c7-1", "Valberedningen ska föreslå ledamöter att ingå i styrelsen.",
        [("Valberedningen", "valberedning", POL), ("ledamöter", "ledamot", FTV),
         ("styrelsen", "styrelse", POL)], [SKA, inf("föreslå"), inf("ingå")],
        [st("valberedning", "Valberedningen", OB, "ska", "föreslå", "föreslå",
            "ledamöter")]),
    rec("c7-2", "Styrelsen utser en kassör att förvalta föreningens medel.",
        [("Styrelsen", "styrelse", POL), ("kassör", "kassör", FTV),
         ("föreningens", "förening", ORG)], [pres("utser", "utse"), inf("förvalta")],
        [st("styrelse", "Styrelsen", "none", None, "utse", "utser", "en kassör")]),
    rec("c7-3", "Kommittén har till uppgift att uppmana föreningarna att lämna förslag.",
        [("Kommittén", "kommitté", POL), ("föreningarna", "förening", ORG)],
        [HAR, inf("uppmana"), inf("lämna")],
        [st("kommitté", "Kommittén", OB, "har till uppgift att", "uppmana", "uppmana",
            "föreningarna")]),
    rec("c7-n1", "Styrelsen har till uppgift att utse en kassör och att fastställa budgeten.",
        [("Styrelsen", "styrelse", POL), ("kassör", "kassör", FTV)],
        [HAR, inf("utse"), inf("fastställa")],
        [st("styrelse", "Styrelsen", OB, "har till uppgift att", "utse", "utse", "en kassör"),
         st("styrelse", "Styrelsen", OB, "har till uppgift att", "fastställa", "fastställa",
            "budgeten")]),
    # C5: bare `-ande` person nouns as subjects
    rec("c5-1", "Sökande ska bifoga ett betyg.", [("Sökande", "sökande", EXT)],
        [SKA, inf("bifoga")],
        [st("sökande", "Sökande", OB, "ska", "bifoga", "bifoga", "ett betyg")]),
    rec("c5-2", "Studerande har rätt att överklaga beslutet.", [("Studerande", "studerande", EXT)],
        [HAR, inf("överklaga")],
        [st("studerande", "Studerande", PE, "har rätt att", "överklaga", "överklaga",
            "beslutet")]),
    # R6: a nation's officers; A2: a majority is no actor; R4: a board's `förvaltning`
    rec("r6-1", "Kuratorn ansvarar för nationens ekonomi.",
        [("Kuratorn", "kurator", FTV), ("nationens", "nation", ORG)],
        [pres("ansvarar", "ansvara")],
        [st("kurator", "Kuratorn", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för nationens ekonomi")]),
    rec("r6-2", "Prokuratorn förvaltar nationens fastigheter.",
        [("Prokuratorn", "prokurator", FTV), ("nationens", "nation", ORG)],
        [pres("förvaltar", "förvalta")],
        [st("prokurator", "Prokuratorn", "none", None, "förvalta", "förvaltar",
            "nationens fastigheter")]),
    rec("a2-1", "Beslut om ändring av stadgarna kräver kvalificerad majoritet.", [],
        [pres("kräver", "kräva")]),
    rec("r4-1", "Revisorerna utövar tillsyn över styrelsens förvaltning.",
        [("Revisorerna", "revisor", FTV), ("styrelsens", "styrelse", POL)],
        [pres("utövar", "utöva")],
        [st("revisor", "Revisorerna", "none", None, "utöva", "utövar",
            "tillsyn över styrelsens förvaltning")]),
]

# L3: a web page whose first line is the site's search control (`Sök`): chrome, no title
D = "w49-b2-webb"
WEBB_TEXT = """Sök

Regler för bokning av samlingssalen

Föreningen äger en samlingssal i Berga.

Styrelsen ska godkänna varje bokning.
"""
WEBB = [
    rec("title", "Regler för bokning av samlingssalen", kind="heading", doc=D),
    rec("1", "Föreningen äger en samlingssal i Berga.", [("Föreningen", "förening", ORG)],
        [pres("äger", "äga")],
        [st("förening", "Föreningen", "none", None, "äga", "äger", "en samlingssal i Berga")],
        doc=D),
    rec("2", "Styrelsen ska godkänna varje bokning.", [("Styrelsen", "styrelse", POL)],
        [SKA, inf("godkänna")],
        [st("styrelse", "Styrelsen", OB, "ska", "godkänna", "godkänna", "varje bokning")],
        doc=D),
]

# L1 (docs/annotation.md §1.2 round 48): a contents block whose entries end in paragraph
# locators (`§§ 1–2`, `§ 3`) under its heading: one heading clause `toc`, no labels
D2 = "w49-b2-stadgar"
STADGAR_TEXT = """Stadgar

Innehåll
Ändamål och säte §§ 1–2
Medlemskap § 3

§ 1 Ändamål
Föreningen ska vårda bygdens kulturarv.

§ 2 Säte
Föreningen har sitt säte i Lövby.

§ 3 Medlemskap
Styrelsen beslutar om medlemskap.
"""
STADGAR = [
    rec("title", "Stadgar", kind="heading", doc=D2),
    rec("toc", "Innehåll Ändamål och säte §§ 1–2 Medlemskap § 3", kind="heading", doc=D2),
    rec("§1", "Ändamål", kind="heading", label="§ 1", doc=D2),
    rec("§1.1", "Föreningen ska vårda bygdens kulturarv.", [("Föreningen", "förening", ORG)],
        [SKA, inf("vårda")],
        [st("förening", "Föreningen", OB, "ska", "vårda", "vårda", "bygdens kulturarv")],
        parent="§1", doc=D2),
    rec("§2", "Säte", kind="heading", label="§ 2", doc=D2),
    rec("§2.1", "Föreningen har sitt säte i Lövby.", [("Föreningen", "förening", ORG)], [HAR],
        [st("förening", "Föreningen", "none", None, "ha", "har", "sitt säte i Lövby")],
        parent="§2", doc=D2),
    rec("§3", "Medlemskap", kind="heading", label="§ 3", doc=D2),
    rec("§3.1", "Styrelsen beslutar om medlemskap.", [("Styrelsen", "styrelse", POL)],
        [pres("beslutar", "besluta")],
        [st("styrelse", "Styrelsen", "none", None, "besluta", "beslutar", "om medlemskap")],
        parent="§3", doc=D2),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w49-b2.jsonl", [*RECORDS, *WEBB, *STADGAR])
    (Path(sys.argv[1]) / f"{D}.txt").write_text(WEBB_TEXT, encoding="utf-8")
    (Path(sys.argv[1]) / f"{D2}.txt").write_text(STADGAR_TEXT, encoding="utf-8")
