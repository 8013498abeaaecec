"""Builds corpus/dev/w50-l.jsonl and the pages corpus/dev/w50-l-*.txt with their gold: invented
material for round 50, writer w50l (analysis 50-bt causes L1, L2, analysis 50-bu cause L1, rulings
bt b3, b4, b5), annotated by hand from docs/annotation.md before any rule was written.
`w50-l-agarpolicy` (an ownership policy as a PDF text layer, blank-line blocks): a one-word label
and a colon before a verbless run-in heading of several words glued to the sentence whose subject
follows (§1.2 round 11: the sentence opens at the subject); negative: the label before a heading
that is itself the subject (`Övrigt: Riktlinjer … finns …`); a lost full stop before a long
genitive-led subject of an agentless passive whose `mellan`-phrase holds bodies (two sentences,
implicit actor; one paragraph keeping both sentences, §1.2
round 9); negative: a capitalised genitive after a preposition, no finite after it.
`w50-l-namndsida` (a nämnd's web page, one clause a line): `<role> är <Name> (<party>)` lines, the
second and third in lower case (round 42: no actor for the role, no statement; round 50 b4: a
clause each); a `Kontakt` heading over two role + name cards without contact lines (b3); a byline
and an update line on consecutive lines (b5: two field-line clauses). `w50-l-radsida` (a council's
web page): an update label whose date wraps to the next line (one metadata clause, never an item
`8`). Offsets computed.
Run: python corpus/make_w50_l.py corpus/dev"""

import sys

from records import AR, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

FORV = "förvaltningsorganisation"
rec = records_for("w50-l", conditions_from_statements=True)

# (a) An ownership policy as a PDF text layer: blank-line blocks.
D = "w50-l-agarpolicy"
AGAR = [
    "Ägarpolicy för bolagen i Ljungsåkra kommun",
    "Antagen av kommunfullmäktige 2031-05-19, § 62",
    "Syfte och ansvar",
    "Kommunstyrelsen leder styrningen av bolagen.",
    "Synpunkter: Principer för uppföljning av ekonomin i de helägda bolagen Ekonomiutskottet "
    "granskar varje kvartal rapporterna.",
    "Övrigt: Riktlinjer för ekonomiutskottets arbete finns på intranätet.",
    "Styrelsen ska redovisa bolagets resultat till kommunstyrelsen Kommunens samråd mellan "
    "förvaltningarna och bolagen i frågor om investeringar ska dokumenteras varje år.",
    "Bolagen lämnar uppgifter enligt Kommunstyrelsens anvisningar.",
]
AGAR_TEXT = "\n\n".join(AGAR) + "\n"
LK = "ljungsåkra kommun"
AGARPOLICY = [
    rec("title", AGAR[0], [("bolagen", "bolag", ORG), ("Ljungsåkra kommun", LK, ORG)], doc=D,
        kind="heading"),
    rec("m1", AGAR[1], [("kommunfullmäktige", "kommunfullmäktige", POL)], doc=D),
    rec("h1", AGAR[2], doc=D, kind="heading"),
    rec("1", AGAR[3], [("Kommunstyrelsen", "kommunstyrelse", POL), ("bolagen", "bolag", ORG)],
        [pres("leder", "leda")],
        [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "leda", "leder",
            "styrningen av bolagen")], doc=D, parent="h1"),
    rec("2", AGAR[4], [("bolagen", "bolag", ORG), ("Ekonomiutskottet", "ekonomiutskott", POL)],
        [pres("granskar", "granska")],
        [st("ekonomiutskott", "Ekonomiutskottet", "none", None, "granska", "granskar",
            "rapporterna")], doc=D, parent="h1"),
    rec("3", AGAR[5], [("ekonomiutskottets", "ekonomiutskott", POL)], [pres("finns", "finnas")],
        doc=D, parent="h1"),
    rec("4", AGAR[6], [("Styrelsen", "styrelse", POL), ("bolagets", "bolag", ORG),
                       ("kommunstyrelsen", "kommunstyrelse", POL), ("Kommunens", LK, ORG),
                       ("förvaltningarna", "förvaltning", FORV), ("bolagen", "bolag", ORG)],
        [SKA, inf("redovisa"), (*SKA, 1), inf("dokumenteras", "dokumentera", "pass")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "redovisa", "redovisa",
            "bolagets resultat"),
         st(None, None, "obligation", "ska", "dokumentera", "dokumenteras",
            "Kommunens samråd mellan förvaltningarna och bolagen i frågor om investeringar",
            passive=True)], doc=D, parent="h1"),
    rec("5", AGAR[7], [("Bolagen", "bolag", ORG), ("Kommunstyrelsens", "kommunstyrelse", POL)],
        [pres("lämnar", "lämna")],
        [st("bolag", "Bolagen", "none", None, "lämna", "lämnar", "uppgifter")], doc=D,
        parent="h1"),
]

