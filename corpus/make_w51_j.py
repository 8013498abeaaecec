"""Builds corpus/dev/w51-j.jsonl and the documents corpus/dev/w51-j-*.txt with their gold:
invented material for round 51, writer w51j (lead-ins and relative clauses: analyses 51-bq E
and G, 51-ax C6, 51-ak P6).
bq-E: a stadga's purpose paragraph `<Name> är en … förening vars syfte är att:` or `som har
till ändamål att:` over bullet items: the purpose cue sits in a relative clause on the
copula's predicative, so the lead-in keeps (name, none, vara) and the infinitive items state
nothing (round 43, round 49 B2). Negative: `Styrelsen har till uppgift att:` (no copula) gives
one obligation per item (§5.1). bq-G: a `som`-relative on a sentence-initial subject with
comma-, `samt`- or `eller`-joined predicates before the main verb: only the main verb's
statement (ruling q2 for a recipient passive). Negative: `… har rösträtt, och styrelsen kan
…` (a second main clause with its own subject). ax-C6: a relative clause with a modal or
`har att` after a quantity apposition `, en eller flera,`: its antecedent is the noun before
the apposition. Negative: a relative with its own subject (`som valberedningen ska
föreslå`). ak-P6: `N som V i den kommunala N ska V N`: the antecedent is the subject. Negative:
a thing noun as antecedent. Gold by hand from docs/annotation.md §5 and the round 43, 49 and
51 rulings before any run. Offsets computed.
Run: python corpus/make_w51_j.py corpus/dev"""

import sys

from records import AR, EXT, FTV, HAR, KAN, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

OB, PE, NONE = "obligation", "permission", "none"
rec = records_for("w51-j")


def item(cid, text, verb, *, doc, parent, actors=(), statements=()):
    """A bullet item with one infinitive."""
    return rec(cid, text, actors, [inf(verb)], statements, doc=doc, kind="list_item",
               parent=parent, label="•")


def sup(word, lemma, voice="act", nth=0):
    """A supine VERB tuple."""
    return (word, lemma, "sup", voice, nth)


# (a) bq-E: `vars syfte är att:` after `är en … förening`; negative `har till uppgift att:`.
D = "w51-j-hembygd"
EH = "ekåsens hembygdsförening"
HB_TITLE = "Stadgar för Ekåsens hembygdsförening"
HB_1 = "Ekåsens hembygdsförening är en partipolitiskt obunden ideell förening vars syfte är att:"
HB_1_ITEMS = [("samla berättelser från bygden", "samla"), ("vårda gårdens gamla timmerhus",
                                                          "vårda")]
HB_2 = "Styrelsen har till uppgift att:"
HB_2_ITEMS = [("förvalta tillgångarna", "förvalta", "tillgångarna"),
              ("föra räkenskaper över kassan", "föra", "räkenskaper över kassan")]
HB_TEXT = (f"{HB_TITLE}\n\n§ 1 Ändamål\n{HB_1}\n"
           + "".join(f"• {text}\n" for text, _ in HB_1_ITEMS)
           + f"\n§ 2 Styrelse\n{HB_2}\n"
           + "".join(f"• {text}\n" for text, *_ in HB_2_ITEMS))
HEMBYGD = [
    rec("title", HB_TITLE, [("Ekåsens hembygdsförening", EH, ORG)], kind="heading", doc=D),
    rec("§1", "Ändamål", kind="heading", label="§ 1", doc=D),
    rec("§1.1", HB_1, [("Ekåsens hembygdsförening", EH, ORG)], [AR, pres("är", "vara", nth=1)],
        [st(EH, "Ekåsens hembygdsförening", NONE, None, "vara", "är",
            "en partipolitiskt obunden ideell förening")], doc=D, parent="§1"),
    *[item(f"§1.1.{letter}", text, verb, doc=D, parent="§1.1")
      for letter, (text, verb) in zip("ab", HB_1_ITEMS, strict=True)],
    rec("§2", "Styrelse", [("Styrelse", "styrelse", POL)], kind="heading", label="§ 2", doc=D),
    rec("§2.1", HB_2, [("Styrelsen", "styrelse", POL)], [HAR], doc=D, parent="§2"),
    *[item(f"§2.1.{letter}", text, verb, doc=D, parent="§2.1",
           statements=[st("styrelse", "Styrelsen", OB, "har till uppgift att", verb, verb, obj)])
      for letter, (text, verb, obj) in zip("ab", HB_2_ITEMS, strict=True)],
]

# (b) bq-E: `som har till ändamål att:` after `är en ideell förening`.
D = "w51-j-odlare"
LO = "lindbo odlarförening"
OD_TITLE = "Stadgar för Lindbo odlarförening"
OD_1 = "Lindbo odlarförening är en ideell förening som har till ändamål att:"
OD_ITEMS = [("främja odling i koloniområdet", "främja"), ("ordna kurser i beskärning", "ordna")]
OD_TEXT = (f"{OD_TITLE}\n\n§ 1 Ändamål\n{OD_1}\n"
           + "".join(f"• {text}\n" for text, _ in OD_ITEMS))
ODLARE = [
    rec("title", OD_TITLE, [("Lindbo odlarförening", LO, ORG)], kind="heading", doc=D),
    rec("§1", "Ändamål", kind="heading", label="§ 1", doc=D),
    rec("§1.1", OD_1, [("Lindbo odlarförening", LO, ORG)], [AR, HAR],
        [st(LO, "Lindbo odlarförening", NONE, None, "vara", "är", "en ideell förening")],
        doc=D, parent="§1"),
    *[item(f"§1.1.{letter}", text, verb, doc=D, parent="§1.1")
      for letter, (text, verb) in zip("ab", OD_ITEMS, strict=True)],
]


