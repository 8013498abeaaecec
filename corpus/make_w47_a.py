"""Builds corpus/dev/w47-a.jsonl and the small documents corpus/dev/w47-a-*.txt with their
gold: invented material for round 47, writer A (analysis 47-bo, the organisation's own name
and the actors of association pages; gold by hand from docs/annotation.md before the rules).
bo-A1: an association named by a place and a capitalised institution genitive before its
kind compound (`Norrvik Akademis Teknologförening`, `Ekby Universitets Kemistförening`,
`Sjövik Tekniska Högskolas Studentkår`) is one name; its definition with an adverb between
`härefter`/`nedan` and the participle (`härefter även kallad Föreningen`) passes the name to
the short form (`w47-a-teknolog`); `<Ort> Akademi` is a university's name; a preposition
before the genitive and a definition of a non-organisation are negatives. bo-A2: a kår's or
klubb's bare `styrelsen` is its board compound when the document names the association
(`w47-a-kar`); a document that names no kår and writes the compound less often than the bare
form keeps `styrelse` (`w47-a-karnegativ`). bo-A4: `<Kind>en i <Ort>` is one name, its
genitive on the place; a board or a bare kind before `i` is none. Offsets computed.
Run: python corpus/make_w47_a.py corpus/dev"""

import sys

from records import AR, EXT, FTV, KAN, ORG, OVR, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w47-a", conditions_from_statements=True, check_texts=True)

EUK = "ekby universitets kemistförening"
STK = "sjövik tekniska högskolas studentkår"

SENTENCES = [
    # A1: a place and a capitalised institution genitive before the kind compound
    rec("a1-1", "Ekby Universitets Kemistförening ska verka för en god studiemiljö.",
        [("Ekby Universitets Kemistförening", EUK, ORG)],
        [SKA, inf("verka")],
        [st(EUK, "Ekby Universitets Kemistförening", "obligation", "ska", "verka", "verka",
            "för en god studiemiljö")]),
    rec("a1-2", "Sjövik Tekniska Högskolas Studentkår får ta ut en årlig avgift av "
        "medlemmarna.",
        [("Sjövik Tekniska Högskolas Studentkår", STK, ORG), ("medlemmarna", "medlem", OVR)],
        [("får", "få", "pres", "act"), inf("ta")],
        [st(STK, "Sjövik Tekniska Högskolas Studentkår", "permission", "får", "ta", "ta",
            "en årlig avgift av medlemmarna")]),
    # `<Ort> Akademi` is a university's name, as `<Ort> universitet` is
    rec("a1-3", "Nämnden samverkar med Lundby Akademi och Ekby universitet.",
        [("Nämnden", "nämnd", POL), ("Lundby Akademi", "lundby akademi", ORG),
         ("Ekby universitet", "ekby universitet", ORG)],
        [pres("samverkar", "samverka")],
        [st("nämnd", "Nämnden", "none", None, "samverka", "samverkar",
            "med Lundby Akademi och Ekby universitet")]),
    # negatives: a preposition opening the sentence is no word of the name; a definition
    # that renames no organisation gives no actor
    rec("a1-n1", "Bland Ekbys Skidklubbs medlemmar finns många ungdomar.",
        [("Ekbys Skidklubbs", "ekbys skidklubb", ORG), ("medlemmar", "medlem", OVR),
         ("ungdomar", "ungdom", EXT)],
        [pres("finns", "finnas")],
        [st("ungdom", "ungdomar", "none", None, "finnas", "finns")]),
    rec("a1-n2", "Överenskommelsen, nedan även kallad avtalet, gäller i tre år.",
        [], [pres("gäller", "gälla")]),
    # A4: a capitalised definite association kind and its place after `i` is one name
    rec("a4-1", "Teknologföreningen i Norrvik ska verka för studenterna.",
        [("Teknologföreningen i Norrvik", "teknologföreningen i norrvik", ORG),
         ("studenterna", "student", EXT)],
        [SKA, inf("verka")],
        [st("teknologföreningen i norrvik", "Teknologföreningen i Norrvik", "obligation", "ska",
            "verka", "verka", "för studenterna")]),
    rec("a4-2", "Revisorerna granskar Skytteföreningen i Västerbys räkenskaper.",
        [("Revisorerna", "revisor", FTV),
         ("Skytteföreningen i Västerbys", "skytteföreningen i västerby", ORG)],
        [pres("granskar", "granska")],
        [st("revisor", "Revisorerna", "none", None, "granska", "granskar",
            "Skytteföreningen i Västerbys räkenskaper")]),
    # negatives: a board before `i` and the bare kind stay the common nouns
    rec("a4-n1", "Styrelsen i Ekby ska sammanträda varje månad.",
        [("Styrelsen", "styrelse", POL)],
        [SKA, inf("sammanträda")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "sammanträda", "sammanträda")]),
    rec("a4-n2", "Föreningen i Ekby har fyrtio medlemmar.",
        [("Föreningen", "förening", ORG), ("medlemmar", "medlem", OVR)],
        [pres("har", "ha")],
        [st("förening", "Föreningen", "none", None, "ha", "har", "fyrtio medlemmar")]),
    # A5 negative: an indefinite `aktiebolag` names no company
    rec("a5-n1", "Ett aktiebolag ska ha en styrelse och en revisor.",
        [("aktiebolag", "aktiebolag", ORG), ("styrelse", "styrelse", POL),
         ("revisor", "revisor", FTV)],
        [SKA, inf("ha")],
        [st("aktiebolag", "aktiebolag", "obligation", "ska", "ha", "ha",
            "en styrelse och en revisor")]),
    rec("a4-n3", "Nämnden samråder med skytteföreningen i Ekby.",
        [("Nämnden", "nämnd", POL), ("skytteföreningen", "skytteförening", ORG)],
        [pres("samråder", "samråda")],
        [st("nämnd", "Nämnden", "none", None, "samråda", "samråder",
            "med skytteföreningen i Ekby")]),
]

