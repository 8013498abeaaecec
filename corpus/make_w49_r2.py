"""Builds corpus/dev/w49-r2.jsonl and the documents corpus/dev/w49-r2-*.txt with their gold:
invented material for round 49, writer br2 (analysis 49-br causes C1, C5, C6, C10, C11, C12,
C16). C1: a municipal page that names its municipality only by the bare place name, as the
subject of `har … nämnder:` and `samverkar med … i … nämnder:` lead-ins (docs/annotation.md
§2.3, the bare name of the document's municipality: an actor, canonical the bare name, which
the lead-in passes to its items, §5.1); a later bare subject of the same name; negatives: a
page whose bare place name has things (`badplatser`), no body, and a place (`i Åsby`). C10: a
cookie notice above the title (round 48: chrome, the title is the first line after it). C6 and
round 49 B2: a lead-in whose colon closes a relative clause on a copula's predicative (the
copula's statement stays in the lead-in, the items none). Sentences: C5 `har till (sitt)
uppdrag att` (round 48, §5.3: responsibility), `har till uppgift att` stays an obligation;
C11 spelled compound numerals (`femtioen`, `trettiotvå`) are no verbs, `femtioårsdag` stays a
noun; C12 the definite `folket` (round 48, §2.1: extern, an agent acts), the indefinite `folk`
and `folkhälsa` no actor; C16 a capitals acronym with a lower-case letter inside (`BiS`)
between commas is no verb, a real s-passive is. Gold by hand from docs/annotation.md before
the rules. Offsets computed.
Run: python corpus/make_w49_r2.py corpus/dev"""

import sys

from records import AR, EXT, FTV, HAR, ORG, POL, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w49-r2")


def item(doc, cid, text, actors=(), verbs=(), statements=()):
    return rec(cid, text, actors, verbs, statements, doc=doc, kind="list_item",
               parent=cid.rsplit(".", 1)[0], label="•")


