"""Builds corpus/dev/w43-v.jsonl and the small documents corpus/dev/w43-v-*.txt with their
gold: invented material for round 43, writer V (analysis 43-be, segmentation of long lines
and glued web text; gold by hand from docs/annotation.md before the rules): be-C5 a long body
line (≥ 200 characters) whose first sentence is in the past tense and names an old name
opening with a capitalised closed-class word after ``med namnet`` (`w43-v-minnesfond`: one
paragraph, no heading cut before ``De``; the negative of a real heading before ``De`` in a
long line); be-C10 an indented second sentence under a numbered item in a text with long
lines (`w43-v-hogskola`: item 1 holds both sentences; the negative of a numbered heading
with no stop and an indented paragraph under it). Offsets computed.
Run: python corpus/make_w43_v.py corpus/dev"""

import sys

from records import EXT, FTV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w43-v", conditions_from_statements=True)
# A relative clause's passive with an agent on an object (``fem ledamöter som utses av
# årsmötet``) gives no statement, as ``nio ledamöter som väljs av kommunfullmäktige`` in dev.


def past(word, lemma, voice="act", nth=0):
    """A past-tense VERB tuple."""
    return (word, lemma, "past", voice, nth)


D = "w43-v-minnesfond"
MF_HISTORY = (
    "Stiftelsen bildades år 1972 med namnet De Ungas Hjälpkassa i Ekby. Stiftelsens kapital "
    "kom från en insamling bland ortens föreningar under åren före bildandet. Styrelsen består "
    "av fem ledamöter som utses av årsmötet."
)
MF_RULES = (
    "De nya reglerna för bidrag ur fonden gäller från den 1 januari 2025 och ersätter de "
    "äldre reglerna från år 2019 i sin helhet, vilket bland annat innebär att ansökningstiden "
    "för bidrag har flyttats från april till mars."
)
MF_TEXT = f"""Stadgar

1 § Historik

{MF_HISTORY}

2 § Bidrag

Ändrade regler {MF_RULES}
"""
# be-C5: ``med namnet`` names the old name (no cut before ``De``), and the past-tense
# ``bildades`` makes the words before ``De`` a sentence, no heading. Negative: a verbless
# heading before ``De`` in a long line is still cut.
MF = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("§1", "Historik", doc=D, kind="heading", label="1 §"),
    rec("§1.1", MF_HISTORY,
        [("Stiftelsen", "stiftelse", ORG), ("Stiftelsens", "stiftelse", ORG),
         ("föreningar", "förening", ORG), ("Styrelsen", "styrelse", POL),
         ("ledamöter", "ledamot", FTV),
         ("årsmötet", "årsmöte", OVR)],
        [past("bildades", "bilda", "pass"), past("kom", "komma"), pres("består", "bestå"),
         pres("utses", "utse", "pass")],
        [st("stiftelse", "Stiftelsen", "none", None, "bilda", "bildades",
            "år 1972 med namnet De Ungas Hjälpkassa i Ekby", passive=True),
         st("styrelse", "Styrelsen", "none", None, "bestå", "består",
            "av fem ledamöter som utses av årsmötet")],
        doc=D, parent="§1"),
    rec("§2", "Bidrag", doc=D, kind="heading", label="2 §"),
    rec("h1", "Ändrade regler", doc=D, kind="heading", parent="§2"),
    rec("§2.1", MF_RULES, [],
        [pres("gäller", "gälla"), pres("ersätter", "ersätta"), pres("innebär", "innebära")],
        doc=D, parent="h1"),
]

D = "w43-v-hogskola"
HS_1 = ("Rektor avgör ärenden av större vikt för hela högskolan. Rektors befogenheter i "
        "sådana ärenden får utövas av prorektor.")
HS_2 = ("Dekanen beslutar i ärenden som rör utbildning och forskning, i ärenden om kursplaner "
        "och kurslitteratur samt i ärenden om fördelning av medel mellan de olika "
        "ämnesområdena inom utbildningen.")
HS_3 = ("Prefekten fastställer verksamhetsplanen för varje år och beslutar om bemanning, "
        "undervisningens uppläggning och inköp av utrustning inom de ekonomiska ramar som "
        "gäller för verksamheten.")
