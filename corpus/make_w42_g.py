"""Builds corpus/dev/w42-g.jsonl and the small documents corpus/dev/w42-g-*.txt with their
gold: invented material for round 42, writer G (analysis 42-ba, segmentation causes; gold by
hand from docs/annotation.md before the rules): cause 5, a statute label `§ N` / `N §`
glued to the full stop before it with a heading in capitals after it, alone at the line end
or before the next sentence joined to the line (`w42-g-hembygd`, `w42-g-roddklubb`), with
the negatives a law reference `4 kap. 2 §` and a spaced `§ N` before a lower-case word;
cause 6, `Moment N` / `Mom. N` / `MOMENT N` labels alone on their line above the paragraph
they label or opening it (`w42-g-fackklubb`), with `moment` as a noun in a sentence as
negative; cause 20, a docplayer line that prints each numbered heading twice (`1 Uppgifter
1 Uppgifter Nämnden …`: one heading, text `Uppgifter 1 Uppgifter`, label `1`), beside one
printed once (`w42-g-kulturnamnd`); cause 4, a lead-in that breaks off at a preposition over
unbulleted `att`-lines ending in `,` (the last in `.`), the first on the lead-in's next line
(`w42-g-stadgar`: the lead-in never joins it; lead-in no statement, each item the lead-in's
obligation; `att värna om …` gave the lead-in's verb, an item-verb issue left open, so the
item says `skydda`), a colon lead-in over `;`-ended `att`-lines with no blank line between, and the
negative, one `att`-line after `… ska verka för` (the sentence going on). Offsets computed.
Run: python corpus/make_w42_g.py corpus/dev"""

import sys

from records import FTV, ORG, OVR, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w42-g", conditions_from_statements=True)

FO = "förening"

D = "w42-g-hembygd"
HEM_TEXT = """Stadgar för föreningen

§ 1 ÄNDAMÅL

Föreningen ska vårda bygdens kulturarv.

Föreningens verksamhet leds av styrelsen.§ 2 STYRELSE

Styrelsen ska förvalta föreningens tillgångar.

Revisorerna väljs för två år i taget.§ 3 REVISION
Revisorerna granskar räkenskaperna varje år.

Styrelsen följer 4 kap. 2 § i bokföringslagen. § 4 tillämpas även på lotterier.
"""
HEM = [
    rec("title", "Stadgar för föreningen", [("föreningen", FO, ORG)], doc=D, kind="heading"),
    rec("§1", "ÄNDAMÅL", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Föreningen ska vårda bygdens kulturarv.", [("Föreningen", FO, ORG)],
        [SKA, ("vårda", "vårda", "inf", "act")],
        [st(FO, "Föreningen", "obligation", "ska", "vårda", "vårda", "bygdens kulturarv")],
        doc=D, parent="§1"),
    rec("§1.2", "Föreningens verksamhet leds av styrelsen.",
        [("Föreningens", FO, ORG), ("styrelsen", "styrelse", POL)],
        [("leds", "leda", "pres", "pass")],
        [st("styrelse", "styrelsen", "none", None, "leda", "leds", "Föreningens verksamhet",
            passive=True)], doc=D, parent="§1"),
    rec("§2", "STYRELSE", [("STYRELSE", "styrelse", POL)], doc=D, kind="heading",
        label="§ 2"),
    rec("§2.1", "Styrelsen ska förvalta föreningens tillgångar.",
        [("Styrelsen", "styrelse", POL), ("föreningens", FO, ORG)],
        [SKA, ("förvalta", "förvalta", "inf", "act")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "förvalta", "förvalta",
            "föreningens tillgångar")], doc=D, parent="§2"),
    rec("§2.2", "Revisorerna väljs för två år i taget.", [("Revisorerna", "revisor", FTV)],
        [("väljs", "välja", "pres", "pass")], doc=D, parent="§2"),
    rec("§3", "REVISION", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", "Revisorerna granskar räkenskaperna varje år.",
        [("Revisorerna", "revisor", FTV)], [("granskar", "granska", "pres", "act")],
        [st("revisor", "Revisorerna", "none", None, "granska", "granskar",
            "räkenskaperna varje år")], doc=D, parent="§3"),
    rec("§3.2", "Styrelsen följer 4 kap. 2 § i bokföringslagen. § 4 tillämpas även på lotterier.",
        [("Styrelsen", "styrelse", POL)],
        [("följer", "följa", "pres", "act"), ("tillämpas", "tillämpa", "pres", "pass")],
        [st("styrelse", "Styrelsen", "none", None, "följa", "följer",
            "4 kap. 2 § i bokföringslagen")], doc=D, parent="§3"),
]