# A1: the name with a place and an institution genitive, a definition with `även`
D = "w47-a-teknolog"
NAT = "norrvik akademis teknologförening"
TK_TEXT = """Stadgar för Norrvik Akademis Teknologförening

1 § Namn

Norrvik Akademis Teknologförening, härefter även kallad Föreningen, är en ideell förening.

2 § Ändamål

Föreningen ska främja medlemmarnas studier. Föreningen kan anordna studieresor.

3 § Samarbete

Föreningen samarbetar med Norrvik Akademi.
"""
TK_1 = ("Norrvik Akademis Teknologförening, härefter även kallad Föreningen, är en ideell "
        "förening.")
TK_2 = "Föreningen ska främja medlemmarnas studier. Föreningen kan anordna studieresor."
TK_3 = "Föreningen samarbetar med Norrvik Akademi."
TEKNOLOG = [
    rec("title", "Stadgar för Norrvik Akademis Teknologförening",
        [("Norrvik Akademis Teknologförening", NAT, ORG)], doc=D, kind="heading"),
    rec("1", "Namn", doc=D, kind="heading", label="1 §"),
    rec("1.1", TK_1, [("Norrvik Akademis Teknologförening", NAT, ORG)], [AR],
        [st(NAT, "Norrvik Akademis Teknologförening", "none", None, "vara", "är",
            "en ideell förening")], doc=D, parent="1"),
    rec("2", "Ändamål", doc=D, kind="heading", label="2 §"),
    rec("2.1", TK_2,
        [("Föreningen", NAT, ORG), ("medlemmarnas", "medlem", OVR), ("Föreningen", NAT, ORG, 1)],
        [SKA, inf("främja"), KAN, inf("anordna")],
        [st(NAT, "Föreningen", "obligation", "ska", "främja", "främja", "medlemmarnas studier"),
         st(NAT, "Föreningen", "permission", "kan", "anordna", "anordna", "studieresor")],
        doc=D, parent="2"),
    rec("3", "Samarbete", doc=D, kind="heading", label="3 §"),
    rec("3.1", TK_3, [("Föreningen", NAT, ORG), ("Norrvik Akademi", "norrvik akademi", ORG)],
        [pres("samarbetar", "samarbeta")],
        [st(NAT, "Föreningen", "none", None, "samarbeta", "samarbetar", "med Norrvik Akademi")],
        doc=D, parent="3"),
]

# A2: a named kår's bare `styrelsen` is its `kårstyrelse`
D = "w47-a-kar"
KS = "kårstyrelse"
KAR_TEXT = """Stadgar för Ekvik Studentkår

1 § Styrelse

Kårstyrelsen leder kårens verksamhet. Styrelsen ska sammanträda minst fyra gånger per termin.

2 § Protokoll

Styrelsen ska föra protokoll vid sina sammanträden.
"""
KAR_1 = ("Kårstyrelsen leder kårens verksamhet. Styrelsen ska sammanträda minst fyra gånger "
         "per termin.")