HS_4 = ("Förvaltningschefen beslutar i ärenden om tjänstledighet, semester, bisysslor, "
        "tjänsteresor och ersättning för utlägg samt i ärenden om lokaler, inventarier, it-stöd "
        "och andra gemensamma frågor som rör verksamhetens dagliga drift och underhållet av "
        "byggnaderna.")
HS_5 = "Frågor som inte nämns ovan avgörs av rektor."
HS_TEXT = f"""Delegation inom Norrby högskola

Beslut inom högskolan fattas enligt nedan.

 1. {HS_1.replace(" Rektors", chr(10) + "   Rektors")}
 2. {HS_2}
 3. {HS_3}
 4. {HS_4}

 5. Övriga frågor
   {HS_5}
"""
# be-C10: the indented line under item 1 is its second sentence (§1.2 round 29 S2), also
# where the text's lines are long (one paragraph a line). Negative: a numbered heading with
# no stop keeps its indented paragraph apart.
HS = [
    rec("title", "Delegation inom Norrby högskola", [("Norrby högskola", "norrby högskola", ORG)],
        doc=D, kind="heading"),
    rec("p1", "Beslut inom högskolan fattas enligt nedan.", [("högskolan", "norrby högskola", ORG)],
        [pres("fattas", "fatta", "pass")], doc=D),
    rec("1", HS_1,
        [("Rektor", "rektor", TJP), ("högskolan", "norrby högskola", ORG),
         ("Rektors", "rektor", TJP), ("prorektor", "prorektor", TJP)],
        [pres("avgör", "avgöra"), ("får", "få", "pres", "act"), inf("utövas", "utöva", "pass")],
        [st("rektor", "Rektor", "none", None, "avgöra", "avgör",
            "ärenden av större vikt för hela högskolan"),
         st("prorektor", "prorektor", "permission", "får", "utöva", "utövas",
            "Rektors befogenheter i sådana ärenden", passive=True)],
        doc=D, label="1."),
    rec("2", HS_2, [("Dekanen", "dekan", TJP)], [pres("beslutar", "besluta"), pres("rör", "röra")],
        [st("dekan", "Dekanen", "none", None, "besluta", "beslutar",
            HS_2[len("Dekanen beslutar "):-1])],
        doc=D, label="2."),
    rec("3", HS_3, [("Prefekten", "prefekt", TJP)],
        [pres("fastställer", "fastställa"), pres("beslutar", "besluta"), pres("gäller", "gälla")],
        [st("prefekt", "Prefekten", "none", None, "fastställa", "fastställer",
            "verksamhetsplanen för varje år"),
         st("prefekt", "Prefekten", "none", None, "besluta", "beslutar",
            HS_3[HS_3.index("om bemanning"):-1])],
        doc=D, label="3."),
    rec("4", HS_4, [("Förvaltningschefen", "förvaltningschef", TJP)],
        [pres("beslutar", "besluta"), pres("rör", "röra")],
        [st("förvaltningschef", "Förvaltningschefen", "none", None, "besluta", "beslutar",
            HS_4[len("Förvaltningschefen beslutar "):-1])],
        doc=D, label="4."),
    rec("5", "Övriga frågor", doc=D, kind="heading", label="5."),
    rec("5.1", HS_5, [("rektor", "rektor", TJP)],
        [pres("nämns", "nämna", "pass"), pres("avgörs", "avgöra", "pass")],
        [st("rektor", "rektor", "none", None, "avgöra", "avgörs", "Frågor som inte nämns ovan",
            passive=True)],
        doc=D, parent="5"),
]

D = "w43-v-lagrum"
LR_AD = ("Här hittar du svenska författningar i fulltext. Prenumerera på vårt nyhetsbrev för "
         "att få besked om nya lagar varje vecka.")
LR_TOP = "SFS 2031:412 Utkom från trycket den 14 juni 2031"
LR_TITLE = "Lag om ändring i lagen (2024:88) om kommunala båthamnar;"
LR_ISSUED = "utfärdad den 5 juni 2031."
LR_INTRO = ("Enligt riksdagens beslutProp. 2030/31:140, bet. 2030/31:TU12, rskr. 2030/31:301. "
            "föreskrivs att 4 kap. 3 § lagen (2024:88) om kommunala båthamnar ska ha följande "
            "lydelse.")
LR_3 = ("Hamnnämnden ska föra ett register över båtplatserna.Registret får föras med hjälp av "
        "automatiserad behandling.")
