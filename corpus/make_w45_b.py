"""Builds corpus/dev/w45-b.jsonl and the small documents corpus/dev/w45-b-*.txt with their
gold: invented material for round 45, writer B (analysis 45-bi, actor naming in associations'
and unions' statutes; gold by hand from docs/annotation.md §2.1–§2.5 before the rules).
bi-C1: an association named with its legal form (`Norrljus ideell förening`) or a dashed
subtitle (`Nordkraft – Regionala …`) in a naming clause goes on by its one-word first part,
which is the organisation wherever it stands (`w45-b-norrljus`, `w45-b-nordkraft`; a `har
… särskilt att` lead-in over `•` items); the subtitle gives no actors; the negative: a
one-word stem the document uses as a place (`i Ekvik`) stays no actor (`w45-b-ekvik`), so
does a company's after `i` (`hamnen i Strandby`, `w45-b-strandby`).
bi-C2: a definite kind compound and an acronym, the acronym again in brackets
(`Branschföreningen VBF (VBF)`), and the bare and genitive acronym later (`w45-b-vbf`).
bi-C3: a naming clause of a kår's and a party's (`w45-b-studentkar`, `w45-b-parti`): the
later bare kind noun and its genitive are the name; a union named by one capitalised
`-förbund` compound (`w45-b-timmer`): its bare `förbundet` is that compound, definite, lower
case; negative: two such compounds named in a board's text (`w45-b-kultur`). bi-C8:
`avdelningens medlemmar`, `studentkårens medlemmar` are two actors; `styrgruppens
medlemmar` stays one (negative). bi-C10: `näringskännetecken` as a name noun. bi-C12: the
bodies a copula lists after `Föreningens organ är` are actors, the body noun none and no
statement (§5.1 B4); a single `är ett organ för …` stays a predicative (negative).
Offsets computed.
Run: python corpus/make_w45_b.py corpus/dev"""

import sys

from records import HAR, KAN, ORG, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w45-b", conditions_from_statements=True)


def item(doc, cid, text, parent, frame, actors=()):
    """A `•` item that takes its lead-in's actor, deontic and the item's own infinitive."""
    actor, actor_text, deontic, modal, aim = frame
    verb = text.split()[0]
    return rec(cid, text, actors, [inf(verb)],
               [st(actor, actor_text, deontic, modal, aim, verb, text.rstrip(".;"))],
               doc=doc, kind="list_item", parent=parent, label="•")


# bi-C1 and bi-C10: the one-word first part of a name with its legal form
D = "w45-b-norrljus"
NL = "norrljus ideell förening"
NL_TEXT = """Stadgar för Norrljus

§ 1 Namn
Föreningens näringskännetecken är Norrljus ideell förening med säte i Luleå.

§ 2 Ändamål
Norrljus är en ideell förening för fotografer i norra Sverige. Norrljus vilar på öppenhet \
och främjar lokala utställningar.

I detta syfte har Norrljus särskilt att
 • ordna kurser för medlemmarna
 • företräda fotograferna i upphovsrättsliga frågor

§ 3 Medlemskap
Medlemmar i Norrljus betalar en årsavgift.

§ 4 Uppbyggnad
Föreningens organ är årsmöte, styrelse, revisorer och valberedning. Styrelsen är ett organ \
för samordning.
"""
NL_2 = ("Norrljus är en ideell förening för fotografer i norra Sverige. Norrljus vilar på "
        "öppenhet och främjar lokala utställningar.")
NL_4 = ("Föreningens organ är årsmöte, styrelse, revisorer och valberedning. Styrelsen är "
        "ett organ för samordning.")
