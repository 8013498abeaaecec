"""Builds corpus/dev/w52-j.jsonl and the documents corpus/dev/w52-j-*.txt with their gold:
invented material for round 52, writer w52j (analyses 52-ao L2, G3 and 52-p P-A, P-D, P-F,
ruling p3). `w52-j-hamn` and `w52-j-kultur` (reglementen as docplayer prints them, the body
one line): a bare number between a lead-in that breaks off (`Det åligger därvid
hamnstyrelsen`, `Det ankommer särskilt på kulturnämnden`) and a lower-case `att`-series is the
series' label (gold as part ao's: the lead-in keeps its number, the item the lost one); the
series ends at the next sentence opened by a capitalised actor and its finite verb, a
paragraph; negatives: a number counting a noun after a finite verb (`utser 2 ledamöter att
…`). `w52-j-foreskrift` (a statute print flattened to one line: the masthead with an ISSN,
the collection code and `Utkom från trycket …` glued before the title, `; beslutade den <date
without year> <Agency> föreskriver följande` and a chapter label `1 kap.` glued to it (p3:
the number stays with its `kap.`), headings and `N §`). `w52-j-arkiv` (a statute flattened to
one line, a second chapter glued to a § sentence). `w52-j-enhet` (a web page: a lead-in whose
verb is no cue, `arbetar främst med att:`, over items whose own cue verb gives the deontic:
`ansvara för att` + a clause with its subject (responsibility, aim ansvara), `ansvara för att`
+ infinitives (responsibility, aims the infinitives, §5.3), `se till att` (obligation);
negative: an item with no cue keeps none). `w52-j-stiftelse` (statutes as blank-line
blocks: `ha till ändamål att, <PP>, <apposition>, samt <PP>, <adverbial> <infinitive>` (no
aim `ha`), a negative `att stödja unga, i första hand i länet`; `ska ske i enlighet med <NP>
och <s-passive> …` (§5.2: an implicit obligation of the conjunct), `ska göras i enlighet
med … och redovisas …`, a negative `i enlighet med lagen och förordningen`).
Gold by hand from docs/annotation.md before any run of the extractor on these texts.
Offsets computed.
Run: python corpus/make_w52_j.py corpus/dev"""

import sys

from records import FAR, FORV, ORG, POL, SKA, TJP, blocks_text, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w52-j")
OB, NONE, RESP, PERM = "obligation", "none", "responsibility", "permission"


def item(cid, text, actors=(), verbs=(), statements=(), *, doc, parent, label):
    """A list item."""
    return rec(cid, text, actors, verbs, statements, doc=doc, kind="list_item", parent=parent,
               label=label)


DOCUMENTS = {}

# (a) ao L2: a hamnstyrelse's reglemente, docplayer's one line.
D = "w52-j-hamn"
HS = ("hamnstyrelse", POL)
P1 = "Hamnstyrelsen leder arbetet i hamnen och har hand om dess säkerhet."
LEAD = "Det åligger därvid hamnstyrelsen"
ITEM = ("att förvalta kajerna och magasinen, att ansvara för farlederna, att upprätta en "
        "plan för underhållet samt att föra register över anlöpande fartyg.")
P2 = "Hamnstyrelsen får själv besluta om hamnavgifter."
P4 = ("Hamnstyrelsen utser 2 ledamöter att ingå i arbetsutskottet. Hamnchefen kallar till "
      "sammanträdena.")
TEXT = (f"Transkript\n\n1 Reglemente för hamnstyrelsen 1 Uppgifter {P1} 2 {LEAD} 3 {ITEM} "
        f"{P2} 4 Sammanträden {P4}\n")