D = "w42-g-roddklubb"
RODD_TEXT = """Stadgar för klubben

1 § NAMN
Klubben har sitt säte i Sjövik.

2 § SYFTE
Klubben ska främja rodd som motionsform.3 § MEDLEMMAR Medlem är den som betalar \
årsavgiften.

Styrelsen beslutar om medlemskap.4 § ÅRSMÖTE Årsmötet hålls före mars månads utgång.
"""
KL = "klubb"
RODD = [
    rec("title", "Stadgar för klubben", [("klubben", KL, ORG)], doc=D, kind="heading"),
    rec("§1", "NAMN", doc=D, kind="heading", label="1 §"),
    rec("§1.1", "Klubben har sitt säte i Sjövik.", [("Klubben", KL, ORG)],
        [("har", "ha", "pres", "act")],
        [st(KL, "Klubben", "none", None, "ha", "har", "sitt säte i Sjövik")], doc=D,
        parent="§1"),
    rec("§2", "SYFTE", doc=D, kind="heading", label="2 §"),
    rec("§2.1", "Klubben ska främja rodd som motionsform.", [("Klubben", KL, ORG)],
        [SKA, ("främja", "främja", "inf", "act")],
        [st(KL, "Klubben", "obligation", "ska", "främja", "främja", "rodd som motionsform")],
        doc=D, parent="§2"),
    rec("§3", "MEDLEMMAR", [("MEDLEMMAR", "medlem", OVR)], doc=D, kind="heading",
        label="3 §"),
    rec("§3.1", "Medlem är den som betalar årsavgiften.", [("Medlem", "medlem", OVR)],
        [("är", "vara", "pres", "act"), ("betalar", "betala", "pres", "act")],
        [st("medlem", "Medlem", "none", None, "vara", "är", "den som betalar årsavgiften")],
        doc=D, parent="§3"),
    rec("§3.2", "Styrelsen beslutar om medlemskap.", [("Styrelsen", "styrelse", POL)],
        [("beslutar", "besluta", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "besluta", "beslutar", "om medlemskap")],
        doc=D, parent="§3"),
    rec("§4", "ÅRSMÖTE", [("ÅRSMÖTE", "årsmöte", OVR)], doc=D, kind="heading", label="4 §"),
    rec("§4.1", "Årsmötet hålls före mars månads utgång.", [("Årsmötet", "årsmöte", OVR)],
        [("hålls", "hålla", "pres", "pass")], doc=D, parent="§4"),
]