# Sentences (one document w49-r2): C5, C11, C12, C16 with their negatives.
UPPDRAG = "har till uppdrag att"
SENTENCES = [
    rec("s1", "Pensionärsrådet har till uppdrag att bevaka och samordna frågor om folkhälsa.",
        [("Pensionärsrådet", "pensionärsråd", POL)],
        [HAR, inf("bevaka"), inf("samordna")],
        [st("pensionärsråd", "Pensionärsrådet", "responsibility", UPPDRAG, "bevaka", "bevaka"),
         st("pensionärsråd", "Pensionärsrådet", "responsibility", UPPDRAG, "samordna",
            "samordna", "frågor om folkhälsa")]),
    rec("s2", "Utskottet har till sitt uppdrag att bereda ärenden inför styrelsens sammanträden.",
        [("Utskottet", "utskott", POL), ("styrelsens", "styrelse", POL)],
        [HAR, inf("bereda")],
        [st("utskott", "Utskottet", "responsibility", UPPDRAG, "bereda", "bereda",
            "ärenden inför styrelsens sammanträden")]),
    rec("s3", "Utskottet har till uppgift att granska budgeten.",
        [("Utskottet", "utskott", POL)], [HAR, inf("granska")],
        [st("utskott", "Utskottet", "obligation", "har till uppgift att", "granska", "granska",
            "budgeten")]),
    rec("s4", "I fullmäktige sitter fyrtionio ledamöter.",
        [("fullmäktige", "fullmäktige", POL), ("ledamöter", "ledamot", FTV)],
        [pres("sitter", "sitta")],
        [st("ledamot", "ledamöter", "none", None, "sitta", "sitter", "I fullmäktige")]),
    rec("s5", "Styrelsen består av trettiotvå ledamöter.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)],
        [pres("består", "bestå")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består", "av trettiotvå ledamöter")]),
    rec("s6", "Föreningen firar sin femtioårsdag i maj.",
        [("Föreningen", "förening", ORG)], [pres("firar", "fira")],
        [st("förening", "Föreningen", "none", None, "fira", "firar", "sin femtioårsdag")]),
    rec("s7", "Riksdagen väljs av folket.",
        [("Riksdagen", "riksdag", EXT), ("folket", "folk", EXT)],
        [pres("väljs", "välja", "pass")],
        [st("folk", "folket", "none", None, "välja", "väljs", "Riksdagen", passive=True)]),
    rec("s8", "Det kom mycket folk till invigningen.", (), [("kom", "komma", "past", "act")]),
    rec("s9", "Nämnden samverkar med Barn i Staden, BiS, om lovaktiviteter.",
        [("Nämnden", "nämnd", POL)], [pres("samverkar", "samverka")],
        [st("nämnd", "Nämnden", "none", None, "samverka", "samverkar",
            "med Barn i Staden, BiS, om lovaktiviteter")]),
    rec("s10", "Beslutet fattas av nämnden.", [("nämnden", "nämnd", POL)],
        [pres("fattas", "fatta", "pass")],
        [st("nämnd", "nämnden", "none", None, "fatta", "fattas", "Beslutet", passive=True)]),
]

# (a) A municipal page: a cookie notice above the title, the municipality named only by its
# bare place name as the subject of two body lead-ins, KF's copula lead-in closed inside a
# relative clause, a spelled numeral and `folket`.
D = "w49-r2-lovby"
LOV_TEXT = """Vi använder kakor för att vår webbplats ska fungera bra för dig som besöker den.
Politisk organisation i Lövby
Lövby har, förutom kommunstyrelsen, fyra nämnder:
• Barn- och utbildningsnämnd
• Miljönämnd
• Socialnämnd
• Valnämnd
Sedan 2019 samverkar Lövby med grannkommunerna i två gemensamma nämnder:
• Överförmyndarnämnd
• Lönenämnd
Kommunfullmäktige är kommunens främsta politiska organ, som fattar beslut i frågor som gäller:
• budget och skatt
• taxor och avgifter
• översiktsplanen
I fullmäktige sitter femtioen ledamöter som väljs av folket vart fjärde år.
Lövby ska vara en kommun där alla kan leva ett gott liv.
"""
LOV, HA = "lövby", ("lövby", "Lövby", "none", None, "ha", "har")
SAM = ("lövby", "Lövby", "none", None, "samverka", "samverkar")
NAMNDER = [("Barn- och utbildningsnämnd", "barn- och utbildningsnämnd"),
           ("Miljönämnd", "miljönämnd"), ("Socialnämnd", "socialnämnd"),
           ("Valnämnd", "valnämnd")]
GEMENSAMMA = [("Överförmyndarnämnd", "överförmyndarnämnd"), ("Lönenämnd", "lönenämnd")]
KF_ITEMS = ["budget och skatt", "taxor och avgifter", "översiktsplanen"]
LOV = [
    rec("title", "Politisk organisation i Lövby", kind="heading", doc=D),
    rec("1", "Lövby har, förutom kommunstyrelsen, fyra nämnder:",
        [("Lövby", LOV, ORG), ("kommunstyrelsen", "kommunstyrelse", POL),
         ("nämnder", "nämnd", POL)], [HAR], doc=D),
    *[item(D, f"1.{n}", text, [(text, canonical, POL)], (), [st(*HA, obj=text)])
      for n, (text, canonical) in enumerate(NAMNDER, 1)],
    rec("2", "Sedan 2019 samverkar Lövby med grannkommunerna i två gemensamma nämnder:",
        [("Lövby", LOV, ORG), ("grannkommunerna", "grannkommun", ORG),
         ("gemensamma nämnder", "gemensam nämnd", POL)],
        [pres("samverkar", "samverka")], doc=D),
    *[item(D, f"2.{n}", text, [(text, canonical, POL)], (), [st(*SAM, obj=text)])
      for n, (text, canonical) in enumerate(GEMENSAMMA, 1)],
    rec("3", "Kommunfullmäktige är kommunens främsta politiska organ, som fattar beslut i "
        "frågor som gäller:",
        [("Kommunfullmäktige", "kommunfullmäktige", POL), ("kommunens", "kommun", ORG)],
        [AR, pres("fattar", "fatta"), pres("gäller", "gälla")],
        [st("kommunfullmäktige", "Kommunfullmäktige", "none", None, "vara", "är",
            "kommunens främsta politiska organ")], doc=D),
    *[item(D, f"3.{n}", text) for n, text in enumerate(KF_ITEMS, 1)],
    rec("4", "I fullmäktige sitter femtioen ledamöter som väljs av folket vart fjärde år.",
        [("fullmäktige", "kommunfullmäktige", POL), ("ledamöter", "ledamot", FTV),
         ("folket", "folk", EXT)],
        [pres("sitter", "sitta"), pres("väljs", "välja", "pass")],
        # the relative clause's agent passive states nothing (§5.1: `som väljs av stämman`)
        [st("ledamot", "ledamöter", "none", None, "sitta", "sitter", "I fullmäktige")],
        doc=D),
    rec("5", "Lövby ska vara en kommun där alla kan leva ett gott liv.",
        [("Lövby", LOV, ORG)], [("ska", "skola", "pres", "act"), inf("vara"),
                                 ("kan", "kunna", "pres", "act"), inf("leva")],
        [st(LOV, "Lövby", "obligation", "ska", "vara", "vara", "en kommun")], doc=D),
]

# (b) Negative: a page whose bare place name has things, not bodies, and is a place.
D = "w49-r2-asby"
ASB_TEXT = """Fritid i Åsby
Åsby har fyra badplatser:
• Svanviken
• Ekudden
I Åsby finns också ett elljusspår.
"""
ASB = [
    rec("title", "Fritid i Åsby", kind="heading", doc=D),
    rec("1", "Åsby har fyra badplatser:", (), [HAR], doc=D),
    item(D, "1.1", "Svanviken"),
    item(D, "1.2", "Ekudden"),
    rec("2", "I Åsby finns också ett elljusspår.", (), [pres("finns", "finnas")], doc=D),
]

DOCUMENTS = {"w49-r2-lovby": (LOV_TEXT, LOV), "w49-r2-asby": (ASB_TEXT, ASB)}

if __name__ == "__main__":
    write_part(sys.argv[1], "w49-r2", DOCUMENTS, before=SENTENCES)
