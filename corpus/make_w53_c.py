"""Builds corpus/dev/w53-c.jsonl and the documents corpus/dev/w53-c-*.txt with their gold:
invented material for round 53, writer c (actors of descriptive pages; analyses 53-cb P10,
P7, P3, P8, P9, 53-cd A, E and the rulings c1, r3, r4 at the end of docs/annotation.md).
`w53-c-dotterbolag`, `w53-c-stiftelser`: a presentational lead-in whose late subject is a
cardinal + plural noun + colon over items that each name one organisation: every item's name
is the verb's subject (round 33 B1); NEG `w53-c-utskott`: a `ha` lead-in with an actor subject
(the items are its objects). `w53-c-forvaltningar`: a bare `Förvaltningen`/`Kontoret` under a
heading that is one hyphen-elided coordinated unit compound takes it (c1); NEG under a heading
naming two units. `w53-c-vice`: `första`/`andra` before `vice ordförande` read as
`förste`/`andre` (r4), also elided after an article; NEG `andra nämnder` ("other").
`w53-c-bolag`: names in apposition to a partitive plural subject are no subjects (round 46 bo);
NEG the names as the subject. `w53-c-personal`: a partitive quantity + `av` + genitive owner +
plural person noun keeps its statement (§5.2 round 16 B2); NEG a non-actor noun. `w53-c-rad`: two
adjectives joined by a slash before an actor noun. `w53-c-centrum`: a capitalised one-word
`-centrum` unit in an agent role (r3); NEG a place. `w53-c-organ`: round 35 B4 with a genitive
owner name holding a lower-case compound (`<Name>s <compound>s högsta organ är X`): no
statement (analysis 53-cc G3); NEG the subject first.
Gold by hand from docs/annotation.md before the rules. Offsets computed.
Run: python corpus/make_w53_c.py corpus/dev"""

import sys

from records import FORV, FTV, HAR, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

NONE = "none"
rec = records_for("w53-c", check_texts=False)
DOCUMENTS = {}


def lines_doc(doc, lead, lead_actors, lead_verbs, rows, lead_statements=(), label="–"):
    """A lead-in line and its items: rows of (text, actors, verbs, statements)."""
    text = lead + "\n" + "".join(f"{label} {row[0]}\n" for row in rows)
    records = [rec("1", lead, lead_actors, lead_verbs, lead_statements, doc=doc)]
    records += [rec(f"1.{letter}", t, a, v, s, kind="list_item", parent="1", label=label,
                    doc=doc)
                for letter, (t, a, v, s) in zip("abcd", rows, strict=False)]
    DOCUMENTS[doc] = (text, records)


def paragraphs_doc(doc, paragraphs):
    """Blank-line paragraphs: (text, actors, verbs, statements), clause ids 1, 2, …"""
    text = "\n\n".join(p[0] for p in paragraphs) + "\n"
    DOCUMENTS[doc] = (text, [rec(str(n), *p, doc=doc) for n, p in enumerate(paragraphs, 1)])


def name_items(names, aim, aim_text, category=ORG):
    """Items naming one organisation each: the presentational verb's subjects."""
    last = len(names) - 1
    return [(f"{text}{'.' if n == last else ','}", [(text, canon, category)], [],
             [st(canon, text, NONE, None, aim, aim_text)])
            for n, (text, canon) in enumerate(names)]


FINNS, INGAR = pres("finns", "finnas"), pres("ingår", "ingå")
lines_doc("w53-c-dotterbolag", "Under kommunstyrelsen finns tre helägda dotterbolag:",
          [("kommunstyrelsen", "kommunstyrelse", POL), ("dotterbolag", "dotterbolag", ORG)],
          [FINNS],
          name_items([("Norrby Vatten", "norrby vatten"), ("Ekbohem", "ekbohem"),
                      ("Tallvik Energi AB", "tallvik energi ab")], "finnas", "finns"))
lines_doc("w53-c-stiftelser", "I koncernen ingår dessutom två stiftelser:",
          [("koncernen", "koncern", ORG), ("stiftelser", "stiftelse", ORG)], [INGAR],
          name_items([("Åby Kulturstiftelse", "åby kulturstiftelse"),
                      ("Stiftelsen Ekgården", "stiftelsen ekgården")], "ingå", "ingår"))