DOCUMENTS[D] = (TEXT, [
    rec("m1", "Transkript", doc=D),
    rec("1", "Reglemente för hamnstyrelsen", [("hamnstyrelsen", *HS)], kind="heading",
        label="1", doc=D),
    rec("1.1", "Uppgifter", kind="heading", label="1", parent="1", doc=D),
    rec("1.1.1", P1, [("Hamnstyrelsen", *HS)], [pres("leder", "leda"), pres("har", "ha")],
        [st("hamnstyrelse", "Hamnstyrelsen", NONE, None, "leda", "leder", "arbetet i hamnen"),
         st("hamnstyrelse", "Hamnstyrelsen", NONE, None, "ha", "har",
            "hand om dess säkerhet")], parent="1.1", doc=D),
    rec("2", LEAD, [("hamnstyrelsen", *HS)], [pres("åligger", "åligga")], label="2",
        parent="1.1", doc=D),
    item("2.a", ITEM, [],
         [inf("förvalta"), inf("ansvara"), inf("upprätta"), inf("föra")],
         [st("hamnstyrelse", "hamnstyrelsen", OB, "åligger", "förvalta", "förvalta",
             "kajerna och magasinen"),
          st("hamnstyrelse", "hamnstyrelsen", OB, "åligger", "ansvara", "ansvara",
             "för farlederna"),
          st("hamnstyrelse", "hamnstyrelsen", OB, "åligger", "upprätta", "upprätta",
             "en plan för underhållet"),
          st("hamnstyrelse", "hamnstyrelsen", OB, "åligger", "föra", "föra",
             "register över anlöpande fartyg")], doc=D, parent="2", label="3"),
    rec("2.1", P2, [("Hamnstyrelsen", *HS)], [FAR, inf("besluta")],
        [st("hamnstyrelse", "Hamnstyrelsen", PERM, "får", "besluta", "besluta",
            "om hamnavgifter")], parent="2", doc=D),
    rec("4", "Sammanträden", kind="heading", label="4", doc=D),
    # negative: `2` counts the noun after a finite verb: no label
    rec("4.1", P4, [("Hamnstyrelsen", *HS), ("ledamöter", "ledamot", "förtroendevald"),
                    ("arbetsutskottet", "arbetsutskott", POL), ("Hamnchefen", "hamnchef", TJP)],
        [pres("utser", "utse"), inf("ingå"), pres("kallar", "kalla")],
        [st("hamnstyrelse", "Hamnstyrelsen", NONE, None, "utse", "utser",
            "2 ledamöter att ingå i arbetsutskottet"),
         st("hamnchef", "Hamnchefen", NONE, None, "kalla", "kallar", "till sammanträdena")],
        parent="4", doc=D),
])

# (b) ao L2 with an expletive lead-in `Det ankommer … på <actor>`.
D = "w52-j-kultur"
KN = ("kulturnämnd", POL)
LEAD = "Det ankommer särskilt på kulturnämnden"
ITEM = ("att stödja föreningslivet, att vårda konstsamlingen samt att ansvara för "
        "folkbiblioteken.")
P2 = "Kulturnämnden får ta ut avgifter för lån av lokaler."
P3 = "Nämnden får delegera beslutanderätt till förvaltningschefen."
TEXT = (f"Transkript\n\n1 Reglemente för kulturnämnden 1 Nämndens uppgifter {LEAD} 2 {ITEM} "
        f"{P2} 3 Delegering {P3}\n")
