"""Builds corpus/dev/w52-h.jsonl: invented paragraphs for round 52, writer H (names; analyses
52-bh R1/R2, 52-al P2/P3, 52-ca S7; gold by hand from docs/annotation.md before the rules,
offsets computed). h1: a spelled-out `Aktiebolag` closing a company's name (with a bracket
acronym) is `ab` in every canonical of the company: the title mention, the naming clause's
owner and `Bolaget`; without the acronym (round 12) too. h2: bare capitalised place names in a
comma/`och` series before one singular `kommun` share it, one actor each; a lower-case word
in the series stops the sharing (negative). P2: a suspended first part before a ministry's
name belongs to the name (`Kultur- och utbildningsdepartementet`), two full names joined by
`och` are two (negative). P3 (ruling l3): foreign-service units (`ambassad`, `konsulat` and
its compounds, `beskickning`) are bodies in an agent role and places after a place
preposition (negatives). S7: a two-label table header glued to a row (`Ärendetyp Delegat`)
holds no subject; a label opening a sentence with its verb stays a mention (negative).
Run: python corpus/make_w52_h.py corpus/dev"""

import sys

from records import (
    EXT,
    FORV,
    FTV,
    ORG,
    POL,
    SKA,
    TJP,
    AR,
    FAR,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

D = "w52-h"
_rec = records_for(D, check_texts=True)


def rec(cid, text, *args, doc=None, **kwargs):
    """One document per paragraph (``w52-h-<cid>``): no paragraph's names reach another's."""
    return _rec(cid, text, *args, doc=doc or f"{D}-{cid}", **kwargs)



GF = "grenby fjärrvärme (gfab) ab"  # the title's mention, as written
GFA = "grenby fjärrvärme (gfab) aktiebolag"  # the naming clause's name (round 44)
SH = "sjövik hamn aktiebolag"
LV = "lövnäs vatten (lvab) ab"  # a mention outside a naming clause (round 12 company form)

B = "w52-h-bolag"
BOLAG_TEXT = """Bolagsordning för Grenby Fjärrvärme (GFAB) AB

Bolagets firma är Grenby Fjärrvärme (GFAB) Aktiebolag.

Bolaget ska leverera fjärrvärme inom Grenby kommun.

Bolaget får äga och förvalta ledningar för värme.
"""
# round 44 (ruling h1 withdrawn): each mention as written; `Bolaget` the naming clause's name
BOLAG = [
    rec("title", "Bolagsordning för Grenby Fjärrvärme (GFAB) AB",
        [("Grenby Fjärrvärme (GFAB) AB", GF, ORG)], kind="heading", doc=B),
    rec("1", "Bolagets firma är Grenby Fjärrvärme (GFAB) Aktiebolag.",
        [("Bolagets", GFA, ORG)], [AR], doc=B),
    rec("2", "Bolaget ska leverera fjärrvärme inom Grenby kommun.",
        [("Bolaget", GFA, ORG), ("Grenby kommun", "grenby kommun", ORG)],
        [SKA, inf("leverera")],
        [st(GFA, "Bolaget", "obligation", "ska", "leverera", "leverera",
            "fjärrvärme inom Grenby kommun")], doc=B),
    rec("3", "Bolaget får äga och förvalta ledningar för värme.",
        [("Bolaget", GFA, ORG)],
        [FAR, inf("äga"), inf("förvalta")],
        [st(GFA, "Bolaget", "permission", "får", "äga", "äga", "ledningar för värme"),
         st(GFA, "Bolaget", "permission", "får", "förvalta", "förvalta",
            "ledningar för värme")], doc=B),
]

SENTENCES = [
    # round 44 without the bracket acronym and a direct mention with it: as written
    rec("h1-1", "Bolagets firma är Sjövik Hamn Aktiebolag. Bolaget ska underhålla kajerna i "
        "hamnen.",
        [("Bolagets", SH, ORG), ("Bolaget", SH, ORG)],
        [AR, SKA, inf("underhålla")],
        [st(SH, "Bolaget", "obligation", "ska", "underhålla", "underhålla",
            "kajerna i hamnen")]),
    rec("h1-2", "Enligt avtalet ska Lövnäs Vatten (LVAB) Aktiebolag rapportera varje kvartal.",
        [("Lövnäs Vatten (LVAB) Aktiebolag", LV, ORG)],
        [SKA, inf("rapportera")],
        [st(LV, "Lövnäs Vatten (LVAB) Aktiebolag", "obligation", "ska", "rapportera",
            "rapportera", "varje kvartal")]),
    # h2: bare names in a series before one singular `kommun` share it
    rec("h2-1", "Tallby, Åsby och Norrå kommun ska lämna ett årligt bidrag.",
        [("Tallby", "tallby kommun", ORG), ("Åsby", "åsby kommun", ORG),
         ("Norrå kommun", "norrå kommun", ORG)],
        [SKA, inf("lämna")],
        [st(k, t, "obligation", "ska", "lämna", "lämna", "ett årligt bidrag")
         for k, t in (("tallby kommun", "Tallby"), ("åsby kommun", "Åsby"),
                      ("norrå kommun", "Norrå kommun"))]),
    rec("h2-2", "Hedby och Ragnö kommun får överlåta sina andelar.",
        [("Hedby", "hedby kommun", ORG), ("Ragnö kommun", "ragnö kommun", ORG)],
        [FAR, inf("överlåta")],
        [st(k, t, "permission", "får", "överlåta", "överlåta", "sina andelar")
         for k, t in (("hedby kommun", "Hedby"), ("ragnö kommun", "Ragnö kommun"))]),
    # negative: a lower-case word in the series stops the sharing
    rec("h2-n1", "Nämnden ska samråda med länsstyrelsen, Tallby och Norrå kommun.",
        [("Nämnden", "nämnd", POL), ("länsstyrelsen", "länsstyrelse", EXT),
         ("Norrå kommun", "norrå kommun", ORG)],
        [SKA, inf("samråda")],
        [st("nämnd", "Nämnden", "obligation", "ska", "samråda", "samråda",
            "med länsstyrelsen, Tallby och Norrå kommun")]),
    # P2: a suspended first part before a ministry's name
    rec("p2-1", "Kultur- och utbildningsdepartementet ska lämna underlag.",
        [("Kultur- och utbildningsdepartementet", "kultur- och utbildningsdepartementet", EXT)],
        [SKA, inf("lämna")],
        [st("kultur- och utbildningsdepartementet", "Kultur- och utbildningsdepartementet",
            "obligation", "ska", "lämna", "lämna", "underlag")]),
    rec("p2-2", "Remissen besvaras av Handels- och industridepartementet.",
        [("Handels- och industridepartementet", "handels- och industridepartementet", EXT)],
        [pres("besvaras", "besvara", "pass")],
        [st("handels- och industridepartementet", "Handels- och industridepartementet",
            "none", None, "besvara", "besvaras", "Remissen", passive=True)]),
    # negative: two full names, two ministries
    rec("p2-n1", "Finansdepartementet och Försvarsdepartementet ska samråda.",
        [("Finansdepartementet", "finansdepartementet", EXT),
         ("Försvarsdepartementet", "försvarsdepartementet", EXT)],
        [SKA, inf("samråda")],
        [st(k, t, "obligation", "ska", "samråda", "samråda")
         for k, t in (("finansdepartementet", "Finansdepartementet"),
                      ("försvarsdepartementet", "Försvarsdepartementet"))]),
    # P3: foreign-service units acting
    rec("p3-1", "Ambassaden ska föra en förteckning över utfärdade pass.",
        [("Ambassaden", "ambassad", FORV)],
        [SKA, inf("föra")],
        [st("ambassad", "Ambassaden", "obligation", "ska", "föra", "föra",
            "en förteckning över utfärdade pass")]),
    rec("p3-2", "Generalkonsulatet får utfärda provisoriska pass.",
        [("Generalkonsulatet", "generalkonsulat", FORV)],
        [FAR, inf("utfärda")],
        [st("generalkonsulat", "Generalkonsulatet", "permission", "får", "utfärda", "utfärda",
            "provisoriska pass")]),
    rec("p3-3", "Beskickningen ska redovisa sin verksamhet varje år.",
        [("Beskickningen", "beskickning", FORV)],
        [SKA, inf("redovisa")],
        [st("beskickning", "Beskickningen", "obligation", "ska", "redovisa", "redovisa",
            "sin verksamhet varje år")]),
    rec("p3-4", "Skandinaviska institutet i Tunis ska lämna en årsrapport.",
        [("Skandinaviska institutet i Tunis", "skandinaviska institutet i tunis", EXT)],
        [SKA, inf("lämna")],
        [st("skandinaviska institutet i tunis", "Skandinaviska institutet i Tunis",
            "obligation", "ska", "lämna", "lämna", "en årsrapport")]),
    # negatives: a place after a place preposition
    rec("p3-n1", "Sökanden ska hämta passet på ambassaden.",
        [("Sökanden", "sökande", EXT)],
        [SKA, inf("hämta")],
        [st("sökande", "Sökanden", "obligation", "ska", "hämta", "hämta",
            "passet på ambassaden")]),
    rec("p3-n2", "Sökanden får lämna sin ansökan vid konsulatet i Bergen.",
        [("Sökanden", "sökande", EXT)],
        [FAR, inf("lämna")],
        [st("sökande", "Sökanden", "permission", "får", "lämna", "lämna",
            "sin ansökan vid konsulatet i Bergen")]),
    # S7: a two-label header glued to its row holds no subject
    rec("s7-1", "Arbetsmiljö Ärendetyp Delegat Fördelning av arbetsmiljöuppgifter delegerar "
        "till enhetschef",
        [("enhetschef", "enhetschef", TJP)], [pres("delegerar", "delegera")]),
    rec("s7-2", "Ärende Delegat Upphandling av konsulttjänster Inköpschef",
        [("Inköpschef", "inköpschef", TJP)]),
    # negative: a label opening a sentence with its verb is a mention
    rec("s7-n1", "Delegat ska anmäla beslutet till nämnden.",
        [("Delegat", "delegat", FTV), ("nämnden", "nämnd", POL)],
        [SKA, inf("anmäla")],
        [st("delegat", "Delegat", "obligation", "ska", "anmäla", "anmäla",
            "beslutet till nämnden")]),
]

if __name__ == "__main__":
    write_part(sys.argv[1], D, {B: (BOLAG_TEXT, BOLAG)}, before=SENTENCES)