LR_START = "Denna lag träder i kraft den 1 augusti 2031."
LR_SIGN = "På regeringens vägnarPER LUNDMARKEva Sjöberg(Infrastrukturdepartementet)"
LR_TEXT = (f"Lagrummet Norr\n\n{LR_AD}\n{LR_TOP}{LR_TITLE}{LR_ISSUED}{LR_INTRO}4 kap.3 §3 § "
           f"{LR_3}{LR_START}{LR_SIGN}\n")
# be-C4: a law site's statute print glued onto one line after the site's ad paragraph (one
# newline): cut as if printed line by line (round 38 SFS top, §1.2 round 35, round 30
# signature block); the doubled ``3 §3 §`` is one label, and the glued stop inside § 3
# (``båtplatserna.Registret``) ends a sentence, not the paragraph.
LR = [
    rec("title", "Lagrummet Norr", doc=D, kind="heading"),
    rec("p1", LR_AD, [], [pres("hittar", "hitta")], doc=D),
    rec("m1", LR_TOP, doc=D),
    rec("h1", LR_TITLE, doc=D, kind="heading"),
    rec("m2", LR_ISSUED, doc=D, parent="h1"),
    rec("p2", LR_INTRO, [("riksdagens", "riksdag", EXT)],
        [pres("föreskrivs", "föreskriva", "pass"), SKA, inf("ha")], doc=D, parent="h1"),
    rec("4", "4 kap.", doc=D, kind="heading", parent="h1"),
    rec("§3", LR_3, [("Hamnnämnden", "hamnnämnd", POL)],
        [SKA, inf("föra"), ("får", "få", "pres", "act"), inf("föras", "föra", "pass")],
        [st("hamnnämnd", "Hamnnämnden", "obligation", "ska", "föra", "föra",
            "ett register över båtplatserna"),
         st(None, None, "permission", "får", "föra", "föras", "Registret", passive=True)],
        doc=D, parent="4", label="3 §"),
    rec("p3", LR_START, [], [pres("träder", "träda")], doc=D, parent="4"),
    rec("m3", LR_SIGN, [("regeringens", "regering", EXT),
                        ("Infrastrukturdepartementet", "infrastrukturdepartementet", EXT)],
        doc=D),
]

D = "w43-v-kommun"
KO_1 = ("Kommunfullmäktige utser ledamöterna i nämnden.Ersättarna har närvarorätt vid nämndens "
        "sammanträden.")
KO_2 = ("Hamnchefen ansvarar för ordningen i hamnen.Kassören tar emot avgifterna och redovisar "
        "dem till nämnden varje månad.")
KO_3 = "Avgiften är 2.5 procent av priset och betalas via www.ekby.se.Nämnden beslutar om taxan."
KO_TEXT = f"Reglemente för hamnnämnden\n\n1 § {KO_1}\n\n2 § {KO_2}\n\n3 § {KO_3}\n"
HN = "nämnd"  # a bare `nämnden` stays `nämnd` (§2.3 "No other resolution")
# be-C4: a stop glued to the next sentence's capital ends the sentence (a lower-case word
# before it, no abbreviation); negatives: a decimal number, and a web address before the stop
# (left as one sentence: `Nämnden` is no subject of `betalas`).
KO = [
    rec("title", "Reglemente för hamnnämnden", [("hamnnämnden", "hamnnämnd", POL)], doc=D,
        kind="heading"),
    rec("§1", KO_1,
        [("Kommunfullmäktige", "kommunfullmäktige", POL), ("ledamöterna", "ledamot", FTV),
         ("nämnden", HN, POL), ("Ersättarna", "ersättare", FTV), ("nämndens", HN, POL)],
        [pres("utser", "utse"), pres("har", "ha")],
        [st("kommunfullmäktige", "Kommunfullmäktige", "none", None, "utse", "utser",
            "ledamöterna i nämnden"),
         st("ersättare", "Ersättarna", "none", None, "ha", "har",
            "närvarorätt vid nämndens sammanträden")],
        doc=D, label="1 §"),
    rec("§2", KO_2,
        [("Hamnchefen", "hamnchef", TJP), ("Kassören", "kassör", FTV), ("nämnden", HN, POL)],
        [pres("ansvarar", "ansvara"), pres("tar", "ta"), pres("redovisar", "redovisa")],
        [st("hamnchef", "Hamnchefen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för ordningen i hamnen"),
         st("kassör", "Kassören", "none", None, "ta", "tar", "avgifterna"),
         st("kassör", "Kassören", "none", None, "redovisa", "redovisar",
            "dem till nämnden varje månad")],
        doc=D, label="2 §"),
    rec("§3", KO_3, [("Nämnden", HN, POL)],
        [pres("är", "vara"), pres("betalas", "betala", "pass"), pres("beslutar", "besluta")],
        [st(HN, "Nämnden", "none", None, "besluta", "beslutar", "om taxan")],
        doc=D, label="3 §"),
]