def one(doc, *args, **kwargs):
    """A one-sentence document."""
    return records_for(f"w51-j-{doc}", check_texts=True)("1", *args, **kwargs)


SENTENCES = [
    # bq-G: comma/samt-joined relative predicates, a recipient passive (ruling q2)
    one("g-1", "Sökande som bor i kommunen, har fyllt sexton år samt har betalat avgiften "
        "beviljas medlemskap.",
        [("Sökande", "sökande", EXT)],
        [pres("bor", "bo"), HAR, sup("fyllt", "fylla"), ("har", "ha", "pres", "act", 1),
         sup("betalat", "betala"), pres("beviljas", "bevilja", "pass")],
        [st("sökande", "Sökande", NONE, None, "bevilja", "beviljas", "medlemskap",
            passive=True)]),
    # bq-G: comma/eller-joined relative predicates before a modal
    one("g-2", "Ledamot som flyttar från orten, byter bostadsort eller avgår ska anmäla detta "
        "till ordföranden.",
        [("Ledamot", "ledamot", FTV), ("ordföranden", "ordförande", FTV)],
        [pres("flyttar", "flytta"), pres("byter", "byta"), pres("avgår", "avgå"), SKA,
         inf("anmäla")],
        [st("ledamot", "Ledamot", OB, "ska", "anmäla", "anmäla", "detta till ordföranden")]),
    # bq-G negative: a second main clause with its own subject
    one("g-n1", "Medlem som har betalat avgiften har rösträtt, och styrelsen kan bevilja "
        "undantag.",
        [("Medlem", "medlem", OVR), ("styrelsen", "styrelse", POL)],
        [HAR, sup("betalat", "betala"), ("har", "ha", "pres", "act", 1), KAN, inf("bevilja")],
        [st("medlem", "Medlem", NONE, None, "ha", "har", "rösträtt"),
         st("styrelse", "styrelsen", PE, "kan", "bevilja", "bevilja", "undantag")]),
    # ax-C6: a relative after the quantity apposition `, en eller flera,`
    one("c6-1", "Styrelsen utser granskare, en eller flera, vilka har att granska räkenskaperna.",
        [("Styrelsen", "styrelse", POL), ("granskare", "granskare", FTV)],
        [pres("utser", "utse"), HAR, inf("granska")],
        [st("styrelse", "Styrelsen", NONE, None, "utse", "utser", "granskare"),
         st("granskare", "granskare", OB, "har att", "granska", "granska", "räkenskaperna")]),
    one("c6-2", "Kommunen anställer samordnare, en eller två, som ska stödja eleverna.",
        [("Kommunen", "kommun", ORG), ("samordnare", "samordnare", TJP),
         ("eleverna", "elev", EXT)],
        [pres("anställer", "anställa"), SKA, inf("stödja")],
        [st("kommun", "Kommunen", NONE, None, "anställa", "anställer", "samordnare"),
         st("samordnare", "samordnare", OB, "ska", "stödja", "stödja", "eleverna")]),
    # ax-C6 negative: the relative has its own subject
    one("c6-n1", "Styrelsen utser revisorer, en eller flera, som valberedningen ska föreslå.",
        [("Styrelsen", "styrelse", POL), ("revisorer", "revisor", FTV),
         ("valberedningen", "valberedning", POL)],
        [pres("utser", "utse"), SKA, inf("föreslå")],
        [st("styrelse", "Styrelsen", NONE, None, "utse", "utser", "revisorer"),
         st("valberedning", "valberedningen", OB, "ska", "föreslå", "föreslå")]),
    # ak-P6: `N som V i den kommunala N ska V N`
    one("p6-1", "Intresseföreningar som ingår i den kommunala nämnden ska anmäla ledamöter.",
        [("Intresseföreningar", "intresseförening", ORG), ("nämnden", "nämnd", POL),
         ("ledamöter", "ledamot", FTV)],
        [pres("ingår", "ingå"), SKA, inf("anmäla")],
        [st("intresseförening", "Intresseföreningar", OB, "ska", "anmäla", "anmäla",
            "ledamöter")]),
    one("p6-2", "Föreningar som är anslutna till det regionala idrottsförbundet ska lämna "
        "verksamhetsberättelse.",
        [("Föreningar", "förening", ORG), ("idrottsförbundet", "idrottsförbund", ORG)],
        [AR, SKA, inf("lämna")],
        [st("förening", "Föreningar", OB, "ska", "lämna", "lämna", "verksamhetsberättelse")]),
    one("p6-3", "Organisationerna som ingår i den kommunala nämnden ska utse ombud.",
        [("Organisationerna", "organisation", ORG), ("nämnden", "nämnd", POL),
         ("ombud", "ombud", TJP)],
        [pres("ingår", "ingå"), SKA, inf("utse")],
        [st("organisation", "Organisationerna", OB, "ska", "utse", "utse", "ombud")]),
    # ak-P6 negative: a thing noun before `som`
    one("p6-n1", "Frågor som rör den kommunala nämnden ska beredas av utskottet.",
        [("nämnden", "nämnd", POL), ("utskottet", "utskott", POL)],
        [pres("rör", "röra"), SKA, inf("beredas", "bereda", "pass")],
        [st("utskott", "utskottet", OB, "ska", "bereda", "beredas", "Frågor som rör den "
            "kommunala nämnden", passive=True)]),
]

DOCUMENTS = {"w51-j-hembygd": (HB_TEXT, HEMBYGD), "w51-j-odlare": (OD_TEXT, ODLARE)}

if __name__ == "__main__":
    write_part(sys.argv[1], "w51-j", DOCUMENTS, after=SENTENCES)
