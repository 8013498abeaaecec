"""Builds corpus/dev/w44-f.jsonl and corpus/dev/w44-f-*.txt: writer F of round 44, two invented
documents copied from web pages one clause a line (probe44 S1, S5, S7, S8), annotated by hand
from docs/annotation.md before any rule was changed: a company's bolagsordning and ägardirektiv
with `§ N Rubrik Text` lines, role-`som` headings without an article and ` - `/`•` lists run
onto their lead-in's line (`w44-f-tallnas`); a club's stadgar with `N § Rubrik Text` lines,
conditional sentences that open with their verb after the heading and a dash list on a short
page (`w44-f-sandvik`). Negatives: `§ 4 Verkställande direktören utses …` (no heading), a
capitalised verb after the subject (`Styrelsen Sammanträder`), `Kommunen som ägare ska …`,
`Medlem som …`, a `§` reference in running text, a dash pair inside a sentence.
Run: python corpus/make_w44_f.py corpus/dev"""

import sys

from records import AR, FAR, FTV, ORG, OVR, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w44-f", conditions_from_statements=True)


def nth(items):
    """Adds the occurrence index to (piece, ...) tuples listed in text order."""
    seen = {}
    out = []
    for item in items:
        count = seen.get(item[0], 0)
        seen[item[0]] = count + 1
        out.append((*item, count))
    return out


def v(word, lemma, tense="pres", voice="act"):
    return (word, lemma, tense, voice)


def inf_(word, lemma=None, voice="act"):
    return (word, lemma or word, "inf", voice)


A_TEXT = """Bolagsordning och ägardirektiv för Tallnäs Energi AB
§ 1 Firma Bolagets firma är Tallnäs Energi AB.
§ 2 Bolagets verksamhet Bolaget ska producera och distribuera fjärrvärme i Tallnäs kommun.
3 § Styrelse Styrelsen ska bestå av fem ledamöter.
§ 4 Verkställande direktören utses av styrelsen.
§ 5 Räkenskapsår Bolagets räkenskapsår är kalenderår.
§ 6 Styrelsen Sammanträder minst sex gånger per år.
§ 7 Ändring av bolagsordningen Ändringar i denna bolagsordning ska godkännas av \
kommunfullmäktige.
Ägardirektiv
Kommunen som ägare Tallnäs kommun utövar sitt ägarinflytande genom kommunstyrelsen.
Bolaget som arbetsgivare Tallnäs Energi AB tillämpar kommunens personalpolicy.
Kommunen som ägare ska verka för att bolaget drivs affärsmässigt.
Bolaget ska särskilt: - samverka med kommunens klimatenhet - redovisa sina utsläpp i \
årsredovisningen - att hålla taxorna på en skälig nivå
Bolaget ska till kommunstyrelsen lämna: • delårsrapport per den 30 april • budget för nästa år \
• protokoll från bolagsstämman
Verkställande direktören får inte teckna avtal som löper längre än tre år utan styrelsens \
medgivande.
Bolaget ska - om kommunstyrelsen begär det - redovisa sin investeringsplan.
"""

D = "w44-f-tallnas"
TE = "tallnäs energi ab"
TK = "tallnäs kommun"
KS = "kommunstyrelse"
KF = "kommunfullmäktige"
VD = "verkställande direktör"



