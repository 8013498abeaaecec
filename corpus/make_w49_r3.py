"""Builds corpus/dev/w49-r3.jsonl and the documents corpus/dev/w49-r3-*.txt with their gold:
invented material for round 49, writer br3 (analysis 49-br cause C1, second pass). Municipal
pages that name their municipality only by the bare place name (docs/annotation.md §2.3, the
bare name of the document's municipality: an actor, canonical the bare name, which a lead-in
passes to its items, §5.1) in the shapes the first pass missed: a comma-bounded prepositional
phrase between the name and `har` (`X har, förutom A och B, tre egna nämnder:`), an adjective
before the body noun (`egna`, `gemensamma`), the name inverted after a fronted prepositional
phrase with `även` (`Utöver dessa har X även … nämnder, förbund och råd:`), items that are body
names with partner lists (`…, gemensam med Y och Z kommuner`, `…, med säte i Y, tillsammans
med Y och Z`), and a later `med säte i X` (a place). Negatives: a page whose bare name in the
same shapes has things, not bodies (`egna skolor`, `även … badplatser`), and whose body stands
after `finns` with the name as a place
(the body's own `finnas` statement, §5's presentational verbs). Sentences: C11's remaining
statement (a spelled numeral before a presentational verb's late subject, `Här sitter
sextiofem ledamöter`), C13 (an infinitive the tagger reads as an adjective, conjoined after a
relative clause on the modal infinitive's object); negatives a numeral with no actor after
it, a noun conjunct after the relative clause. Gold by hand from docs/annotation.md before the rules.
Offsets computed.
Run: python corpus/make_w49_r3.py corpus/dev"""

import sys

from records import FTV, HAR, ORG, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w49-r3")


def item(doc, cid, text, actors=(), verbs=(), statements=()):
    return rec(cid, text, actors, verbs, statements, doc=doc, kind="list_item",
               parent=cid.rsplit(".", 1)[0], label="•")