NL_FRAME = (NL, "Norrljus", "obligation", "har att", None)
NORRLJUS = [
    rec("title", "Stadgar för Norrljus", [("Norrljus", NL, ORG)], doc=D, kind="heading"),
    rec("§1", "Namn", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Föreningens näringskännetecken är Norrljus ideell förening med säte i Luleå.",
        [("Föreningens", NL, ORG)], [pres("är", "vara")], doc=D, parent="§1"),
    rec("§2", "Ändamål", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", NL_2,
        [("Norrljus", NL, ORG), ("Norrljus", NL, ORG, 1)],
        [pres("är", "vara"), pres("vilar", "vila"), pres("främjar", "främja")],
        [st(NL, "Norrljus", "none", None, "vara", "är",
            "en ideell förening för fotografer i norra Sverige"),
         st(NL, "Norrljus", "none", None, "vila", "vilar", "på öppenhet"),
         st(NL, "Norrljus", "none", None, "främja", "främjar", "lokala utställningar")],
        doc=D, parent="§2"),
    rec("§2.2", "I detta syfte har Norrljus särskilt att", [("Norrljus", NL, ORG)],
        [pres("har", "ha")], doc=D, parent="§2"),
]
NORRLJUS += [
    item(D, "§2.2.a", "ordna kurser för medlemmarna", "§2.2",
         (*NL_FRAME[:4], "ordna"), [("medlemmarna", "medlem", ORG)]),
    item(D, "§2.2.b", "företräda fotograferna i upphovsrättsliga frågor", "§2.2",
         (*NL_FRAME[:4], "företräda")),
    rec("§3", "Medlemskap", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", "Medlemmar i Norrljus betalar en årsavgift.",
        [("Medlemmar", "medlem", ORG), ("Norrljus", NL, ORG)], [pres("betalar", "betala")],
        [st("medlem", "Medlemmar", "none", None, "betala", "betalar", "en årsavgift")],
        doc=D, parent="§3"),
    rec("§4", "Uppbyggnad", doc=D, kind="heading", label="§ 4"),
    rec("§4.1", NL_4,
        [("Föreningens", NL, ORG), ("årsmöte", "årsmöte", POL), ("styrelse", "styrelse", POL),
         ("revisorer", "revisor", "förtroendevald"), ("valberedning", "valberedning", POL),
         ("Styrelsen", "styrelse", POL)],
        [pres("är", "vara"), pres("är", "vara", nth=1)],
        [st("styrelse", "Styrelsen", "none", None, "vara", "är", "ett organ för samordning")],
        doc=D, parent="§4"),
]

# bi-C1: a name with a spaced dash and a subtitle
D = "w45-b-nordkraft"
NK = "nordkraft – regionala elbolagens samarbetsorgan"
NK_TEXT = """Stadgar för Nordkraft

§ 1 Firma
Föreningens firma är Nordkraft – Regionala elbolagens samarbetsorgan.

§ 2 Ändamål
Nordkraft är en intresseorganisation för elbolag. Nordkraft bygger på öppenhet och \
stödjer lokala initiativ.

Föreningen ska verka för samarbete mellan elbolagen.
"""
NK_2 = ("Nordkraft är en intresseorganisation för elbolag. Nordkraft bygger på öppenhet och "
        "stödjer lokala initiativ.")
NORDKRAFT = [
    rec("title", "Stadgar för Nordkraft", [("Nordkraft", NK, ORG)], doc=D, kind="heading"),
    rec("§1", "Firma", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Föreningens firma är Nordkraft – Regionala elbolagens samarbetsorgan.",
        [("Föreningens", NK, ORG)], [pres("är", "vara")], doc=D, parent="§1"),
    rec("§2", "Ändamål", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", NK_2,
        [("Nordkraft", NK, ORG), ("elbolag", "elbolag", ORG), ("Nordkraft", NK, ORG, 1)],
        [pres("är", "vara"), pres("bygger", "bygga"), pres("stödjer", "stödja")],
        [st(NK, "Nordkraft", "none", None, "vara", "är", "en intresseorganisation för elbolag"),
         st(NK, "Nordkraft", "none", None, "bygga", "bygger", "på öppenhet"),
         st(NK, "Nordkraft", "none", None, "stödja", "stödjer", "lokala initiativ")],
        doc=D, parent="§2"),
    rec("§2.2", "Föreningen ska verka för samarbete mellan elbolagen.",
        [("Föreningen", NK, ORG), ("elbolagen", "elbolag", ORG)], [SKA, inf("verka")],
        [st(NK, "Föreningen", "obligation", "ska", "verka", "verka",
            "för samarbete mellan elbolagen")], doc=D, parent="§2"),
]