KAR_2 = "Styrelsen ska föra protokoll vid sina sammanträden."
KAR = [
    rec("title", "Stadgar för Ekvik Studentkår",
        [("Ekvik Studentkår", "ekvik studentkår", ORG)], doc=D, kind="heading"),
    rec("1", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading", label="1 §"),
    rec("1.1", KAR_1,
        [("Kårstyrelsen", KS, POL), ("kårens", "kår", EXT), ("Styrelsen", KS, POL)],
        [pres("leder", "leda"), SKA, inf("sammanträda")],
        [st(KS, "Kårstyrelsen", "none", None, "leda", "leder", "kårens verksamhet"),
         st(KS, "Styrelsen", "obligation", "ska", "sammanträda", "sammanträda")],
        doc=D, parent="1"),
    rec("2", "Protokoll", doc=D, kind="heading", label="2 §"),
    rec("2.1", KAR_2, [("Styrelsen", KS, POL)], [SKA, inf("föra")],
        [st(KS, "Styrelsen", "obligation", "ska", "föra", "föra",
            "protokoll vid sina sammanträden")], doc=D, parent="2"),
]

# A2 negative: no kår named, the compound once beside two bare forms: `styrelse`
D = "w47-a-karnegativ"
KN_TEXT = """Riktlinjer för studentinflytande

1 § Uppdrag

Kårstyrelsen utser studentrepresentanter. Styrelsen ska samråda med universitetet.

2 § Rapport

Styrelsen ska lämna en rapport varje år.
"""
KN_1 = "Kårstyrelsen utser studentrepresentanter. Styrelsen ska samråda med universitetet."
KN_2 = "Styrelsen ska lämna en rapport varje år."
KARNEGATIV = [
    rec("title", "Riktlinjer för studentinflytande", doc=D, kind="heading"),
    rec("1", "Uppdrag", doc=D, kind="heading", label="1 §"),
    rec("1.1", KN_1,
        [("Kårstyrelsen", KS, POL), ("studentrepresentanter", "studentrepresentant", FTV),
         ("Styrelsen", "styrelse", POL), ("universitetet", "universitet", ORG)],
        [pres("utser", "utse"), SKA, inf("samråda")],
        [st(KS, "Kårstyrelsen", "none", None, "utse", "utser", "studentrepresentanter"),
         st("styrelse", "Styrelsen", "obligation", "ska", "samråda", "samråda",
            "med universitetet")], doc=D, parent="1"),
    rec("2", "Rapport", doc=D, kind="heading", label="2 §"),
    rec("2.1", KN_2, [("Styrelsen", "styrelse", POL)], [SKA, inf("lämna")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "lämna", "lämna",
            "en rapport varje år")], doc=D, parent="2"),
]

# A2 negative: a named kår that writes another board compound: the bare form stays
D = "w47-a-sektion"
SK_TEXT = """Stadgar för Lundby Teknologkår

1 § Styrelser

Kårstyrelsen leder kårens arbete. Sektionsstyrelsen leder sektionens arbete.

2 § Protokoll

Styrelsen ska föra protokoll vid varje sammanträde.
"""
SK_1 = "Kårstyrelsen leder kårens arbete. Sektionsstyrelsen leder sektionens arbete."
SK_2 = "Styrelsen ska föra protokoll vid varje sammanträde."
SEKTION = [
    rec("title", "Stadgar för Lundby Teknologkår",
        [("Lundby Teknologkår", "lundby teknologkår", ORG)], doc=D, kind="heading"),
    rec("1", "Styrelser", [("Styrelser", "styrelse", POL)], doc=D, kind="heading", label="1 §"),
    rec("1.1", SK_1,
        [("Kårstyrelsen", KS, POL), ("kårens", "kår", EXT),
         ("Sektionsstyrelsen", "sektionsstyrelse", POL), ("sektionens", "sektion", ORG)],
        [pres("leder", "leda"), pres("leder", "leda", nth=1)],
        [st(KS, "Kårstyrelsen", "none", None, "leda", "leder", "kårens arbete"),
         st("sektionsstyrelse", "Sektionsstyrelsen", "none", None, "leda", "leder",
            "sektionens arbete")], doc=D, parent="1"),
    rec("2", "Protokoll", doc=D, kind="heading", label="2 §"),
    rec("2.1", SK_2, [("Styrelsen", "styrelse", POL)], [SKA, inf("föra")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "föra", "föra",
            "protokoll vid varje sammanträde")], doc=D, parent="2"),
]

# A5: a company the title names without its legal form; the naming clause gives it
D = "w47-a-bolag"
EE = "ekvik energi ab"
BO_TEXT = """Bolagsordning – Ekvik Energi

1 § Firma

Bolagets firma är Ekvik Energi AB.

2 § Styrelse

Ekvik Energis styrelse ska bestå av fem ledamöter. Aktiebolagets revisor ska granska räkenskaperna.
"""
BO_2 = ("Ekvik Energis styrelse ska bestå av fem ledamöter. Aktiebolagets revisor ska granska "
        "räkenskaperna.")