TALLNAS = [
    rec("title", "Bolagsordning och ägardirektiv för Tallnäs Energi AB",
        [("Tallnäs Energi AB", TE, ORG)], doc=D, kind="heading"),
    rec("§1", "Firma", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Bolagets firma är Tallnäs Energi AB.",
        [("Bolagets", TE, ORG), ("Tallnäs Energi AB", TE, ORG)], [AR], doc=D, parent="§1"),
    rec("§2", "Bolagets verksamhet", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Bolaget ska producera och distribuera fjärrvärme i Tallnäs kommun.",
        [("Bolaget", TE, ORG), ("Tallnäs kommun", TK, ORG)],
        [SKA, inf_("producera"), inf_("distribuera")],
        [st(TE, "Bolaget", "obligation", "ska", "producera", "producera",
            "fjärrvärme i Tallnäs kommun"),
         st(TE, "Bolaget", "obligation", "ska", "distribuera", "distribuera",
            "fjärrvärme i Tallnäs kommun")], doc=D, parent="§2"),
    rec("§3", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading", label="3 §"),
    rec("§3.1", "Styrelsen ska bestå av fem ledamöter.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)], [SKA, inf_("bestå")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "bestå", "bestå",
            "av fem ledamöter")], doc=D, parent="§3"),
    rec("§4", "Verkställande direktören utses av styrelsen.",
        [("Verkställande direktören", VD, TJP), ("styrelsen", "styrelse", POL)],
        [v("utses", "utse", voice="pass")],
        [st("styrelse", "styrelsen", "none", None, "utse", "utses", "Verkställande direktören",
            passive=True)], doc=D, label="§ 4"),
    rec("§5", "Räkenskapsår", doc=D, kind="heading", label="§ 5"),
    rec("§5.1", "Bolagets räkenskapsår är kalenderår.", [("Bolagets", TE, ORG)], [AR], doc=D,
        parent="§5"),
    rec("§6", "Styrelsen Sammanträder minst sex gånger per år.",
        [("Styrelsen", "styrelse", POL)], [v("Sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "Sammanträder",
            "minst sex gånger per år")], doc=D, label="§ 6"),
    rec("§7", "Ändring av bolagsordningen", doc=D, kind="heading", label="§ 7"),
    rec("§7.1", "Ändringar i denna bolagsordning ska godkännas av kommunfullmäktige.",
        [("kommunfullmäktige", KF, POL)], [SKA, inf_("godkännas", "godkänna", "pass")],
        [st(KF, "kommunfullmäktige", "obligation", "ska", "godkänna", "godkännas",
            "Ändringar i denna bolagsordning", passive=True)], doc=D, parent="§7"),
    rec("h2", "Ägardirektiv", doc=D, kind="heading"),
    rec("a1", "Kommunen som ägare", [("Kommunen", TK, ORG)], doc=D, kind="heading",
        parent="h2"),
    rec("a1.1", "Tallnäs kommun utövar sitt ägarinflytande genom kommunstyrelsen.",
        [("Tallnäs kommun", TK, ORG), ("kommunstyrelsen", KS, POL)], [v("utövar", "utöva")],
        [st(TK, "Tallnäs kommun", "none", None, "utöva", "utövar",
            "sitt ägarinflytande genom kommunstyrelsen")], doc=D, parent="a1"),
    rec("a2", "Bolaget som arbetsgivare", [("Bolaget", TE, ORG)], doc=D, kind="heading",
        parent="h2"),
    rec("a2.1", "Tallnäs Energi AB tillämpar kommunens personalpolicy.",
        [("Tallnäs Energi AB", TE, ORG), ("kommunens", TK, ORG)], [v("tillämpar", "tillämpa")],
        [st(TE, "Tallnäs Energi AB", "none", None, "tillämpa", "tillämpar",
            "kommunens personalpolicy")], doc=D, parent="a2"),
    rec("a11", "Kommunen som ägare ska verka för att bolaget drivs affärsmässigt.",
        [("Kommunen", TK, ORG), ("bolaget", TE, ORG)],
        [SKA, inf_("verka"), v("drivs", "driva", voice="pass")],
        [st(TK, "Kommunen", "obligation", "ska", "verka", "verka",
            "för att bolaget drivs affärsmässigt")], doc=D, parent="h2"),
    # a list run onto its lead-in's short web line: the line stays whole (§1.2, round 43)
    rec(
        "a12",
        "Bolaget ska särskilt: - samverka med kommunens klimatenhet - redovisa sina utsläpp i "
        "årsredovisningen - att hålla taxorna på en skälig nivå",
        [("Bolaget", TE, ORG), ("kommunens", TK, ORG),
         ("klimatenhet", "klimatenhet", "förvaltningsorganisation")],
        [SKA, inf_("samverka"), inf_("redovisa"), inf_("hålla")],
        [st(TE, "Bolaget", "obligation", "ska", "samverka", "samverka",
            "med kommunens klimatenhet"),
         st(TE, "Bolaget", "obligation", "ska", "redovisa", "redovisa",
            "sina utsläpp i årsredovisningen"),
         st(TE, "Bolaget", "obligation", "ska", "hålla", "hålla", "taxorna på en skälig nivå")],
        doc=D, parent="h2"),
    rec(
        "a13",
        "Bolaget ska till kommunstyrelsen lämna: • delårsrapport per den 30 april • budget för "
        "nästa år • protokoll från bolagsstämman",
        [("Bolaget", TE, ORG), ("kommunstyrelsen", KS, POL),
         ("bolagsstämman", "bolagsstämma", POL)],
        [SKA, inf_("lämna")],
        [st(TE, "Bolaget", "obligation", "ska", "lämna", "lämna",
            "delårsrapport per den 30 april • budget för nästa år • protokoll från "
            "bolagsstämman")],
        doc=D, parent="h2"),
    rec("a14", "Verkställande direktören får inte teckna avtal som löper längre än tre år utan "
        "styrelsens medgivande.",
        [("Verkställande direktören", VD, TJP), ("styrelsens", "styrelse", POL)],
        [FAR, inf_("teckna"), v("löper", "löpa")],
        [st(VD, "Verkställande direktören", "prohibition", "får inte", "teckna", "teckna",
            "avtal som löper längre än tre år utan styrelsens medgivande", negated=True)],
        doc=D, parent="h2"),
    rec("a15", "Bolaget ska - om kommunstyrelsen begär det - redovisa sin investeringsplan.",
        [("Bolaget", TE, ORG), ("kommunstyrelsen", KS, POL)],
        [SKA, v("begär", "begära"), inf_("redovisa")],
        [st(TE, "Bolaget", "obligation", "ska", "redovisa", "redovisa", "sin investeringsplan",
            condition="om kommunstyrelsen begär det")], doc=D, parent="h2"),
]