# bi-C1 negative: the one-word stem is the seat's place
D = "w45-b-ekvik"
EK = "ekvik ideell förening"
EK_TEXT = """Stadgar för Ekvik ideell förening

§ 1 Namn och säte
Föreningens namn är Ekvik ideell förening. Föreningen har sitt säte i Ekvik.

§ 2 Verksamhet
Föreningen ska anordna konserter i Ekvik och dess omnejd.
"""

# bi-C1 negative: a company's one-word stem used as a place after `i`
D2 = "w45-b-strandby"
SB = "strandby ab"
SB_TEXT = """Bolagsordning för Strandby AB

§ 1 Firma
Bolagets firma är Strandby AB.

§ 2 Verksamhet
Bolaget ska driva hamnen i Strandby. Strandby har en lång historia av sjöfart.
"""
STRANDBY = [
    rec("title", "Bolagsordning för Strandby AB", [("Strandby AB", SB, ORG)], doc=D2,
        kind="heading"),
    rec("§1", "Firma", doc=D2, kind="heading", label="§ 1"),
    rec("§1.1", "Bolagets firma är Strandby AB.", [("Bolagets", SB, ORG)],
        [pres("är", "vara")], doc=D2, parent="§1"),
    rec("§2", "Verksamhet", doc=D2, kind="heading", label="§ 2"),
    rec("§2.1", "Bolaget ska driva hamnen i Strandby. Strandby har en lång historia av sjöfart.",
        [("Bolaget", SB, ORG)], [SKA, inf("driva"), pres("har", "ha")],
        [st(SB, "Bolaget", "obligation", "ska", "driva", "driva", "hamnen i Strandby")],
        doc=D2, parent="§2"),
]
EKVIK = [
    rec("title", "Stadgar för Ekvik ideell förening", [("Ekvik ideell förening", EK, ORG)],
        doc=D, kind="heading"),
    rec("§1", "Namn och säte", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Föreningens namn är Ekvik ideell förening. Föreningen har sitt säte i Ekvik.",
        [("Föreningens", EK, ORG), ("Föreningen", EK, ORG)], [pres("är", "vara"), HAR],
        [st(EK, "Föreningen", "none", None, "ha", "har", "sitt säte i Ekvik")],
        doc=D, parent="§1"),
    rec("§2", "Verksamhet", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Föreningen ska anordna konserter i Ekvik och dess omnejd.",
        [("Föreningen", EK, ORG)], [SKA, inf("anordna")],
        [st(EK, "Föreningen", "obligation", "ska", "anordna", "anordna",
            "konserter i Ekvik och dess omnejd")], doc=D, parent="§2"),
]

# bi-C2: a kind compound and an acronym, the acronym again in brackets
D = "w45-b-vbf"
VBF = "branschföreningen vbf"
VBF_TEXT = """Stadgar för Branschföreningen VBF

§ 1 Medlemskap
I Branschföreningen VBF (VBF) kan medlemskap sökas av företag inom vattenbranschen.

§ 2 Uppgifter
VBF ska ge medlemmarna stöd i avtalsfrågor.

§ 3 Styrelse
VBFs styrelse utses av stämman.
"""
VBF_ = [
    rec("title", "Stadgar för Branschföreningen VBF", [("Branschföreningen VBF", VBF, ORG)],
        doc=D, kind="heading"),
    rec("§1", "Medlemskap", doc=D, kind="heading", label="§ 1"),
    rec("§1.1",
        "I Branschföreningen VBF (VBF) kan medlemskap sökas av företag inom vattenbranschen.",
        [("Branschföreningen VBF", VBF, ORG), ("VBF", VBF, ORG, 1), ("företag", "företag", ORG)],
        [KAN, inf("sökas", "söka", "pass")],
        [st("företag", "företag", "none", None, "söka", "sökas", "medlemskap", passive=True)],
        doc=D, parent="§1"),
    rec("§2", "Uppgifter", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "VBF ska ge medlemmarna stöd i avtalsfrågor.",
        [("VBF", VBF, ORG), ("medlemmarna", "medlem", ORG)], [SKA, inf("ge")],
        [st(VBF, "VBF", "obligation", "ska", "ge", "ge", "medlemmarna stöd i avtalsfrågor")],
        doc=D, parent="§2"),
    rec("§3", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading",
        label="§ 3"),
    rec("§3.1", "VBFs styrelse utses av stämman.",
        [("VBFs", VBF, ORG), ("styrelse", "styrelse", POL), ("stämman", "stämma", POL)],
        [pres("utses", "utse", "pass")],
        [st("stämma", "stämman", "none", None, "utse", "utses", "VBFs styrelse",
            passive=True)], doc=D, parent="§3"),
]

