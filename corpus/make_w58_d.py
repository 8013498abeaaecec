"""Builds corpus/dev/w58-d.jsonl and the documents corpus/dev/w58-d-*.txt with their gold:
invented material for round 58, writer w58d (analysis58-cs C1 with ruling R1, C7, C11).
C1 `proto-*`: a docplayer print of a protocol extract (title line, `Transkript`, one page line
`1 SAMMANTRÄDESPROTOKOLL <Body> Sammanträdesdatum Blad N <register> Dnr N/ <title> <body>`):
per docs/annotation.md §1.2 round 58 R1 the header `SAMMANTRÄDESPROTOKOLL <Body>` is a heading
labelled `1`, the field run one metadata clause, the title repeat a heading, the body a
paragraph, whatever the first sentence opens with: a fronted PP with a date and a definite
actor (`proto-vid`), a PP before the auxiliary and a personal name (`proto-motion`), a name
series and a late `inkommit` (`proto-fran`, a series of bodies later), `Enligt <genitive
actor>` before named companies and a role + name (`proto-enligt`), a short page line
(`proto-kort`). No header word is a subject. Negative `proto-n1`: `Från och med …` opening a
paragraph with no header before it. C7 `titel-*`: a web page whose title line runs past
twelve words without a stop before a numbered line (`1. Inledning`, `§ 1 Nämnderna ska …`,
after field rows): the title is a heading of its own. Negative `titel-n1`: a sentence line
that breaks off at `enligt` before a number goes on. C11 `media-*`: a web page's media
player lines (`Hover Image`, `00:00`, `00:00 / 00:00`) are viewer lines, one metadata clause
each (round 48). Gold by hand from docs/annotation.md §1.2, §2, §5 before any run.
Offsets computed. Run: python corpus/make_w58_d.py corpus/dev"""

import sys

from records import FORV, HAR, ORG, POL, SKA, TJP, inf, pres, records_for, sup, write_part
from records import statement as st

NONE, OB = "none", "obligation"


def maker(doc):
    return records_for(f"w58-d-{doc}", conditions_from_statements=True, check_texts=True)


def past(word, lemma):
    return (word, lemma, "past", "act", 0)


def protocol(body, title, register, number, text):
    """A docplayer print's text: title, viewer line, the page line of page 1."""
    fields = " ".join(filter(None, ("Sammanträdesdatum Blad", number, register, "Dnr")))
    return (f"{title}\n\nTranskript\n\n1 SAMMANTRÄDESPROTOKOLL {body} {fields} {number}/ "
            f"{title} {text}\n")


def protocol_head(rec, body, body_actor, title, register, number):
    """The gold of a protocol print's wrapper, header, field run and title repeat."""
    return [
        rec("title", title, kind="heading"),
        rec("m1", "Transkript"),
        rec("1", f"SAMMANTRÄDESPROTOKOLL {body}", [(body, *body_actor)], kind="heading",
            label="1"),
        rec("m2", " ".join(filter(None, ("Sammanträdesdatum Blad", number, register, "Dnr")))
            + f" {number}/"),
        rec("1.h1", title, kind="heading", parent="1"),
    ]


SN, MN, KS = ("socialnämnd", POL), ("miljönämnd", POL), ("kommunstyrelse", POL)
DOCUMENTS = {}

rec = maker("proto-vid")
TEXT = ("Vid sitt sammanträde den 4 maj 2020 beslutade kommunfullmäktige att remittera "
        "motionen till socialnämnden. Socialnämnden ska lämna ett yttrande senast den 1 "
        "september 2020. Förvaltningen har utrett frågan.")