D = "w42-g-fackklubb"
FACK_TEXT = """Stadgar för klubben

§ 1 Styrelse

Moment 1
Styrelsen består av fem ledamöter.

Moment 2 Styrelsen sammanträder minst fyra gånger per år.

Mom. 3

Ordföranden kallar till sammanträde.

MOMENT 4
Kassören sköter klubbens räkenskaper.

§ 2 Granskning

Varje moment i granskningen ska dokumenteras av revisorn.
"""
FACK = [
    rec("title", "Stadgar för klubben", [("klubben", KL, ORG)], doc=D, kind="heading"),
    rec("§1", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading",
        label="§ 1"),
    rec("§1.1", "Styrelsen består av fem ledamöter.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)],
        [("består", "bestå", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består", "av fem ledamöter")],
        doc=D, parent="§1", label="Moment 1"),
    rec("§1.2", "Styrelsen sammanträder minst fyra gånger per år.",
        [("Styrelsen", "styrelse", POL)], [("sammanträder", "sammanträda", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "minst fyra gånger per år")], doc=D, parent="§1", label="Moment 2"),
    rec("§1.3", "Ordföranden kallar till sammanträde.", [("Ordföranden", "ordförande", FTV)],
        [("kallar", "kalla", "pres", "act")],
        [st("ordförande", "Ordföranden", "none", None, "kalla", "kallar",
            "till sammanträde")], doc=D, parent="§1", label="Mom. 3"),
    rec("§1.4", "Kassören sköter klubbens räkenskaper.",
        [("Kassören", "kassör", FTV), ("klubbens", KL, ORG)],
        [("sköter", "sköta", "pres", "act")],
        [st("kassör", "Kassören", "none", None, "sköta", "sköter", "klubbens räkenskaper")],
        doc=D, parent="§1", label="MOMENT 4"),
    rec("§2", "Granskning", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Varje moment i granskningen ska dokumenteras av revisorn.",
        [("revisorn", "revisor", FTV)],
        [SKA, ("dokumenteras", "dokumentera", "inf", "pass")],
        [st("revisor", "revisorn", "obligation", "ska", "dokumentera", "dokumenteras",
            "Varje moment i granskningen", passive=True)], doc=D, parent="§2"),
]

D = "w42-g-kulturnamnd"
KULT_TEXT = """Reglemente för kulturnämnden i Norrvik

1 Uppgifter 1 Uppgifter Kulturnämnden ansvarar för bibliotek och museer. Nämnden \
ska främja föreningslivet. 2 Sammansättning 2 Sammansättning Nämnden består av sju ledamöter \
och fem ersättare. 3 Sammanträden Nämnden sammanträder minst sex gånger per år. 4 Protokoll \
och justering 4 Protokoll och justering Sekreteraren ska föra protokoll vid sammanträdena.
"""
KN = "kulturnämnd"
KULT = [
    rec("title", "Reglemente för kulturnämnden i Norrvik", [("kulturnämnden", KN, POL)],
        doc=D, kind="heading"),
    rec("1", "Uppgifter 1 Uppgifter", doc=D, kind="heading", label="1"),
    rec("1.1", "Kulturnämnden ansvarar för bibliotek och museer. Nämnden ska "
        "främja föreningslivet.",
        [("Kulturnämnden", KN, POL), ("Nämnden", "nämnd", POL)],
        [("ansvarar", "ansvara", "pres", "act"), SKA, ("främja", "främja", "inf", "act")],
        [st(KN, "Kulturnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för bibliotek och museer"),
         st("nämnd", "Nämnden", "obligation", "ska", "främja", "främja", "föreningslivet")],
        doc=D, parent="1"),
    rec("2", "Sammansättning 2 Sammansättning", doc=D, kind="heading", label="2"),
    rec("2.1", "Nämnden består av sju ledamöter och fem ersättare.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV)],
        [("består", "bestå", "pres", "act")],
        [st("nämnd", "Nämnden", "none", None, "bestå", "består",
            "av sju ledamöter och fem ersättare")], doc=D, parent="2"),
    rec("3", "Sammanträden", doc=D, kind="heading", label="3"),
    rec("3.1", "Nämnden sammanträder minst sex gånger per år.", [("Nämnden", "nämnd", POL)],
        [("sammanträder", "sammanträda", "pres", "act")],
        [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder",
            "minst sex gånger per år")], doc=D, parent="3"),
    rec("4", "Protokoll och justering 4 Protokoll och justering", doc=D, kind="heading",
        label="4"),
    rec("4.1", "Sekreteraren ska föra protokoll vid sammanträdena.",
        [("Sekreteraren", "sekreterare", TJP)], [SKA, ("föra", "föra", "inf", "act")],
        [st("sekreterare", "Sekreteraren", "obligation", "ska", "föra", "föra",
            "protokoll vid sammanträdena")], doc=D, parent="4"),
]

D = "w42-g-stadgar"
STAD_TEXT = """Stadgar för föreningen

§ 1 Ändamål

För att nå ändamålet ska föreningen arbeta för
att ordna exkursioner i naturen,

att samverka med skolor och andra föreningar,

att skydda hotade arter.
Föreningen har sitt säte i Ekby.

§ 2 Medlemskap

Styrelsen ska verka för
att medlemmarna får stöd i sitt arbete.

§ 3 Styrelsens uppgifter

Styrelsen ska särskilt:
att förbereda årsmötet;
att verkställa årsmötets beslut;
att föra medlemsregister.
"""


def item(cid, text, actors, verb, obj, actor="förening", actor_text="föreningen"):
    return rec(cid, text, actors, [(verb[0], verb[1], "inf", "act")],
               [st(actor, actor_text, "obligation", "ska", verb[1], verb[0], obj)],
               doc=D, kind="list_item", parent=cid.rsplit(".", 1)[0])


STAD = [
    rec("title", "Stadgar för föreningen", [("föreningen", FO, ORG)], doc=D, kind="heading"),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "För att nå ändamålet ska föreningen arbeta för", [("föreningen", FO, ORG)],
        [SKA, ("arbeta", "arbeta", "inf", "act")], doc=D, parent="§1"),
    item("§1.1.a", "att ordna exkursioner i naturen,", [], ("ordna", "ordna"),
         "exkursioner i naturen"),
    item("§1.1.b", "att samverka med skolor och andra föreningar,",
         [("föreningar", FO, ORG)],
         ("samverka", "samverka"), "med skolor och andra föreningar"),
    item("§1.1.c", "att skydda hotade arter.", [], ("skydda", "skydda"), "hotade arter"),
    # review 42a, item 2: a sentence after the last item in the same block is no part of it
    rec("§1.2", "Föreningen har sitt säte i Ekby.", [("Föreningen", FO, ORG)],
        [("har", "ha", "pres", "act")],
        [st(FO, "Föreningen", "none", None, "ha", "har", "sitt säte i Ekby")], doc=D,
        parent="§1"),
    rec("§2", "Medlemskap", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Styrelsen ska verka för att medlemmarna får stöd i sitt arbete.",
        [("Styrelsen", "styrelse", POL), ("medlemmarna", "medlem", OVR)],
        [SKA, ("verka", "verka", "inf", "act"), ("får", "få", "pres", "act")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "verka", "verka",
            "för att medlemmarna får stöd i sitt arbete")], doc=D, parent="§2"),
    rec("§3", "Styrelsens uppgifter", [("Styrelsens", "styrelse", POL)], doc=D,
        kind="heading", label="§ 3"),
    rec("§3.1", "Styrelsen ska särskilt:", [("Styrelsen", "styrelse", POL)], [SKA], doc=D,
        parent="§3"),
    item("§3.1.a", "att förbereda årsmötet;", [("årsmötet", "årsmöte", OVR)],
         ("förbereda", "förbereda"), "årsmötet", "styrelse", "Styrelsen"),
    item("§3.1.b", "att verkställa årsmötets beslut;", [("årsmötets", "årsmöte", OVR)],
         ("verkställa", "verkställa"), "årsmötets beslut", "styrelse", "Styrelsen"),
    item("§3.1.c", "att föra medlemsregister.", [], ("föra", "föra"), "medlemsregister",
         "styrelse", "Styrelsen"),
]