B_TEXT = """Stadgar för Sandviks båtklubb
1 § Ändamål Föreningen ska främja båtlivet i Sandviks skärgård.
2 § Medlemskap Styrelsen beslutar om inträde i föreningen.
3 § Medlem som inte betalar årsavgiften får uteslutas av styrelsen.
4 § Utträde Vill en medlem lämna föreningen ska medlemmen anmäla det skriftligen till styrelsen.
5 § Motioner Har en medlem ett förslag till årsmötet får medlemmen lämna det till styrelsen \
senast den 1 februari.
6 § Styrelsens sammansättning Styrelsen består av ordförande, kassör och tre ledamöter.
7 § Överklagande En medlem får överklaga beslut om uteslutning enligt 3 § till årsmötet.
8 § Styrelsens uppgifter Styrelsen ska: - förvalta föreningens hamn - föra medlemsregister - \
att upprätta förslag till budget
Kassören ansvarar för föreningens bokföring.
"""

E = "w44-f-sandvik"
SB = "sandviks båtklubb"



SANDVIK = [
    rec("title", "Stadgar för Sandviks båtklubb", [("Sandviks båtklubb", SB, ORG)], doc=E,
        kind="heading"),
    rec("1", "Ändamål", doc=E, kind="heading", label="1 §"),
    rec("1.1", "Föreningen ska främja båtlivet i Sandviks skärgård.", [("Föreningen", SB, ORG)],
        [SKA, inf_("främja")],
        [st(SB, "Föreningen", "obligation", "ska", "främja", "främja",
            "båtlivet i Sandviks skärgård")], doc=E, parent="1"),
    rec("2", "Medlemskap", doc=E, kind="heading", label="2 §"),
    rec("2.1", "Styrelsen beslutar om inträde i föreningen.",
        [("Styrelsen", "styrelse", POL), ("föreningen", SB, ORG)], [v("beslutar", "besluta")],
        [st("styrelse", "Styrelsen", "none", None, "besluta", "beslutar",
            "om inträde i föreningen")], doc=E, parent="2"),
    rec("3", "Medlem som inte betalar årsavgiften får uteslutas av styrelsen.",
        [("Medlem", "medlem", OVR), ("styrelsen", "styrelse", POL)],
        [v("betalar", "betala"), FAR, inf_("uteslutas", "utesluta", "pass")],
        [st("styrelse", "styrelsen", "permission", "får", "utesluta", "uteslutas",
            "Medlem som inte betalar årsavgiften", passive=True)], doc=E, label="3 §"),
    rec("4", "Utträde", doc=E, kind="heading", label="4 §"),
    rec("4.1", "Vill en medlem lämna föreningen ska medlemmen anmäla det skriftligen till "
        "styrelsen.",
        [("medlem", "medlem", OVR), ("föreningen", SB, ORG), ("medlemmen", "medlem", OVR),
         ("styrelsen", "styrelse", POL)],
        [v("Vill", "vilja"), SKA, inf_("anmäla")],
        [st("medlem", "medlemmen", "obligation", "ska", "anmäla", "anmäla",
            "det skriftligen till styrelsen", condition="Vill en medlem lämna föreningen")],
        doc=E, parent="4"),
    rec("5", "Motioner", doc=E, kind="heading", label="5 §"),
    rec("5.1", "Har en medlem ett förslag till årsmötet får medlemmen lämna det till styrelsen "
        "senast den 1 februari.",
        [("medlem", "medlem", OVR), ("årsmötet", "årsmöte", OVR), ("medlemmen", "medlem", OVR),
         ("styrelsen", "styrelse", POL)],
        [v("Har", "ha"), FAR, inf_("lämna")],
        [st("medlem", "medlemmen", "permission", "får", "lämna", "lämna",
            "det till styrelsen senast den 1 februari",
            condition="Har en medlem ett förslag till årsmötet")], doc=E, parent="5"),
    rec("6", "Styrelsens sammansättning", [("Styrelsens", "styrelse", POL)], doc=E,
        kind="heading", label="6 §"),
    rec("6.1", "Styrelsen består av ordförande, kassör och tre ledamöter.",
        [("Styrelsen", "styrelse", POL), ("ordförande", "ordförande", FTV),
         ("kassör", "kassör", FTV), ("ledamöter", "ledamot", FTV)], [v("består", "bestå")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består",
            "av ordförande, kassör och tre ledamöter")], doc=E, parent="6"),
    rec("7", "Överklagande", doc=E, kind="heading", label="7 §"),
    rec("7.1", "En medlem får överklaga beslut om uteslutning enligt 3 § till årsmötet.",
        [("medlem", "medlem", OVR), ("årsmötet", "årsmöte", OVR)], [FAR, inf_("överklaga")],
        [st("medlem", "medlem", "permission", "får", "överklaga", "överklaga",
            "beslut om uteslutning enligt 3 § till årsmötet")], doc=E, parent="7"),
    rec("8", "Styrelsens uppgifter", [("Styrelsens", "styrelse", POL)], doc=E, kind="heading",
        label="8 §"),
    rec("8.1", "Styrelsen ska: - förvalta föreningens hamn - föra medlemsregister - att upprätta "
        "förslag till budget", [("Styrelsen", "styrelse", POL), ("föreningens", SB, ORG)],
        [SKA, inf_("förvalta"), inf_("föra"), inf_("upprätta")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "förvalta", "förvalta",
            "föreningens hamn"),
         st("styrelse", "Styrelsen", "obligation", "ska", "föra", "föra", "medlemsregister"),
         st("styrelse", "Styrelsen", "obligation", "ska", "upprätta", "upprätta",
            "förslag till budget")], doc=E, parent="8"),
    rec("9", "Kassören ansvarar för föreningens bokföring.",
        [("Kassören", "kassör", FTV), ("föreningens", SB, ORG)], [v("ansvarar", "ansvara")],
        [st("kassör", "Kassören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "föreningens bokföring")], doc=E, parent="8"),
]

DOCUMENTS = {D: (A_TEXT, TALLNAS), E: (B_TEXT, SANDVIK)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w44-f", DOCUMENTS)