# Sentences: C11's remaining statement, a spelled numeral before a presentational verb's late
# subject (§5 presentational verbs); C13, an infinitive conjoined after a relative clause on
# the modal infinitive's object (one statement per infinitive of the chain, §5).
SENTENCES = [
    rec("s1", "Här sitter sextiofem ledamöter.",
        [("ledamöter", "ledamot", FTV)], [pres("sitter", "sitta")],
        [st("ledamot", "ledamöter", "none", None, "sitta", "sitter")]),
    rec("s2", "I styrelsen ingår tjugofyra ledamöter och nio ersättare.",
        [("styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("ersättare", "ersättare", FTV)], [pres("ingår", "ingå")],
        [st("ledamot", "ledamöter", "none", None, "ingå", "ingår", "I styrelsen"),
         st("ersättare", "ersättare", "none", None, "ingå", "ingår", "I styrelsen")]),
    rec("s3", "Därefter följer trettiotvå punkter.", (), [pres("följer", "följa")]),
    rec("s4", "Revisorerna ska granska de räkenskaper som upprättas och ansvara för "
        "revisionsberättelsen.",
        [("Revisorerna", "revisor", FTV)],
        [SKA, inf("granska"), pres("upprättas", "upprätta", "pass"), inf("ansvara")],
        [st("revisor", "Revisorerna", "obligation", "ska", "granska", "granska",
            "de räkenskaper som upprättas"),
         st("revisor", "Revisorerna", "obligation", "ska", "ansvara", "ansvara",
            "för revisionsberättelsen")]),
    rec("s5", "Kommittén ska följa de regler som gäller och andra anvisningar.",
        [("Kommittén", "kommitté", POL)], [SKA, inf("följa"), pres("gäller", "gälla")],
        [st("kommitté", "Kommittén", "obligation", "ska", "följa", "följa",
            "de regler som gäller och andra anvisningar")]),
]

# (a) A municipal page naming its municipality only by its bare name.
D = "w49-r3-rodsjo"
ROD_TEXT = """Så styrs Rödsjö
Rödsjö har, förutom kommunfullmäktige och kommunstyrelsen, tre egna nämnder:
• Bildningsnämnden
• Omsorgsnämnden
• Samhällsbyggnadsnämnden
Utöver dessa har Rödsjö även gemensamma nämnder, förbund och råd:
• Överförmyndarnämnden, gemensam med Hagby och Tornvik kommuner
• Kommunalförbundet Mellanskog, med säte i Hagby, tillsammans med Hagby och Tornvik
• Pensionärsrådet, gemensamt med Hagby
Överförmyndarnämnden har sitt kontor med säte i Rödsjö.
Rödsjö ska vara en trygg plats att växa upp i.
"""
HA = ("rödsjö", "Rödsjö", "none", None, "ha", "har")
EGNA = [("Bildningsnämnden", "bildningsnämnd"), ("Omsorgsnämnden", "omsorgsnämnd"),
        ("Samhällsbyggnadsnämnden", "samhällsbyggnadsnämnd")]
ROD = [
    # the bare name as the (passive) subject of the title: an actor (§2.3)
    rec("title", "Så styrs Rödsjö", [("Rödsjö", "rödsjö", ORG)], kind="heading", doc=D),
    rec("1", "Rödsjö har, förutom kommunfullmäktige och kommunstyrelsen, tre egna nämnder:",
        [("Rödsjö", "rödsjö", ORG), ("kommunfullmäktige", "kommunfullmäktige", POL),
         ("kommunstyrelsen", "kommunstyrelse", POL), ("nämnder", "nämnd", POL)],
        [HAR], doc=D),
    *[item(D, f"1.{n}", text, [(text, canonical, POL)], (), [st(*HA, obj=text)])
      for n, (text, canonical) in enumerate(EGNA, 1)],
    rec("2", "Utöver dessa har Rödsjö även gemensamma nämnder, förbund och råd:",
        [("Rödsjö", "rödsjö", ORG), ("gemensamma nämnder", "gemensam nämnd", POL),
         ("förbund", "förbund", ORG), ("råd", "råd", POL)],
        [HAR], doc=D),
    item(D, "2.1", "Överförmyndarnämnden, gemensam med Hagby och Tornvik kommuner",
         [("Överförmyndarnämnden", "överförmyndarnämnd", POL), ("Hagby", "hagby kommun", ORG),
          ("Tornvik kommuner", "tornvik kommun", ORG)], (),
         [st(*HA, obj="Överförmyndarnämnden, gemensam med Hagby och Tornvik kommuner")]),
    item(D, "2.2", "Kommunalförbundet Mellanskog, med säte i Hagby, tillsammans med Hagby och "
         "Tornvik",
         [("Kommunalförbundet Mellanskog", "kommunalförbundet mellanskog", ORG)], (),
         [st(*HA, obj="Kommunalförbundet Mellanskog, med säte i Hagby, tillsammans med Hagby "
             "och Tornvik")]),
    item(D, "2.3", "Pensionärsrådet, gemensamt med Hagby",
         [("Pensionärsrådet", "pensionärsråd", POL)], (),
         [st(*HA, obj="Pensionärsrådet, gemensamt med Hagby")]),
    rec("3", "Överförmyndarnämnden har sitt kontor med säte i Rödsjö.",
        [("Överförmyndarnämnden", "överförmyndarnämnd", POL)], [HAR],
        [st("överförmyndarnämnd", "Överförmyndarnämnden", "none", None, "ha", "har",
            "sitt kontor med säte i Rödsjö")], doc=D),
    rec("4", "Rödsjö ska vara en trygg plats att växa upp i.",
        [("Rödsjö", "rödsjö", ORG)],
        [("ska", "skola", "pres", "act"), ("vara", "vara", "inf", "act"),
         ("växa", "växa", "inf", "act")],
        [st("rödsjö", "Rödsjö", "obligation", "ska", "vara", "vara", "en trygg plats")], doc=D),
]

# (b) Negative: the same shapes over things, not bodies; a body after `finns` in a place.
D = "w49-r3-ekholma"
EKH_TEXT = """Att bo i Ekholma
Ekholma har, förutom en gästhamn, två egna skolor:
• Norrskolan
• Ekskolan
Utöver dessa har Ekholma även badplatser, spår och parker:
• Lillsjöbadet
• Motionsspåret vid Kvarnen
I Ekholma finns också en gemensam nämnd med säte i Ekholma.
"""
EKH = [
    rec("title", "Att bo i Ekholma", kind="heading", doc=D),
    rec("1", "Ekholma har, förutom en gästhamn, två egna skolor:", (), [HAR], doc=D),
    item(D, "1.1", "Norrskolan"),
    item(D, "1.2", "Ekskolan"),
    rec("2", "Utöver dessa har Ekholma även badplatser, spår och parker:", (), [HAR], doc=D),
    item(D, "2.1", "Lillsjöbadet"),
    item(D, "2.2", "Motionsspåret vid Kvarnen"),
    rec("3", "I Ekholma finns också en gemensam nämnd med säte i Ekholma.",
        [("gemensam nämnd", "gemensam nämnd", POL)], [pres("finns", "finnas")],
        # a presentational verb's subject after it (§5): the body is; the name is the place
        [st("gemensam nämnd", "gemensam nämnd", "none", None, "finnas", "finns")], doc=D),
]

DOCUMENTS = {"w49-r3-rodsjo": (ROD_TEXT, ROD), "w49-r3-ekholma": (EKH_TEXT, EKH)}

if __name__ == "__main__":
    write_part(sys.argv[1], "w49-r3", DOCUMENTS, before=SENTENCES)
