"""Builds corpus/dev/w36-n.jsonl and the small documents corpus/dev/w36-n-*.txt with their
gold: invented material for round 36, writer N (gold by hand from docs/annotation.md): N1 the
agency named in the title line of the document's own statute (`Förordning (…) med
instruktion för Myndigheten för …`), also where a sentence opens with its name, and
`Myndigheten` resolving to it; N2 a bare `Ordföranden` after a chair named only as a
predicative (`ska vara styrelsens ordförande`) stays `ordförande`; N3 a capitals name after
`Föreningen`/`Stiftelsen` with inner function words; N5 `Svenska`/`Nordiska` + a capitalised
organisation compound and a place's genitive + a capitalised association noun. Offsets
computed. Run: python corpus/make_w36_n.py corpus/dev"""

import sys

from records import EXT, FTV, ORG, POL, SKA, records_for, write_part
from records import statement as st

rec = records_for("w36-n")


RECORDS = [
    # N3: a capitals name after the kind noun keeps its inner function words
    rec("n3-1", "Stiftelsen HJÄLP AV VÄNNER ska dela ut stipendier.",
        [("Stiftelsen HJÄLP AV VÄNNER", "stiftelsen hjälp av vänner", ORG)],
        [SKA, ("dela", "dela", "inf", "act")],
        [st("stiftelsen hjälp av vänner", "Stiftelsen HJÄLP AV VÄNNER", "obligation", "ska",
            "dela", "dela", "ut stipendier")]),
    rec("n3-2", "Föreningen IDROTT I NORR ska främja friluftsliv.",
        [("Föreningen IDROTT I NORR", "föreningen idrott i norr", ORG)],
        [SKA, ("främja", "främja", "inf", "act")],
        [st("föreningen idrott i norr", "Föreningen IDROTT I NORR", "obligation", "ska",
            "främja", "främja", "friluftsliv")]),
    # N4: `Ordföranden i det <name adjective> <body>`: the owned chair (§2.3, round 6 and 30);
    # a bare fronted `Ordförande i X är <definite actor>` stays round 29 B2's predicative
    rec("n4-1", "Ordföranden i det regionala rådet kallar till sammanträdena.",
        [("Ordföranden", "regionala rådets ordförande", FTV), ("rådet", "råd", POL)],
        [("kallar", "kalla", "pres", "act")],
        [st("regionala rådets ordförande", "Ordföranden", "none", None, "kalla", "kallar",
            "till sammanträdena")]),
    rec("n4-2", "Ordförande i den kommunala nämnden leder arbetet.",
        [("Ordförande", "kommunala nämndens ordförande", FTV), ("nämnden", "nämnd", POL)],
        [("leder", "leda", "pres", "act")],
        [st("kommunala nämndens ordförande", "Ordförande", "none", None, "leda", "leder",
            "arbetet")]),
    rec("n4-3", "Ordförande i det regionala rådet är landshövdingen.",
        [("rådet", "råd", POL), ("landshövdingen", "landshövding", EXT)],
        [("är", "vara", "pres", "act")],
        [st("landshövding", "landshövdingen", "none", None, "vara", "är")]),
    # N5: national/Nordic names and a place's genitive + an association noun
    rec("n5-1", "Stiftelsen är fristående från Svenska Seglarförbundet.",
        [("Stiftelsen", "stiftelse", ORG),
         ("Svenska Seglarförbundet", "svenska seglarförbundet", ORG)],
        [("är", "vara", "pres", "act")],
        [st("stiftelse", "Stiftelsen", "none", None, "vara", "är",
            "fristående från Svenska Seglarförbundet")]),
    rec("n5-2", "Ledamöterna utses av Norrås Idrottsdistrikt.",
        [("Ledamöterna", "ledamot", FTV),
         ("Norrås Idrottsdistrikt", "norrås idrottsdistrikt", ORG)],
        [("utses", "utse", "pres", "pass")],
        [st("norrås idrottsdistrikt", "Norrås Idrottsdistrikt", "none", None, "utse", "utses",
            "Ledamöterna", passive=True)]),
    rec("n5-3", "Medlemsavgiften fastställs av Åsbys Schackklubb.",
        [("Åsbys Schackklubb", "åsbys schackklubb", ORG)],
        [("fastställs", "fastställa", "pres", "pass")],
        [st("åsbys schackklubb", "Åsbys Schackklubb", "none", None, "fastställa", "fastställs",
            "Medlemsavgiften", passive=True)]),
    rec("n5-4", "Förbundet samarbetar med Nordiska Konstnärsrådet.",
        [("Förbundet", "förbund", ORG),
         ("Nordiska Konstnärsrådet", "nordiska konstnärsrådet", ORG)],
        [("samarbetar", "samarbeta", "pres", "act")],
        [st("förbund", "Förbundet", "none", None, "samarbeta", "samarbetar",
            "med Nordiska Konstnärsrådet")]),
]