DOCUMENTS["w58-d-proto-vid"] = (protocol("Socialnämnden", "Svar på motion om lokaler", "Sn",
                                         "9", TEXT), [
    *protocol_head(rec, "Socialnämnden", SN, "Svar på motion om lokaler", "Sn", "9"),
    rec("1.1", TEXT,
        [("kommunfullmäktige", "kommunfullmäktige", POL), ("socialnämnden", *SN),
         ("Socialnämnden", *SN), ("Förvaltningen", "förvaltning", FORV)],
        [past("beslutade", "besluta"), inf("remittera"), SKA, inf("lämna"), HAR,
         sup("utrett", "utreda")],
        [st("kommunfullmäktige", "kommunfullmäktige", NONE, None, "besluta", "beslutade",
            "att remittera motionen till socialnämnden"),
         st("socialnämnd", "Socialnämnden", OB, "ska", "lämna", "lämna",
            "ett yttrande senast den 1 september 2020"),
         st("förvaltning", "Förvaltningen", NONE, None, "utreda", "utrett", "frågan")],
        parent="1"),
])

rec = maker("proto-motion")
TEXT = ("I en motion till kommunfullmäktige har Per Ek, m, föreslagit nya lokaler för "
        "äldreomsorgen. Kommunstyrelsen har remitterat motionen till socialnämnden. Nämnden ska "
        "besvara motionen före årets slut.")
DOCUMENTS["w58-d-proto-motion"] = (protocol("Socialnämnden", "Svar på motion om nya lokaler",
                                            "Sn", "12", TEXT), [
    *protocol_head(rec, "Socialnämnden", SN, "Svar på motion om nya lokaler", "Sn", "12"),
    rec("1.1", TEXT,
        [("kommunfullmäktige", "kommunfullmäktige", POL), ("Kommunstyrelsen", *KS),
         ("socialnämnden", *SN), ("Nämnden", *SN)],
        [HAR, sup("föreslagit", "föreslå"), pres("har", "ha", nth=1),
         sup("remitterat", "remittera"), SKA,
         inf("besvara")],
        [st("kommunstyrelse", "Kommunstyrelsen", NONE, None, "remittera", "remitterat",
            "motionen till socialnämnden"),
         st("socialnämnd", "Nämnden", OB, "ska", "besvara", "besvara",
            "motionen före årets slut")],
        parent="1"),
])

rec = maker("proto-fran")
TEXT = ("Från Per Ek, s, och Eva Lund, v, har till nämndens sammanträde den 3 maj 2021 inkommit "
        "en interpellation om vindkraft. Miljönämnden och byggnadsnämnden ska gemensamt besvara "
        "interpellationen.")
DOCUMENTS["w58-d-proto-fran"] = (protocol("Miljönämnden", "Svar på interpellation om vindkraft",
                                          "Mn", "7", TEXT), [
    *protocol_head(rec, "Miljönämnden", MN, "Svar på interpellation om vindkraft", "Mn", "7"),
    rec("1.1", TEXT,
        [("nämndens", *MN), ("Miljönämnden", *MN),
         ("byggnadsnämnden", "byggnadsnämnd", POL)],
        [HAR, sup("inkommit", "inkomma"), SKA, inf("besvara")],
        [st("miljönämnd", "Miljönämnden", OB, "ska", "besvara", "besvara", "interpellationen"),
         st("byggnadsnämnd", "byggnadsnämnden", OB, "ska", "besvara", "besvara",
            "interpellationen")],
        parent="1"),
])

rec = maker("proto-enligt")
TEXT = ("Enligt kommunstyrelsens beslut ska Ekby Energi AB och Ekby Vatten AB yttra sig över "
        "motionen. Efter beredningen föreslår kommundirektör Eva Ek att motionen avslås.")
DOCUMENTS["w58-d-proto-enligt"] = (protocol("Kommunstyrelsen", "Svar på motion om elpriser",
                                            "", "16", TEXT), [
    *protocol_head(rec, "Kommunstyrelsen", KS, "Svar på motion om elpriser", "", "16"),
    rec("1.1", TEXT,
        [("kommunstyrelsens", *KS), ("Ekby Energi AB", "ekby energi ab", ORG),
         ("Ekby Vatten AB", "ekby vatten ab", ORG),
         ("kommundirektör", "kommundirektör", TJP)],
        [SKA, inf("yttra"), pres("föreslår", "föreslå"), pres("avslås", "avslå", "pass")],
        [st("ekby energi ab", "Ekby Energi AB", OB, "ska", "yttra", "yttra", "sig över motionen"),
         st("ekby vatten ab", "Ekby Vatten AB", OB, "ska", "yttra", "yttra", "sig över motionen"),
         st("kommundirektör", "kommundirektör", NONE, None, "föreslå", "föreslår",
            "att motionen avslås")],
        parent="1"),
])