BOLAG = [
    rec("title", "Bolagsordning – Ekvik Energi", [("Ekvik Energi", EE, ORG)], doc=D,
        kind="heading"),
    rec("1", "Firma", doc=D, kind="heading", label="1 §"),
    rec("1.1", "Bolagets firma är Ekvik Energi AB.", [("Bolagets", EE, ORG)], [AR], doc=D,
        parent="1"),
    rec("2", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading", label="2 §"),
    rec("2.1", BO_2,
        [("Ekvik Energis", EE, ORG), ("styrelse", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("Aktiebolagets", EE, ORG), ("revisor", "revisor", FTV)],
        [SKA, inf("bestå"), ("ska", "skola", "pres", "act", 1), inf("granska")],
        [st("styrelse", "styrelse", "obligation", "ska", "bestå", "bestå", "av fem ledamöter"),
         st("revisor", "revisor", "obligation", "ska", "granska", "granska", "räkenskaperna")],
        doc=D, parent="2"),
]

# A3: `mötet` for an association's one assembly that is no `möte` (a kongress)
D = "w47-a-kongress"
KG = "kongress"
KG_TEXT = """Stadgar

1 § Kongressen

Kongressen sammanträder vart fjärde år.

2 § Beslut

Mötet fastställer budgeten. Mötet väljer revisorer.
"""
KG_2 = "Mötet fastställer budgeten. Mötet väljer revisorer."
KONGRESS = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("1", "Kongressen", [("Kongressen", KG, OVR)], doc=D, kind="heading", label="1 §"),
    rec("1.1", "Kongressen sammanträder vart fjärde år.", [("Kongressen", KG, OVR)],
        [pres("sammanträder", "sammanträda")],
        [st(KG, "Kongressen", "none", None, "sammanträda", "sammanträder")], doc=D, parent="1"),
    rec("2", "Beslut", doc=D, kind="heading", label="2 §"),
    rec("2.1", KG_2,
        [("Mötet", KG, OVR), ("Mötet", KG, OVR, 1), ("revisorer", "revisor", FTV)],
        [pres("fastställer", "fastställa"), pres("väljer", "välja")],
        [st(KG, "Mötet", "none", None, "fastställa", "fastställer", "budgeten"),
         st(KG, "Mötet", "none", None, "välja", "väljer", "revisorer")], doc=D, parent="2"),
]

# A3 negative: a municipal assembly (politiskt organ) gives no `mötet`
D = "w47-a-fullmaktige"
FM_TEXT = """Arbetsordning för fullmäktige i Ekby kommun

1 § Sammanträden

Kommunfullmäktige sammanträder tio gånger per år. Mötet öppnas av ordföranden.
"""
FM_1 = "Kommunfullmäktige sammanträder tio gånger per år. Mötet öppnas av ordföranden."
FULLMAKTIGE = [
    rec("title", "Arbetsordning för fullmäktige i Ekby kommun",
        [("fullmäktige", "kommunfullmäktige", POL), ("Ekby kommun", "ekby kommun", ORG)], doc=D,
        kind="heading"),
    rec("1", "Sammanträden", doc=D, kind="heading", label="1 §"),
    rec("1.1", FM_1,
        [("Kommunfullmäktige", "kommunfullmäktige", POL),
         ("ordföranden", "ordförande", FTV)],
        [pres("sammanträder", "sammanträda"), pres("öppnas", "öppna", "pass")],
        [st("kommunfullmäktige", "Kommunfullmäktige", "none", None, "sammanträda", "sammanträder",
            "tio gånger per år"),
         st("ordförande", "ordföranden", "none", None, "öppna", "öppnas",
            "Mötet", passive=True)], doc=D, parent="1"),
]

DOCUMENTS = {
    "w47-a-teknolog": (TK_TEXT, TEKNOLOG),
    "w47-a-kar": (KAR_TEXT, KAR),
    "w47-a-karnegativ": (KN_TEXT, KARNEGATIV),
    "w47-a-sektion": (SK_TEXT, SEKTION),
    "w47-a-bolag": (BO_TEXT, BOLAG),
    "w47-a-kongress": (KG_TEXT, KONGRESS),
    "w47-a-fullmaktige": (FM_TEXT, FULLMAKTIGE),
}

if __name__ == "__main__":
    write_part(sys.argv[1], "w47-a", DOCUMENTS, before=SENTENCES)