# Review 42a, item 16 (negative): a capitalised `Moment 1` after a lower-case word in a long
# line (`enligt Moment 1 ovan`) is a reference, no sub-paragraph label.
D = "w42-g-revision"
REV_1 = ("Revisorn granskar klubbens räkenskaper och förvaltning. Revisorn lämnar sin rapport "
         "enligt Moment 1 ovan. Revisorn ska granska alla handlingar som rör klubbens ekonomi. "
         "Revisorn ska lämna sin berättelse till styrelsen och till årsmötet.")
REV_TEXT = f"""Stadgar för klubben

§ 2 Granskning

{REV_1}
"""
REV = [
    rec("title", "Stadgar för klubben", [("klubben", KL, ORG)], doc=D, kind="heading"),
    rec("§2", "Granskning", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", REV_1,
        [("Revisorn", "revisor", FTV), ("klubbens", KL, ORG), ("Revisorn", "revisor", FTV, 1),
         ("Revisorn", "revisor", FTV, 2), ("klubbens", KL, ORG, 1),
         ("Revisorn", "revisor", FTV, 3), ("styrelsen", "styrelse", POL),
         ("årsmötet", "årsmöte", OVR)],
        [("granskar", "granska", "pres", "act"), ("lämnar", "lämna", "pres", "act"), SKA,
         ("granska", "granska", "inf", "act"), ("rör", "röra", "pres", "act"),
         ("ska", "skola", "pres", "act", 1), ("lämna", "lämna", "inf", "act")],
        [st("revisor", "Revisorn", "none", None, "granska", "granskar",
            "klubbens räkenskaper och förvaltning"),
         st("revisor", "Revisorn", "none", None, "lämna", "lämnar", "sin rapport",
            condition="enligt Moment 1 ovan"),
         st("revisor", "Revisorn", "obligation", "ska", "granska", "granska",
            "alla handlingar som rör klubbens ekonomi"),
         st("revisor", "Revisorn", "obligation", "ska", "lämna", "lämna",
            "sin berättelse till styrelsen och till årsmötet")], doc=D, parent="§2"),
]