D = "w36-n-vattenvard"
VATTENVARD_TEXT = """Förordning (2031:55) med instruktion för Myndigheten för vattenvård och fiske

Uppgifter

1 § Myndigheten för vattenvård och fiske har ansvar för fiskevården.

2 § Myndigheten ska
1. följa upp bestånden,
2. redovisa resultaten till regeringen.
"""
MVF = "myndigheten för vattenvård och fiske"
MVF_SPAN = ("Myndigheten för vattenvård och fiske", MVF, EXT)
VATTENVARD = [
    rec("title", VATTENVARD_TEXT.splitlines()[0], [MVF_SPAN], doc=D, kind="heading"),
    rec("h1", "Uppgifter", doc=D, kind="heading"),
    rec("§1", "Myndigheten för vattenvård och fiske har ansvar för fiskevården.", [MVF_SPAN],
        [("har", "ha", "pres", "act")],
        [st(MVF, "Myndigheten för vattenvård och fiske", "responsibility", "har ansvar för",
            "ansvara", "har", "fiskevården")], doc=D, parent="h1", label="1 §"),
    rec("§2", "Myndigheten ska", [("Myndigheten", MVF, ORG)], [SKA], doc=D, parent="h1",
        label="2 §"),
    rec("§2.1", "följa upp bestånden,", [], [("följa", "följa", "inf", "act")],
        [st(MVF, "Myndigheten", "obligation", "ska", "följa", "följa",
            "upp bestånden")], doc=D, parent="§2", kind="list_item", label="1."),
    rec("§2.2", "redovisa resultaten till regeringen.", [("regeringen", "regering", EXT)],
        [("redovisa", "redovisa", "inf", "act")],
        [st(MVF, "Myndigheten", "obligation", "ska", "redovisa", "redovisa",
            "resultaten till regeringen")], doc=D, parent="§2", kind="list_item", label="2."),
]

D = "w36-n-delegation"
DELEGATION_TEXT = """Förordning (2030:140) med instruktion för Delegationen för digital förvaltning

1 § Delegationen för digital förvaltning ska samordna arbetet med digitala tjänster.

2 § Myndigheten får besluta om föreskrifter för verksamheten.
"""
DDF = "delegationen för digital förvaltning"
DDF_SPAN = ("Delegationen för digital förvaltning", DDF, EXT)
DELEGATION = [
    rec("title", DELEGATION_TEXT.splitlines()[0], [DDF_SPAN], doc=D, kind="heading"),
    rec("§1", "Delegationen för digital förvaltning ska samordna arbetet med digitala tjänster.",
        [DDF_SPAN], [SKA, ("samordna", "samordna", "inf", "act")],
        [st(DDF, "Delegationen för digital förvaltning", "obligation", "ska", "samordna",
            "samordna", "arbetet med digitala tjänster")], doc=D, parent="title",
        label="1 §"),
    rec("§2", "Myndigheten får besluta om föreskrifter för verksamheten.",
        [("Myndigheten", DDF, ORG)], [("får", "få", "pres", "act"),
                                      ("besluta", "besluta", "inf", "act")],
        [st(DDF, "Myndigheten", "permission", "får", "besluta", "besluta",
            "om föreskrifter för verksamheten")], doc=D, parent="title", label="2 §"),
]

D = "w36-n-stadgar"
STADGAR_TEXT = """Stadgar

1 § Föreningen IDROTT FÖR ALLA ska verka för motion och friluftsliv.

2 § Föreningen är ansluten till Svenska Gymnastikförbundet.

3 § Styrelsen består av fem ledamöter. En av dem ska vara styrelsens ordförande.

4 § Ordföranden kallar till möte.

5 § Revisorerna utses av Västbys Idrottsdistrikt.
"""
IFA = "föreningen idrott för alla"
STADGAR = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("§1", "Föreningen IDROTT FÖR ALLA ska verka för motion och friluftsliv.",
        [("Föreningen IDROTT FÖR ALLA", IFA, ORG)], [SKA, ("verka", "verka", "inf", "act")],
        [st(IFA, "Föreningen IDROTT FÖR ALLA", "obligation", "ska", "verka", "verka",
            "för motion och friluftsliv")], doc=D, parent="title", label="1 §"),
    rec("§2", "Föreningen är ansluten till Svenska Gymnastikförbundet.",
        [("Föreningen", "förening", ORG),  # §2.3 round 16/19: no definition, no naming verb
         ("Svenska Gymnastikförbundet", "svenska gymnastikförbundet", ORG)],
        [("är", "vara", "pres", "act")],
        [st("förening", "Föreningen", "none", None, "vara", "är",
            "ansluten till Svenska Gymnastikförbundet")], doc=D, parent="title", label="2 §"),
    rec("§3", "Styrelsen består av fem ledamöter. En av dem ska vara styrelsens ordförande.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)],
        [("består", "bestå", "pres", "act"), SKA, ("vara", "vara", "inf", "act")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består",
            "av fem ledamöter")], doc=D, parent="title", label="3 §"),
    rec("§4", "Ordföranden kallar till möte.", [("Ordföranden", "ordförande", FTV)],
        [("kallar", "kalla", "pres", "act")],
        [st("ordförande", "Ordföranden", "none", None, "kalla", "kallar",
            "till möte")], doc=D, parent="title", label="4 §"),
    rec("§5", "Revisorerna utses av Västbys Idrottsdistrikt.",
        [("Revisorerna", "revisor", FTV),
         ("Västbys Idrottsdistrikt", "västbys idrottsdistrikt", ORG)],
        [("utses", "utse", "pres", "pass")],
        [st("västbys idrottsdistrikt", "Västbys Idrottsdistrikt", "none", None, "utse",
            "utses", "Revisorerna", passive=True)], doc=D, parent="title", label="5 §"),
]

DOCUMENTS = {"w36-n-vattenvard": (VATTENVARD_TEXT, VATTENVARD),
             "w36-n-delegation": (DELEGATION_TEXT, DELEGATION),
             "w36-n-stadgar": (STADGAR_TEXT, STADGAR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w36-n", DOCUMENTS, before=RECORDS)