# bi-C3 and bi-C8: a kår's naming clause
D = "w45-b-studentkar"
SK = "västby studentkår"
SK_TEXT = """Stadgar för Västby Studentkår

§ 1 Namn
Kårens namn är Västby Studentkår.

§ 2 Verksamhet
Studentkåren kan äga aktier i bolag. Studentkårens medlemmar har rätt att yttra sig vid fullmäktige.
"""
SK_2 = ("Studentkåren kan äga aktier i bolag. Studentkårens medlemmar har rätt att yttra sig "
        "vid fullmäktige.")
STUDENTKAR = [
    rec("title", "Stadgar för Västby Studentkår", [("Västby Studentkår", SK, ORG)], doc=D,
        kind="heading"),
    rec("§1", "Namn", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Kårens namn är Västby Studentkår.", [("Kårens", SK, ORG)],
        [pres("är", "vara")], doc=D, parent="§1"),
    rec("§2", "Verksamhet", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", SK_2,
        [("Studentkåren", SK, ORG), ("bolag", "bolag", ORG), ("Studentkårens", SK, ORG),
         ("medlemmar", "medlem", ORG), ("fullmäktige", "fullmäktige", POL)],
        [KAN, inf("äga"), pres("har", "ha"), inf("yttra")],
        [st(SK, "Studentkåren", "permission", "kan", "äga", "äga", "aktier i bolag"),
         st("medlem", "medlemmar", "permission", "har rätt att", "yttra", "yttra",
            "sig vid fullmäktige")], doc=D, parent="§2"),
]

# bi-C3: a party's naming clause
D = "w45-b-parti"
HP = "vårdpartiet västerbotten"
HP_TEXT = """Stadgar för Vårdpartiet Västerbotten

§ 1 Namn
Partiets namn är Vårdpartiet Västerbotten.

§ 2 Organisation
Partiet kan bilda lokalavdelningar. Partiets styrelse leder arbetet.
"""
PARTI = [
    rec("title", "Stadgar för Vårdpartiet Västerbotten",
        [("Vårdpartiet Västerbotten", HP, ORG)], doc=D, kind="heading"),
    rec("§1", "Namn", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Partiets namn är Vårdpartiet Västerbotten.", [("Partiets", HP, ORG)],
        [pres("är", "vara")], doc=D, parent="§1"),
    rec("§2", "Organisation", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Partiet kan bilda lokalavdelningar. Partiets styrelse leder arbetet.",
        [("Partiet", HP, ORG), ("lokalavdelningar", "lokalavdelning", ORG),
         ("Partiets", HP, ORG), ("styrelse", "styrelse", POL)],
        [KAN, inf("bilda"), pres("leder", "leda")],
        [st(HP, "Partiet", "permission", "kan", "bilda", "bilda", "lokalavdelningar"),
         st("styrelse", "styrelse", "none", None, "leda", "leder", "arbetet")],
        doc=D, parent="§2"),
]