# (b) A nämnd's web page, one clause a line.
D = "w50-l-namndsida"
NAMND = [
    "Byggnadsnämnden",
    "Byggnadsnämnden ansvarar för bygglov och tillsyn i kommunen.",
    "Ordförande i byggnadsnämnden är Helena Strandberg (C)",
    "förste vice ordförande är Mikael Bergsten (S)",
    "andre vice ordförande är Sofia Lindholm (M)",
    "Nämnden sammanträder en gång i månaden.",
    "Kontakt",
    "Ordförande",
    "Helena Strandberg, C",
    "Nämndsekreterare",
    "Oskar Eklöf",
    "Publicerad av: Oskar Eklöf",
    "Senast ändrad: 2 april 2031",
]
NAMND_TEXT = "\n".join(NAMND) + "\n"
BN = "byggnadsnämnd"
NAMNDSIDA = [
    rec("title", NAMND[0], [("Byggnadsnämnden", BN, POL)], doc=D, kind="heading"),
    rec("1", NAMND[1], [("Byggnadsnämnden", BN, POL), ("kommunen", "kommun", ORG)],
        [pres("ansvarar", "ansvara")],
        [st(BN, "Byggnadsnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för bygglov och tillsyn i kommunen")], doc=D),
    rec("2", NAMND[2], [("byggnadsnämnden", BN, POL)], [AR], doc=D),
    rec("3", NAMND[3], [], [AR], doc=D),
    rec("4", NAMND[4], [], [AR], doc=D),
    rec("5", NAMND[5], [("Nämnden", "nämnd", POL)], [pres("sammanträder", "sammanträda")],
        [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder",
            "en gång i månaden")], doc=D),
    rec("h1", NAMND[6], doc=D, kind="heading"),
    rec("m1", " ".join(NAMND[7:9]), [("Ordförande", "byggnadsnämndens ordförande", FTV)],
        doc=D, parent="h1"),
    rec("m2", " ".join(NAMND[9:11]), [("Nämndsekreterare", "nämndsekreterare", TJP)], doc=D,
        parent="h1"),
    rec("m3", NAMND[11], doc=D, parent="h1"),
    rec("m4", NAMND[12], doc=D, parent="h1"),
]

# (c) A council's web page whose update date wraps to the next line.
D = "w50-l-radsida"
RAD = [
    "Kulturrådet",
    "Kulturrådet ger råd till kulturnämnden i frågor om konst och kulturarv.",
    "Rådet består av sju ledamöter som kulturnämnden utser.",
    "Senast uppdaterad:",
    "8 maj 2031",
]
RAD_TEXT = "\n".join(RAD) + "\n"
KR, KN = "kulturråd", "kulturnämnd"
RADSIDA = [
    rec("title", RAD[0], [("Kulturrådet", KR, POL)], doc=D, kind="heading"),
    rec("1", RAD[1], [("Kulturrådet", KR, POL), ("kulturnämnden", KN, POL)],
        [pres("ger", "ge")],
        [st(KR, "Kulturrådet", "none", None, "ge", "ger", "råd till kulturnämnden")], doc=D),
    rec("2", RAD[2], [("Rådet", KR, POL), ("ledamöter", "ledamot", FTV),
                      ("kulturnämnden", KN, POL)],
        [pres("består", "bestå"), pres("utser", "utse")],
        [st(KR, "Rådet", "none", None, "bestå", "består",
            "av sju ledamöter som kulturnämnden utser")], doc=D),  # §5.1: no relative
    rec("m1", " ".join(RAD[3:5]), doc=D),
]

DOCUMENTS = {"w50-l-agarpolicy": (AGAR_TEXT, AGARPOLICY),
             "w50-l-namndsida": (NAMND_TEXT, NAMNDSIDA), "w50-l-radsida": (RAD_TEXT, RADSIDA)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w50-l", DOCUMENTS)
