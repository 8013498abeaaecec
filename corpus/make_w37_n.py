"""Builds corpus/dev/w37-n.jsonl and the small documents corpus/dev/w37-n-*.txt with their
gold: invented material for round 37, writer N (analyst 37; gold by hand from
docs/annotation.md before the rules): ar-B6 a bolagsordning's firma clause (`Bolagets firma
är Ekbo Energi AB`: no statement, no actor inside the naming); ar-B7 a bare `vice
ordförande` opening the next clause after an owned chair stays bare; ar-C2 `myndigheten` in
a document naming a länsstyrelse by its lexicon noun (one agency: resolved; two: not) or by
a statute title's `med länsstyrelseinstruktion`; ar-S1/S2 a statute's field block in
`Label: value` lines and the colon-less block through `Författningen har upphävts genom`;
ar-S3 an amendment note wrapped before its number; aq-S1 a coordination hyphen glued to
`och`/`eller` (`Vård-och omsorgsnämnden`); ar-C8 an association named without `förbund`
whose own bodies are `förbund-` compounds: its `förbundets`, and a heading `Myndigheten
Ekbyhögskolan` (one actor). Offsets computed.
Run: python corpus/make_w37_n.py corpus/dev"""

import sys

from records import EXT, FTV, ORG, POL, SKA, records_for, write_part
from records import statement as st

rec = records_for("w37-n")


RECORDS = [
    # ar-B7: the owner of the first chair does not carry over to the next clause's bare
    # `vice ordförande` (§2.3, round 5 and round 37)
    rec("b7-1", "Rådets ordförande utses av kommunen, vice ordförande utses inom rådet.",
        [("Rådets ordförande", "rådets ordförande", FTV), ("kommunen", "kommun", ORG),
         ("vice ordförande", "vice ordförande", FTV), ("rådet", "råd", POL)],
        [("utses", "utse", "pres", "pass"), ("utses", "utse", "pres", "pass", 1)],
        [st("kommun", "kommunen", "none", None, "utse", "utses", "Rådets ordförande", passive=True),
         st("vice ordförande", "vice ordförande", "none", None, "utse", "utses", "inom rådet",
            passive=True)]),
    rec("b7-2", "Nämndens ordförande utses av fullmäktige och vice ordförande väljs av "
        "nämnden.",
        [("Nämndens ordförande", "nämndens ordförande", FTV),
         ("fullmäktige", "fullmäktige", POL), ("vice ordförande", "vice ordförande", FTV),
         ("nämnden", "nämnd", POL)],
        [("utses", "utse", "pres", "pass"), ("väljs", "välja", "pres", "pass")],
        [st("fullmäktige", "fullmäktige", "none", None, "utse", "utses", "Nämndens ordförande",
            passive=True),
         st("nämnd", "nämnden", "none", None, "välja", "väljs", "vice ordförande", passive=True)]),
]

D = "w37-n-bolag"
BOLAG_TEXT = """Bolagsordning för Ekbo Energi AB

§ 1 Firma

Bolagets firma är Ekbo Energi AB.

§ 2 Verksamhet

Ekbo Energi ska producera och sälja el.
"""
EEA = "ekbo energi ab"
BOLAG = [
    rec("title", "Bolagsordning för Ekbo Energi AB", [("Ekbo Energi AB", EEA, ORG)], doc=D,
        kind="heading"),
    rec("§1", "Firma", doc=D, kind="heading", label="§ 1"),
    # §2.1 naming clause: N is a naming, no actor, no statement; the owner takes N
    rec("§1.1", "Bolagets firma är Ekbo Energi AB.", [("Bolagets", EEA, ORG)],
        [("är", "vara", "pres", "act")], doc=D, parent="§1"),
    rec("§2", "Verksamhet", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Ekbo Energi ska producera och sälja el.", [("Ekbo Energi", EEA, ORG)],
        [SKA, ("producera", "producera", "inf", "act"), ("sälja", "sälja", "inf", "act")],
        [st(EEA, "Ekbo Energi", "obligation", "ska", "producera", "producera", "el"),
         st(EEA, "Ekbo Energi", "obligation", "ska", "sälja", "sälja", "el")],
        doc=D, parent="§2"),
]