# bi-C3 and bi-C8: a union named by one capitalised -förbund compound
D = "w45-b-timmer"
TF = "timmerförbundet"
TF_TEXT = """Timmerförbundets stadgar

§ 1 Indelning
Förbundet delas in i regionala avdelningar. Förbundets kongress är högsta beslutande organ.

§ 2 Avdelningar
Avdelningens medlemmar väljer avdelningens styrelse.
"""
TIMMER = [
    rec("title", "Timmerförbundets stadgar", [("Timmerförbundets", TF, ORG)], doc=D,
        kind="heading"),
    rec("§1", "Indelning", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Förbundet delas in i regionala avdelningar. Förbundets kongress är högsta "
        "beslutande organ.",
        [("Förbundet", TF, ORG), ("avdelningar", "avdelning", "förvaltningsorganisation"),
         ("Förbundets", TF, ORG), ("kongress", "kongress", POL)],
        [pres("delas", "dela", "pass"), pres("är", "vara")],
        [st(TF, "Förbundet", "none", None, "dela", "delas", "in i regionala avdelningar",
            passive=True),
         st("kongress", "kongress", "none", None, "vara", "är",
            "högsta beslutande organ")], doc=D, parent="§1"),
    rec("§2", "Avdelningar", [("Avdelningar", "avdelning", "förvaltningsorganisation")],
        doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Avdelningens medlemmar väljer avdelningens styrelse.",
        [("Avdelningens", "avdelning", "förvaltningsorganisation"),
         ("medlemmar", "medlem", ORG),
         ("avdelningens", "avdelning", "förvaltningsorganisation"),
         ("styrelse", "styrelse", POL)],
        [pres("väljer", "välja")],
        [st("medlem", "medlemmar", "none", None, "välja", "väljer", "avdelningens styrelse")],
        doc=D, parent="§2"),
]

# bi-C3 negative (two -förbund compounds) and bi-C8 negative (a group's members)
D = "w45-b-kultur"
KN = "kulturnämnd"
KU_TEXT = """Reglemente för kulturnämnden

§ 1 Samverkan
Nämnden samverkar med Konstnärsförbundet och Författarförbundet i länet. Förbundet ska \
lämna förslag till stipendiater.

§ 2 Styrgrupp
Styrgruppens medlemmar utses av nämnden.
"""
KU_1 = ("Nämnden samverkar med Konstnärsförbundet och Författarförbundet i länet. Förbundet "
        "ska lämna förslag till stipendiater.")
KULTUR = [
    rec("title", "Reglemente för kulturnämnden", [("kulturnämnden", KN, POL)], doc=D,
        kind="heading"),
    rec("§1", "Samverkan", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", KU_1,
        [("Nämnden", "nämnd", POL), ("Konstnärsförbundet", "konstnärsförbundet", ORG),
         ("Författarförbundet", "författarförbundet", ORG), ("Förbundet", "förbund", ORG)],
        [pres("samverkar", "samverka"), SKA, inf("lämna")],
        [st("nämnd", "Nämnden", "none", None, "samverka", "samverkar",
            "med Konstnärsförbundet och Författarförbundet i länet"),
         st("förbund", "Förbundet", "obligation", "ska", "lämna", "lämna",
            "förslag till stipendiater")], doc=D, parent="§1"),
    rec("§2", "Styrgrupp", [("Styrgrupp", "styrgrupp", "förvaltningsorganisation")], doc=D,
        kind="heading", label="§ 2"),
    rec("§2.1", "Styrgruppens medlemmar utses av nämnden.",
        [("Styrgruppens medlemmar", "styrgruppens medlem", "förvaltningsorganisation"),
         ("nämnden", "nämnd", POL)],
        [pres("utses", "utse", "pass")],
        [st("nämnd", "nämnden", "none", None, "utse", "utses", "Styrgruppens medlemmar",
            passive=True)], doc=D, parent="§2"),
]

DOCUMENTS = {
    "w45-b-norrljus": (NL_TEXT, NORRLJUS),
    "w45-b-nordkraft": (NK_TEXT, NORDKRAFT),
    "w45-b-ekvik": (EK_TEXT, EKVIK),
    "w45-b-strandby": (SB_TEXT, STRANDBY),
    "w45-b-vbf": (VBF_TEXT, VBF_),
    "w45-b-studentkar": (SK_TEXT, STUDENTKAR),
    "w45-b-parti": (HP_TEXT, PARTI),
    "w45-b-timmer": (TF_TEXT, TIMMER),
    "w45-b-kultur": (KU_TEXT, KULTUR),
}

if __name__ == "__main__":
    write_part(sys.argv[1], "w45-b", DOCUMENTS)