rec = maker("proto-kort")
TEXT = "Med anledning av motionen har förvaltningschefen utrett frågan."
DOCUMENTS["w58-d-proto-kort"] = (protocol("Socialnämnden", "Svar på motion om lokaler", "Sn",
                                          "9", TEXT), [
    *protocol_head(rec, "Socialnämnden", SN, "Svar på motion om lokaler", "Sn", "9"),
    rec("1.1", TEXT, [("förvaltningschefen", "förvaltningschef", TJP)],
        [HAR, sup("utrett", "utreda")],
        [st("förvaltningschef", "förvaltningschefen", NONE, None, "utreda", "utrett",
            "frågan")],
        parent="1"),
])

rec = maker("proto-n1")
TEXT = "Från och med 2021 ska nämnden lämna rapporter till kommunstyrelsen."
DOCUMENTS["w58-d-proto-n1"] = ("Riktlinjer för rapportering\n\n" + TEXT + "\n", [
    rec("title", "Riktlinjer för rapportering", kind="heading"),
    rec("1", TEXT, [("nämnden", "nämnd", POL), ("kommunstyrelsen", *KS)],
        [SKA, inf("lämna")],
        [st("nämnd", "nämnden", OB, "ska", "lämna", "lämna", "rapporter till kommunstyrelsen")]),
])

# C7: a long unstopped title line before a numbered line (web text, one line a paragraph).
rec = maker("titel-vd")
TITLE = ("Arbetsordning för Ekby Energi AB jämte instruktion för arbetsfördelning mellan "
         "styrelsen och den verkställande direktören")
P1 = "Styrelsen ska varje år anta en arbetsordning."
P2 = "Styrelsen sammanträder minst fyra gånger per år."
DOCUMENTS["w58-d-titel-vd"] = (f"{TITLE}\n1. Inledning\n{P1}\n2. Sammanträden\n{P2}\n", [
    rec("title", TITLE, [("Ekby Energi AB", "ekby energi ab", ORG), ("styrelsen", "styrelse", POL),
                         ("verkställande direktören", "verkställande direktör", TJP)],
        kind="heading"),
    rec("1", "Inledning", kind="heading", label="1."),
    rec("1.1", P1, [("Styrelsen", "styrelse", POL)], [SKA, inf("anta")],
        [st("styrelse", "Styrelsen", OB, "ska", "anta", "anta", "en arbetsordning")],
        parent="1"),
    rec("2", "Sammanträden", kind="heading", label="2."),
    rec("2.1", P2, [("Styrelsen", "styrelse", POL)],
        [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", NONE, None, "sammanträda", "sammanträder",
            "minst fyra gånger per år")],
        parent="2"),
])

rec = maker("titel-paragraf")
TITLE = ("Regler för ekonomisk förvaltning i Ekby kommun med tillhörande anvisningar för "
         "nämnder och bolag")
P1 = "Nämnderna ska följa reglerna."
P2 = "Bolagen ska lämna en rapport varje kvartal."
P3 = ("Kommunstyrelsen har uppsikt över nämndernas ekonomi och ska rapportera till "
      "kommunfullmäktige två gånger per år.")