D = "w37-n-omsorg"
OMSORG_TEXT = """Reglemente

Vård-och omsorgsnämnden beslutar om avgifter.

Barn-och utbildningsnämnden ansvarar för förskolan.
"""
OMSORG = [
    rec("title", "Reglemente", doc=D, kind="heading"),
    # aq-S1: a coordination hyphen glued to its coordinator is the suspended compound's
    # (a whole document: a record scored alone keeps no map of normalize's inserted space)
    rec("1", "Vård-och omsorgsnämnden beslutar om avgifter.",
        [("Vård-och omsorgsnämnden", "vård- och omsorgsnämnd", POL)],
        [("beslutar", "besluta", "pres", "act")],
        [st("vård- och omsorgsnämnd", "Vård-och omsorgsnämnden", "none", None, "besluta",
            "beslutar", "om avgifter")], doc=D, parent="title"),
    rec("2", "Barn-och utbildningsnämnden ansvarar för förskolan.",
        [("Barn-och utbildningsnämnden", "barn- och utbildningsnämnd", POL)],
        [("ansvarar", "ansvara", "pres", "act")],
        [st("barn- och utbildningsnämnd", "Barn-och utbildningsnämnden", "responsibility",
            "ansvarar för", "ansvara", "ansvarar", "förskolan")], doc=D,
        parent="title"),
]

D = "w37-n-forbund"
FORBUND_TEXT = """Stadgar för Ekbia

1 § Förbundsmötet är förbundets högsta beslutande organ.

2 § Förbundsstyrelsen leder förbundets arbete mellan förbundsmötena.
"""
FORBUND = [
    rec("title", "Stadgar för Ekbia", [("Ekbia", "ekbia", ORG)], doc=D, kind="heading"),
    # ar-C8 (§2.3, round 37): the association's own bodies are förbund- compounds, so its
    # `förbundets` is the association, whose name has no `förbund`
    rec("§1", "Förbundsmötet är förbundets högsta beslutande organ.",
        [("Förbundsmötet", "förbundsmöte", "övrig"), ("förbundets", "ekbia", ORG)],
        [("är", "vara", "pres", "act")],
        [st("förbundsmöte", "Förbundsmötet", "none", None, "vara", "är",
            "förbundets högsta beslutande organ")], doc=D, parent="title", label="1 §"),
    rec("§2", "Förbundsstyrelsen leder förbundets arbete mellan förbundsmötena.",
        [("Förbundsstyrelsen", "förbundsstyrelse", POL), ("förbundets", "ekbia", ORG)],
        [("leder", "leda", "pres", "act")],
        [st("förbundsstyrelse", "Förbundsstyrelsen", "none", None, "leda", "leder",
            "förbundets arbete mellan förbundsmötena")], doc=D, parent="title",
        label="2 §"),
]

D = "w37-n-hogskola"
HOGSKOLA_TEXT = """Myndigheten Ekbyhögskolan

Ekbyhögskolan bedriver utbildning och forskning. Myndigheten ska samverka med regionen.
"""
EHS = "ekbyhögskola"
HOGSKOLA = [
    # ar-C8 (round 37): a heading's agency kind noun in apposition before the name: one actor
    rec("title", "Myndigheten Ekbyhögskolan", [("Myndigheten Ekbyhögskolan", EHS, ORG)],
        doc=D, kind="heading"),
    rec("1", "Ekbyhögskolan bedriver utbildning och forskning. Myndigheten ska samverka med "
        "regionen.",
        [("Ekbyhögskolan", EHS, ORG), ("Myndigheten", EHS, ORG), ("regionen", "region", ORG)],
        [("bedriver", "bedriva", "pres", "act"), SKA, ("samverka", "samverka", "inf", "act")],
        [st(EHS, "Ekbyhögskolan", "none", None, "bedriva", "bedriver", "utbildning och forskning"),
         st(EHS, "Myndigheten", "obligation", "ska", "samverka", "samverka",
            "med regionen")], doc=D, parent="title"),
]

D = "w37-n-lansstyrelse"
LANSSTYRELSE_TEXT = """Länsstyrelsens uppdrag

Länsstyrelsen följer upp miljömålen i länet. Myndigheten ska samverka med kommunerna.
"""
LST = "länsstyrelse"
LANSSTYRELSE = [
    rec("title", "Länsstyrelsens uppdrag", [("Länsstyrelsens", LST, POL)], doc=D,
        kind="heading"),
    # §2.5 round 29 + round 37: the one agency, named by its lexicon noun
    rec("1", "Länsstyrelsen följer upp miljömålen i länet. Myndigheten ska samverka med "
        "kommunerna.",
        [("Länsstyrelsen", LST, POL), ("Myndigheten", LST, ORG), ("kommunerna", "kommun", ORG)],
        [("följer", "följa", "pres", "act"), SKA, ("samverka", "samverka", "inf", "act")],
        [st(LST, "Länsstyrelsen", "none", None, "följa", "följer", "upp miljömålen"),
         st(LST, "Myndigheten", "obligation", "ska", "samverka", "samverka",
            "med kommunerna")], doc=D, parent="title"),
]