DOCUMENTS[D] = (TEXT, [
    rec("m1", "Transkript", doc=D),
    rec("1", "Reglemente för kulturnämnden", [("kulturnämnden", *KN)], kind="heading",
        label="1", doc=D),
    rec("1.1", "Nämndens uppgifter", [("Nämndens", "nämnd", POL)], kind="heading", label="1",
        parent="1", doc=D),
    rec("1.1.1", LEAD, [("kulturnämnden", *KN)], [pres("ankommer", "ankomma")], parent="1.1",
        doc=D),
    item("1.1.1.a", ITEM, [], [inf("stödja"), inf("vårda"), inf("ansvara")],
         [st("kulturnämnd", "kulturnämnden", OB, "ankommer på", "stödja", "stödja",
             "föreningslivet"),
          st("kulturnämnd", "kulturnämnden", OB, "ankommer på", "vårda", "vårda",
             "konstsamlingen"),
          st("kulturnämnd", "kulturnämnden", OB, "ankommer på", "ansvara", "ansvara",
             "för folkbiblioteken")], doc=D, parent="1.1.1", label="2"),
    rec("1.1.2", P2, [("Kulturnämnden", *KN)], [FAR, inf("ta")],
        [st("kulturnämnd", "Kulturnämnden", PERM, "får", "ta", "ta",
            "ut avgifter för lån av lokaler")], parent="1.1", doc=D),
    rec("3", "Delegering", kind="heading", label="3", doc=D),
    rec("3.1", P3, [("Nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [FAR, inf("delegera")],
        [st("nämnd", "Nämnden", PERM, "får", "delegera", "delegera",
            "beslutanderätt till förvaltningschefen")], parent="3", doc=D),
])

# (c) p P-A and ruling p3: a statute print's page 1 flattened to one line.
D = "w52-j-foreskrift"
SV = ("sjöfartsverket", ORG)
MAST = ("SJÖFARTSVERKETS FÖRFATTNINGSSAMLING ISSN 1400-0000 SJÖFS 2031:7 Utkom från trycket "
        "den 12 mars 2031 Sjöfartsverkets föreskrifter om anmälan av hamnbesök; beslutade den "
        "2 mars")
ENACT = "Sjöfartsverket föreskriver följande."
S1 = "Dessa föreskrifter gäller för fartyg som anlöper allmän hamn."
S2 = "Hamnchefen ska anmäla varje ankomst till Sjöfartsverket."
TEXT = f"{MAST} {ENACT}. 1 kap. Allmänna bestämmelser Tillämpning 1 § {S1} 2 § {S2}\n"
DOCUMENTS[D] = (TEXT, [
    rec("title", MAST, [("SJÖFARTSVERKETS", *SV), ("Sjöfartsverkets", *SV)], kind="heading",
        doc=D),
    rec("p1", ENACT, [("Sjöfartsverket", *SV)], [pres("föreskriver", "föreskriva")],
        [st("sjöfartsverket", "Sjöfartsverket", NONE, None, "föreskriva", "föreskriver",
            "följande")], doc=D),
    rec("1", "kap.", label="1", doc=D),
    rec("h1", "Allmänna bestämmelser", kind="heading", doc=D),
    rec("h2", "Tillämpning", kind="heading", doc=D),
    rec("§1", S1, [], [pres("gäller", "gälla"), pres("anlöper", "anlöpa")], parent="h2",
        label="1 §", doc=D),
    rec("§2", S2, [("Hamnchefen", "hamnchef", TJP), ("Sjöfartsverket", *SV)],
        [SKA, inf("anmäla")],
        [st("hamnchef", "Hamnchefen", OB, "ska", "anmäla", "anmäla",
            "varje ankomst till Sjöfartsverket")], parent="h2", label="2 §", doc=D),
])

# (d) ruling p3: a statute flattened to one line, its chapter labels glued.
D = "w52-j-arkiv"
TITLE = "Lövbys föreskrifter om arkivvård"
S1 = "Arkivchefen ansvarar för kommunens arkiv."
S2 = "Varje förvaltning ska lämna sina handlingar till arkivet."
S3 = "Gallring beslutas av arkivnämnden."
TEXT = (f"{TITLE}\n\nLövby ARKFS 2031:3 {TITLE} 1 kap. Allmänt Tillämpning 1 § {S1} 2 § {S2} "
        f"2 kap. Gallring 1 § {S3}\n")
DOCUMENTS[D] = (TEXT, [
    rec("title", TITLE, kind="heading", doc=D),
    rec("p1", f"Lövby ARKFS 2031:3 {TITLE}", doc=D),
    rec("1", "kap.", label="1", doc=D),
    rec("h1", "Allmänt", kind="heading", doc=D),
    rec("h2", "Tillämpning", kind="heading", doc=D),
    rec("§1", S1, [("Arkivchefen", "arkivchef", TJP), ("kommunens", "kommun", ORG)],
        [pres("ansvarar", "ansvara")],
        [st("arkivchef", "Arkivchefen", RESP, "ansvarar för", "ansvara", "ansvarar",
            "för kommunens arkiv")], parent="h2", label="1 §", doc=D),
    rec("§2", S2, [("förvaltning", "förvaltning", FORV)], [SKA, inf("lämna")],
        [st("förvaltning", "förvaltning", OB, "ska", "lämna", "lämna",
            "sina handlingar till arkivet")], parent="h2", label="2 §", doc=D),
    rec("2", "kap.", label="2", doc=D),
    rec("h3", "Gallring", kind="heading", doc=D),
    rec("h3.§1", S3, [("arkivnämnden", "arkivnämnd", POL)],
        [pres("beslutas", "besluta", "pass")],
        [st("arkivnämnd", "arkivnämnden", NONE, None, "besluta", "beslutas", "Gallring",
            passive=True)], parent="h3", label="1 §", doc=D),
])

# (e) p P-D: items with their own cue under a lead-in without one.
D = "w52-j-enhet"
EN = ("enhet", FORV)
LEAD = "Enheten arbetar främst med att:"
I1 = "ansvara för att stadens konstverk vårdas."
I2 = "se till att inkomna ansökningar diarieförs."
I3 = "ansvara för att vårda och laga kommunens lekplatser."
I4 = "sköta arkivet."
TEXT = f"Om parkenheten\n\n{LEAD}\n\n• {I1}\n\n• {I2}\n\n• {I3}\n\n• {I4}\n"
EN_T = "Enheten"
DOCUMENTS[D] = (TEXT, [
    rec("title", "Om parkenheten", [("parkenheten", "parkenhet", FORV)], kind="heading",
        doc=D),
    rec("1", LEAD, [(EN_T, *EN)], [pres("arbetar", "arbeta")], doc=D),
    item("1.a", I1, [("stadens", "stad", ORG)], [inf("ansvara"), pres("vårdas", "vårda", "pass")],
         [st("enhet", EN_T, RESP, "ansvara för", "ansvara", "ansvara",
             "för att stadens konstverk vårdas")], doc=D, parent="1", label="•"),
    item("1.b", I2, [], [inf("se"), pres("diarieförs", "diarieföra", "pass")],
         [st("enhet", EN_T, OB, "se till att", "se", "se",
             "till att inkomna ansökningar diarieförs")],
         doc=D, parent="1", label="•"),
    item("1.c", I3, [("kommunens", "kommun", ORG)],
         [inf("ansvara"), inf("vårda"), inf("laga")],
         [st("enhet", EN_T, RESP, "ansvara för", "vårda", "vårda", "kommunens lekplatser"),
          st("enhet", EN_T, RESP, "ansvara för", "laga", "laga",
             "kommunens lekplatser")],
         doc=D, parent="1", label="•"),
    # negative: an item with no cue of its own keeps the lead-in's none
    item("1.d", I4, [], [inf("sköta")],
         [st("enhet", EN_T, NONE, None, "sköta", "sköta", "arkivet")], doc=D, parent="1",
         label="•"),
])

# (f) p P-F and ao G3: statutes as blank-line blocks.
D = "w52-j-stiftelse"
ST = ("stiftelse", ORG)
B = [
    "Stadgar för stiftelsen",
    "Stiftelsen ska ha till ändamål att, genom stipendier till studerande, i första hand "
    "blivande lärare, samt till skolor, i Västnorden främja utbildning.",
    "Stiftelsen ska ha till ändamål att stödja unga, i första hand i kommunen.",
    "Redovisningen ska ske i enlighet med årsplanen och rapporteras till styrelsen.",
    "Inventeringen av tillgångarna ska göras i enlighet med rutinen och redovisas för "
    "revisorn.",
    "Placeringen av medlen ska ske i enlighet med lagen och stadgarna.",
]
DOCUMENTS[D] = (blocks_text([{"text": t} for t in B]), [
    rec("title", B[0], [("stiftelsen", *ST)], kind="heading", doc=D),
    rec("1", B[1], [("Stiftelsen", *ST), ("studerande", "studerande", "övrig"),
                    ("lärare", "lärare", "övrig"), ("skolor", "skola", ORG)],
        [SKA, inf("ha"), inf("främja")],
        [st("stiftelse", "Stiftelsen", OB, "ska", "främja", "främja", "utbildning")], doc=D),
    # negative: the infinitive right after `att`; `unga` is no aim
    rec("2", B[2], [("Stiftelsen", *ST)], [SKA, inf("ha"), inf("stödja")],
        [st("stiftelse", "Stiftelsen", OB, "ska", "stödja", "stödja", "unga")], doc=D),
    rec("3", B[3], [("styrelsen", "styrelse", POL)],
        [SKA, inf("ske"), inf("rapporteras", "rapportera", "pass")],
        [st(None, None, OB, "ska", "rapportera", "rapporteras", "till styrelsen",
            passive=True)], doc=D),
    rec("4", B[4], [("revisorn", "revisor", "förtroendevald")],
        [SKA, inf("göras", "göra", "pass"), inf("redovisas", "redovisa", "pass")],
        [st(None, None, OB, "ska", "göra", "göras", passive=True),
         st(None, None, OB, "ska", "redovisa", "redovisas", "för revisorn", passive=True)],
        doc=D),
    # negative: a noun after `och`: nothing new
    rec("5", B[5], [], [SKA, inf("ske")], doc=D),
])


if __name__ == "__main__":
    write_part(sys.argv[1], "w52-j", DOCUMENTS)