# Review 42a, item 2: a line after the last `att`-item in the same block (no blank line
# between) is no part of it.
D = "w42-g-vandring"
VAND_TEXT = """Stadgar för vandringsföreningen

§ 1 Ändamål

Föreningen ska verka för
att vårda gamla stigar,
att märka vandringsleder.
Föreningen samarbetar med kommunen.
"""
VAND = [
    rec("title", "Stadgar för vandringsföreningen",
        [("vandringsföreningen", "vandringsförening", ORG)], doc=D, kind="heading"),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Föreningen ska verka för", [("Föreningen", FO, ORG)],
        [SKA, ("verka", "verka", "inf", "act")], doc=D, parent="§1"),
    item("§1.1.a", "att vårda gamla stigar,", [], ("vårda", "vårda"), "gamla stigar",
         actor_text="Föreningen"),
    item("§1.1.b", "att märka vandringsleder.", [], ("märka", "märka"), "vandringsleder",
         actor_text="Föreningen"),
    rec("§1.2", "Föreningen samarbetar med kommunen.",
        [("Föreningen", FO, ORG), ("kommunen", "kommun", ORG)],
        [("samarbetar", "samarbeta", "pres", "act")],
        [st(FO, "Föreningen", "none", None, "samarbeta", "samarbetar", "med kommunen")],
        doc=D, parent="§1"),
]

DOCUMENTS = {"w42-g-hembygd": (HEM_TEXT, HEM), "w42-g-roddklubb": (RODD_TEXT, RODD),
             "w42-g-fackklubb": (FACK_TEXT, FACK), "w42-g-kulturnamnd": (KULT_TEXT, KULT),
             "w42-g-stadgar": (STAD_TEXT, STAD), "w42-g-revision": (REV_TEXT, REV),
             "w42-g-vandring": (VAND_TEXT, VAND)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w42-g", DOCUMENTS)