P4 = "Ekonomichefen ger ut anvisningar."
DOCUMENTS["w58-d-titel-paragraf"] = (f"{TITLE}\n§ 1 {P1}\n§ 2 {P2}\n§ 3 {P3}\n§ 4 {P4}\n", [
    rec("title", TITLE, [("Ekby kommun", "ekby kommun", ORG), ("nämnder", "nämnd", POL),
                         ("bolag", "bolag", ORG)], kind="heading"),
    rec("§1", P1, [("Nämnderna", "nämnd", POL)], [SKA, inf("följa")],
        [st("nämnd", "Nämnderna", OB, "ska", "följa", "följa", "reglerna")], label="§ 1"),
    rec("§2", P2, [("Bolagen", "bolag", ORG)], [SKA, inf("lämna")],
        [st("bolag", "Bolagen", OB, "ska", "lämna", "lämna", "en rapport varje kvartal")],
        label="§ 2"),
    rec("§3", P3, [("Kommunstyrelsen", *KS), ("nämndernas", "nämnd", POL),
                   ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [HAR, SKA, inf("rapportera")],
        [st("kommunstyrelse", "Kommunstyrelsen", NONE, None, "ha", "har",
            "uppsikt över nämndernas ekonomi"),
         st("kommunstyrelse", "Kommunstyrelsen", OB, "ska", "rapportera", "rapportera",
            "till kommunfullmäktige två gånger per år")], label="§ 3"),
    rec("§4", P4, [("Ekonomichefen", "ekonomichef", TJP)], [pres("ger", "ge")],
        [st("ekonomichef", "Ekonomichefen", NONE, None, "ge", "ger", "ut anvisningar")],
        label="§ 4"),
])

rec = maker("titel-n1")
P1 = "Styrelsen ska upprätta en arbetsordning för sitt arbete och pröva den årligen enligt"
P2 = "8 kap. 46 § aktiebolagslagen."
P3 = "Arbetsordningen ska ange hur arbetet fördelas mellan styrelsens ledamöter."
P4 = "Styrelsen utser inom sig en sekreterare."
DOCUMENTS["w58-d-titel-n1"] = (f"Styrelsens arbete\n{P1}\n{P2}\n{P3}\n{P4}\n", [
    rec("title", "Styrelsens arbete", [("Styrelsens", "styrelse", POL)], kind="heading"),
    rec("1", f"{P1} {P2}", [("Styrelsen", "styrelse", POL)],
        [SKA, inf("upprätta"), inf("pröva")],
        [st("styrelse", "Styrelsen", OB, "ska", "upprätta", "upprätta",
            "en arbetsordning för sitt arbete"),
         st("styrelse", "Styrelsen", OB, "ska", "pröva", "pröva",
            "den årligen enligt 8 kap. 46 § aktiebolagslagen")]),
    rec("2", P3, [("styrelsens ledamöter", "styrelsens ledamot", "förtroendevald")],
        [SKA, inf("ange"), pres("fördelas", "fördela", "pass")], []),
    rec("3", P4, [("Styrelsen", "styrelse", POL), ("sekreterare", "sekreterare", TJP)],
        [pres("utser", "utse")],
        [st("styrelse", "Styrelsen", NONE, None, "utse", "utser", "inom sig en sekreterare")]),
])

# C11: media player chrome lines of a web page.
rec = maker("media")
P1 = "Kommunen äger bolagen genom Ekby Stadshus AB."
P2 = "Styrelsen i varje bolag ska följa ägarpolicyn."
DOCUMENTS["w58-d-media"] = (
    "Ägarpolicy för Ekby kommuns bolag\nHover Image\n00:00\n00:00 / 00:00\nHover Image\n"
    f"00:00\n00:00 / 03:15\n{P1}\n{P2}\n", [
        rec("title", "Ägarpolicy för Ekby kommuns bolag", [("Ekby kommuns", "ekby kommun", ORG),
                                                         ("bolag", "bolag", ORG)],
            kind="heading"),
        rec("m1", "Hover Image"),
        rec("m2", "00:00"),
        rec("m3", "00:00 / 00:00"),
        rec("m4", "Hover Image"),
        rec("m5", "00:00"),
        rec("m6", "00:00 / 03:15"),
        rec("1", P1, [("Kommunen", "ekby kommun", ORG), ("bolagen", "bolag", ORG),
                      ("Ekby Stadshus AB", "ekby stadshus ab", ORG)],
            [pres("äger", "äga")],
            [st("ekby kommun", "Kommunen", NONE, None, "äga", "äger",
                "bolagen genom Ekby Stadshus AB")]),
        rec("2", P2, [("Styrelsen", "styrelse", POL), ("bolag", "bolag", ORG)],
            [SKA, inf("följa")],
            [st("styrelse", "Styrelsen", OB, "ska", "följa", "följa", "ägarpolicyn")]),
    ])

if __name__ == "__main__":
    write_part(sys.argv[1], "w58-d", DOCUMENTS)