D = "w37-n-tva-myndigheter"
TVA_TEXT = """Länsstyrelsen följer upp arbetet. Tullverket ger myndigheten stöd.
"""
TVA = [
    # two agencies: `myndigheten` stays `myndighet` (§2.5 round 29)
    rec("1", "Länsstyrelsen följer upp arbetet. Tullverket ger myndigheten stöd.",
        [("Länsstyrelsen", LST, POL), ("Tullverket", "tullverket", EXT),
         ("myndigheten", "myndighet", EXT)],
        [("följer", "följa", "pres", "act"), ("ger", "ge", "pres", "act")],
        [st(LST, "Länsstyrelsen", "none", None, "följa", "följer", "upp arbetet"),
         st("tullverket", "Tullverket", "none", None, "ge", "ger", "myndigheten stöd")], doc=D),
]

D = "w37-n-instruktion"
INSTRUKTION_TEXT = """Förordning (2031:7) med länsstyrelseinstruktion

1 § Varje län har en länsstyrelse.

2 § Inom myndighetens område ska länsstyrelsen verka för att de nationella målen får genomslag.
"""
INSTRUKTION = [
    rec("title", "Förordning (2031:7) med länsstyrelseinstruktion", doc=D, kind="heading"),
    rec("§1", "Varje län har en länsstyrelse.", [("länsstyrelse", LST, POL)],
        [("har", "ha", "pres", "act")], doc=D, parent="title", label="1 §"),
    rec("§2", "Inom myndighetens område ska länsstyrelsen verka för att de nationella målen "
        "får genomslag.",
        [("myndighetens", LST, ORG), ("länsstyrelsen", LST, POL)],
        [SKA, ("verka", "verka", "inf", "act"), ("får", "få", "pres", "act")],
        [st(LST, "länsstyrelsen", "obligation", "ska", "verka", "verka",
            "för att de nationella målen får genomslag")], doc=D, parent="title",
        label="2 §"),
]

D = "w37-n-falt"
FALT_TEXT = """Förordning (2031:42) om tillsyn över dammar

SFS nr: 2031:42
Utfärdad: 2031-05-12
Ikraft: 2031-07-01
Upphävd: 2035-01-01
Författningen har upphävts genom: SFS 2034:902

1 § Länsstyrelsen utövar tillsyn över dammar. Förordning
(2032:12).
"""
FALT = [
    rec("title", "Förordning (2031:42) om tillsyn över dammar", doc=D, kind="heading"),
    rec("m1", "SFS nr: 2031:42 Utfärdad: 2031-05-12 Ikraft: 2031-07-01 Upphävd: 2035-01-01 "
        "Författningen har upphävts genom: SFS 2034:902", doc=D),
    rec("§1", "Länsstyrelsen utövar tillsyn över dammar. Förordning (2032:12).",
        [("Länsstyrelsen", LST, POL)], [("utövar", "utöva", "pres", "act")],
        [st(LST, "Länsstyrelsen", "none", None, "utöva", "utövar",
            "tillsyn över dammar")], doc=D, parent="title", label="1 §"),
]

D = "w37-n-block"
BLOCK_TEXT = """Förordning (2031:41) om stöd till fiske

SFS nr
2031:41
Utfärdad
2031-05-12
Författningen har upphävts genom
SFS 2034:901
Upphävd
2035-01-01

1 § Länsstyrelsen prövar frågor om stöd.
"""
BLOCK = [
    rec("title", "Förordning (2031:41) om stöd till fiske", doc=D, kind="heading"),
    rec("m1", "SFS nr 2031:41 Utfärdad 2031-05-12 Författningen har upphävts genom SFS "
        "2034:901 Upphävd 2035-01-01", doc=D),
    rec("§1", "Länsstyrelsen prövar frågor om stöd.", [("Länsstyrelsen", LST, POL)],
        [("prövar", "pröva", "pres", "act")],
        [st(LST, "Länsstyrelsen", "none", None, "pröva", "prövar", "frågor om stöd")],
        doc=D, parent="title", label="1 §"),
]

DOCUMENTS = {"w37-n-bolag": (BOLAG_TEXT, BOLAG),
             "w37-n-lansstyrelse": (LANSSTYRELSE_TEXT, LANSSTYRELSE),
             "w37-n-tva-myndigheter": (TVA_TEXT, TVA),
             "w37-n-instruktion": (INSTRUKTION_TEXT, INSTRUKTION),
             "w37-n-falt": (FALT_TEXT, FALT),
             "w37-n-block": (BLOCK_TEXT, BLOCK),
             "w37-n-omsorg": (OMSORG_TEXT, OMSORG),
             "w37-n-forbund": (FORBUND_TEXT, FORBUND),
             "w37-n-hogskola": (HOGSKOLA_TEXT, HOGSKOLA)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w37-n", DOCUMENTS, before=RECORDS)