D = "w43-v-gasthamn"
GH_AD = ("Här finns reglerna för gästhamnarna i fulltext. Vi uppdaterar sidan varje vecka "
         "när nya regler kommer.")
GH_TOP = "SFS 2032:217 Utkom från trycket den 9 maj 2032"
GH_TITLE = "Förordning om ändring i gästhamnsförordningen (2027:31);"
GH_ISSUED = "utfärdad den 2 maj 2032."
GH_INTRO = "Regeringen föreskriver att 3 § gästhamnsförordningen (2027:31) ska ha följande lydelse."
GH_3 = "Hamnnämnden bestämmer avgiften för en gästplats.Avgiften betalas i förskott."
GH_OLD = "Övergångsbestämmelser"
GH_START = "Dessa föreskrifter träder i kraft den 1 juni 2032."
GH_KEEP = "Äldre föreskrifter gäller fortfarande för avgifter för år 2032."
GH_SIGN = "På regeringens vägnarKARIN BERGOla Nyström(Näringsdepartementet)"
GH_TEXT = (f"Gästhamnar i Västerby\n\n{GH_AD}\n{GH_TOP}{GH_TITLE}{GH_ISSUED}{GH_INTRO}3 §3 § "
           f"{GH_3}{GH_OLD}1. {GH_START}2. {GH_KEEP}{GH_SIGN}\n")
# be-C4 with a förordning's formulae: the preamble `Regeringen föreskriver`, the heading
# `Övergångsbestämmelser` glued to the § before it and its numbered points, the first of them
# `Dessa föreskrifter träder i kraft` (layout.yaml `statute_print_openers`).
GH = [
    rec("title", "Gästhamnar i Västerby", doc=D, kind="heading"),
    rec("p1", GH_AD, [], [pres("finns", "finnas"), pres("uppdaterar", "uppdatera"),
                          pres("kommer", "komma")], doc=D),
    rec("m1", GH_TOP, doc=D),
    rec("h1", GH_TITLE, doc=D, kind="heading"),
    rec("m2", GH_ISSUED, doc=D, parent="h1"),
    rec("p2", GH_INTRO, [("Regeringen", "regering", EXT)],
        [pres("föreskriver", "föreskriva"), SKA, inf("ha")],
        [st("regering", "Regeringen", "none", None, "föreskriva", "föreskriver",
            GH_INTRO[len("Regeringen föreskriver "):-1])],
        doc=D, parent="h1"),
    rec("§3", GH_3, [("Hamnnämnden", "hamnnämnd", POL)],
        [pres("bestämmer", "bestämma"), pres("betalas", "betala", "pass")],
        [st("hamnnämnd", "Hamnnämnden", "none", None, "bestämma", "bestämmer",
            "avgiften för en gästplats")],
        doc=D, parent="h1", label="3 §"),
    rec("h2", GH_OLD, doc=D, kind="heading", parent="h1"),
    rec("ö1", GH_START, [], [pres("träder", "träda")], doc=D, parent="h2", label="1."),
    rec("ö2", GH_KEEP, [], [pres("gäller", "gälla")], doc=D, parent="h2", label="2."),
    rec("m3", GH_SIGN, [("regeringens", "regering", EXT),
                        ("Näringsdepartementet", "näringsdepartementet", EXT)],
        doc=D),
]

DOCUMENTS = {"w43-v-minnesfond": (MF_TEXT, MF), "w43-v-hogskola": (HS_TEXT, HS),
             "w43-v-lagrum": (LR_TEXT, LR), "w43-v-kommun": (KO_TEXT, KO),
             "w43-v-gasthamn": (GH_TEXT, GH)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w43-v", DOCUMENTS)