NAMND_HAR = ("nämnd", "Nämnden", NONE, None, "ha", "har")
lines_doc("w53-c-utskott", "Nämnden har två utskott:",
          [("Nämnden", "nämnd", POL), ("utskott", "utskott", POL)], [HAR],
          [("arbetsutskottet,", [("arbetsutskottet", "arbetsutskott", POL)], [],
            [st(*NAMND_HAR, "arbetsutskottet")]),
           ("individutskottet.", [("individutskottet", "individutskott", POL)], [],
            [st(*NAMND_HAR, "individutskottet")])])


BU, SM = "vård- och omsorgsförvaltning", "samhällsbyggnads- och miljökontor"
FORVALTNINGAR_TEXT = [
    ("Organisation", "title", "heading", None, [], [], []),
    ("Vård- och omsorgsförvaltningen", "h1", "heading", None,
     [("Vård- och omsorgsförvaltningen", BU, FORV)], [], []),
    ("Förvaltningen driver kommunens äldreboenden och hemtjänst.", "1", "paragraph", "h1",
     [("Förvaltningen", BU, FORV), ("kommunens", "kommun", ORG)], [pres("driver", "driva")],
     [st(BU, "Förvaltningen", NONE, None, "driva", "driver",
         "kommunens äldreboenden och hemtjänst")]),
    ("Samhällsbyggnads- och miljökontoret", "h2", "heading", None,
     [("Samhällsbyggnads- och miljökontoret", SM, FORV)], [], []),
    ("Kontoret handlägger ansökningar om bygglov.", "2", "paragraph", "h2",
     [("Kontoret", SM, FORV)], [pres("handlägger", "handlägga")],
     [st(SM, "Kontoret", NONE, None, "handlägga", "handlägger", "ansökningar om bygglov")]),
    ("Kultur- och fritidsförvaltningen och Socialförvaltningen", "h3", "heading", None,
     [("Kultur- och fritidsförvaltningen", "kultur- och fritidsförvaltning", FORV),
      ("Socialförvaltningen", "socialförvaltning", FORV)], [], []),
    ("Förvaltningen har sina lokaler i stadshuset.", "3", "paragraph", "h3",
     [("Förvaltningen", "förvaltning", FORV)], [HAR],
     [st("förvaltning", "Förvaltningen", NONE, None, "ha", "har", "sina lokaler i stadshuset")]),
]
DOCUMENTS["w53-c-forvaltningar"] = (
    "\n\n".join(row[0] for row in FORVALTNINGAR_TEXT) + "\n",
    [rec(cid, text, actors, verbs, statements, doc="w53-c-forvaltningar", kind=kind,
         parent=parent)
     for text, cid, kind, parent, actors, verbs, statements in FORVALTNINGAR_TEXT])

F1, A2 = "förste vice ordförande", "andre vice ordförande"
paragraphs_doc("w53-c-vice", [
    ("Utskottet leds av en första och en andra vice ordförande.",
     [("Utskottet", "utskott", POL), ("första", F1, FTV), ("andra vice ordförande", A2, FTV)],
     [pres("leds", "leda", "pass")],
     [st(F1, "första", NONE, None, "leda", "leds", "Utskottet", passive=True),
      st(A2, "andra vice ordförande", NONE, None, "leda", "leds", "Utskottet", passive=True)]),
    ("Den andra vice ordföranden leder arbetet med budgeten.",
     [("andra vice ordföranden", A2, FTV)], [pres("leder", "leda")],
     [st(A2, "andra vice ordföranden", NONE, None, "leda", "leder", "arbetet med budgeten")]),
    ("Första vice ordföranden ska kalla till sammanträdet.",
     [("Första vice ordföranden", F1, FTV)], [SKA, inf("kalla")],
     [st(F1, "Första vice ordföranden", "obligation", "ska", "kalla", "kalla",
         "till sammanträdet")]),
    ("Nämnden samråder med andra nämnder.",
     [("Nämnden", "nämnd", POL), ("nämnder", "nämnd", POL)], [pres("samråder", "samråda")],
     [st("nämnd", "Nämnden", NONE, None, "samråda", "samråder", "med andra nämnder")]),
])

FORVALTA = pres("förvaltar", "förvalta")
paragraphs_doc("w53-c-bolag", [
    ("Två av de regionala bolagen, Ekby Energi AB och Norrby Hamn AB, förvaltar kajerna.",
     [("bolagen", "bolag", ORG), ("Ekby Energi AB", "ekby energi ab", ORG),
      ("Norrby Hamn AB", "norrby hamn ab", ORG)], [FORVALTA],
     [st("bolag", "bolagen", NONE, None, "förvalta", "förvaltar", "kajerna")]),
    ("Regionens båda stiftelser, Stiftelsen Åbyhem och Ekby Fond AB, äger fastigheter.",
     [("Regionens", "region", ORG), ("stiftelser", "stiftelse", ORG),
      ("Stiftelsen Åbyhem", "stiftelsen åbyhem", ORG), ("Ekby Fond AB", "ekby fond ab", ORG)],
     [pres("äger", "äga")],
     [st("stiftelse", "stiftelser", NONE, None, "äga", "äger", "fastigheter")]),
    ("Ekby Energi AB och Norrby Hamn AB förvaltar bryggorna.",
     [("Ekby Energi AB", "ekby energi ab", ORG), ("Norrby Hamn AB", "norrby hamn ab", ORG)],
     [FORVALTA],
     [st("ekby energi ab", "Ekby Energi AB", NONE, None, "förvalta", "förvaltar", "bryggorna"),
      st("norrby hamn ab", "Norrby Hamn AB", NONE, None, "förvalta", "förvaltar",
         "bryggorna")]),
])

paragraphs_doc("w53-c-personal", [
    ("De flesta av regionens medarbetare arbetar i vården.",
     [("regionens", "region", ORG), ("medarbetare", "medarbetare", TJP)],
     [pres("arbetar", "arbeta")],
     [st("medarbetare", "medarbetare", NONE, None, "arbeta", "arbetar", "i vården")]),
    ("Merparten av kommunens anställda har sin arbetsplats i centralorten.",
     [("kommunens", "kommun", ORG), ("anställda", "anställd", TJP)], [HAR],
     [st("anställd", "anställda", NONE, None, "ha", "har", "sin arbetsplats i centralorten")]),
    ("Merparten av kommunens budget går till skolan.",
     [("kommunens", "kommun", ORG)], [pres("går", "gå")], []),
])

paragraphs_doc("w53-c-rad", [
    ("I rådet sitter valda/utsedda ombud från föreningarna.",
     [("rådet", "råd", POL), ("ombud", "ombud", TJP), ("föreningarna", "förening", ORG)],
     [pres("sitter", "sitta")],
     [st("ombud", "ombud", NONE, None, "sitta", "sitter", None)]),
    ("I utskotten sitter erfarna/nyvalda politiker.",
     [("utskotten", "utskott", POL), ("politiker", "politiker", FTV)],
     [pres("sitter", "sitta")],
     [st("politiker", "politiker", NONE, None, "sitta", "sitter", None)]),
])

paragraphs_doc("w53-c-centrum", [
    ("Familjecentrum erbjuder föräldrastöd och samordnar insatserna.",
     [("Familjecentrum", "familjecentrum", FORV)],
     [pres("erbjuder", "erbjuda"), pres("samordnar", "samordna")],
     [st("familjecentrum", "Familjecentrum", NONE, None, "erbjuda", "erbjuder",
         "föräldrastöd"),
      st("familjecentrum", "Familjecentrum", NONE, None, "samordna", "samordnar",
         "insatserna")]),
    ("Kompetenscentrum ansvarar för introduktionen av nyanställda.",
     [("Kompetenscentrum", "kompetenscentrum", FORV), ("nyanställda", "nyanställd", TJP)],
     [pres("ansvarar", "ansvara")],
     [st("kompetenscentrum", "Kompetenscentrum", "responsibility", "ansvarar för", "ansvara",
         "ansvarar", "för introduktionen av nyanställda")]),
    ("Stadscentrum ska vara tillgängligt för alla.",
     [], [SKA, inf("vara")], []),
])

VR, NM = "västerbygdens räddningsförbund", "norrdalens miljöförbund"
paragraphs_doc("w53-c-organ", [
    ("Västerbygdens räddningsförbunds högsta beslutande organ är förbundsstämman.",
     [("Västerbygdens räddningsförbunds", VR, ORG), ("förbundsstämman", "förbundsstämma", POL)],
     [pres("är", "vara")], []),
    ("Norrdalens miljöförbunds högsta organ är förbundsdirektionen.",
     [("Norrdalens miljöförbunds", NM, ORG), ("förbundsdirektionen", "förbundsdirektion", POL)],
     [pres("är", "vara")], []),
    ("Direktionen är Norrdalens miljöförbunds högsta beslutande organ.",
     [("Direktionen", "direktion", POL), ("Norrdalens miljöförbunds", NM, ORG)],
     [pres("är", "vara")],
     [st("direktion", "Direktionen", NONE, None, "vara", "är",
         "Norrdalens miljöförbunds högsta beslutande organ")]),
])


if __name__ == "__main__":
    write_part(sys.argv[1], "w53-c", DOCUMENTS)
