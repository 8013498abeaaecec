"""Builds corpus/dev/w50-b.jsonl and the documents corpus/dev/w50-b-*.txt with their gold:
invented material for round 50, writer b (analysis 50-bw B1, G3, G4, G8). `w50-b-batklubb`:
a boat club's statutes copied from a web page whose bullet glyphs are glued to the item's
first word (`•förvalta`, `–utse`), under lead-ins without a colon; items that open with
adverbials (`före varje längre resa`, `vid behov i samråd med …`) or a `när`-clause before
their infinitive; negatives: a dash inside a line, a minus sign in an amount, a hyphenated
compound. `w50-b-samrad`: `om`/`när` condition items under complete lead-ins (no item
statement, the lead-in keeps its own), a colon lead-in over `om` + noun phrase items (the
topic of `besluta om`), spaced items that open with adverbials or an `om`-clause before their
infinitive. Gold by hand from docs/annotation.md §1.2, §4, §5 before the rules. Offsets
computed.
Run: python corpus/make_w50_b.py corpus/dev"""

import sys

from records import EXT, FTV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w50-b", conditions_from_statements=True)

# (a) Glued bullets and dashes (B1), with fronted adverbials (G3) and a `när`-clause (G4).
D = "w50-b-batklubb"
BAT_TEXT = """Stadgar för Granviks båtklubb

§ 4 Styrelsen
Styrelsen ska
•förvalta de gemensamma tillgångarna
•föra protokoll vid varje sammanträde
•före varje längre resa kontrollera båtarnas säkerhetsutrustning
•när en medlem begär det pröva frågan om medlemskap

§ 5 Valberedningen
Valberedningen ska
–utse kandidater till styrelsen
–vid behov i samråd med kassören föreslå arvoden

§ 6 Ekonomi
Verksamhetsåret – som följer kalenderåret – avslutas med ett bokslut. Förra årets \
resultat var -4 500 kronor och kassören redovisar det för medlemmarna på årsmötet.
Kassören sköter även medlemsregistret och
-avgifterna för bryggplatser.
"""
GB = "granviks båtklubb"
STY = "styrelse"


def _sty(cid, text, actors, verb, obj, condition=None):
    return rec(cid, text, actors, [inf(verb)],
               [st(STY, "Styrelsen", "obligation", "ska", verb, verb, obj,
                   condition=condition)],
               kind="list_item", parent="§4.1", label="•", doc=D)


def _val(cid, text, actors, verb, obj, condition=None):
    return rec(cid, text, actors, [inf(verb)],
               [st("valberedning", "Valberedningen", "obligation", "ska", verb, verb, obj,
                   condition=condition)],
               kind="list_item", parent="§5.1", label="–", doc=D)


BAT = [
    rec("title", "Stadgar för Granviks båtklubb", [("Granviks båtklubb", GB, ORG)],
        kind="heading", doc=D),
    rec("§4", "Styrelsen", [("Styrelsen", STY, POL)], kind="heading", label="§ 4", doc=D),
    rec("§4.1", "Styrelsen ska", [("Styrelsen", STY, POL)], [SKA], parent="§4", doc=D),
    _sty("§4.1.a", "förvalta de gemensamma tillgångarna", [], "förvalta",
         "de gemensamma tillgångarna"),
    _sty("§4.1.b", "föra protokoll vid varje sammanträde", [], "föra",
         "protokoll vid varje sammanträde"),
    _sty("§4.1.c", "före varje längre resa kontrollera båtarnas säkerhetsutrustning", [],
         "kontrollera", "båtarnas säkerhetsutrustning"),
    _sty("§4.1.d", "när en medlem begär det pröva frågan om medlemskap",
         [("medlem", "medlem", OVR)], "pröva", "frågan om medlemskap",
         condition="när en medlem begär det"),
    rec("§5", "Valberedningen", [("Valberedningen", "valberedning", POL)], kind="heading",
        label="§ 5", doc=D),
    rec("§5.1", "Valberedningen ska",
        [("Valberedningen", "valberedning", POL)], [SKA], parent="§5", doc=D),
    _val("§5.1.a", "utse kandidater till styrelsen",
         [("kandidater", "kandidat", EXT), ("styrelsen", STY, POL)], "utse",
         "kandidater till styrelsen"),
    _val("§5.1.b", "vid behov i samråd med kassören föreslå arvoden",
         [("kassören", "kassör", FTV)], "föreslå", "arvoden",
         condition="i samråd med kassören"),
    rec("§6", "Ekonomi", kind="heading", label="§ 6", doc=D),
    rec("§6.1", "Verksamhetsåret – som följer kalenderåret – avslutas med ett bokslut. "
        "Förra årets resultat var -4 500 kronor och kassören redovisar det för medlemmarna på "
        "årsmötet. Kassören sköter även medlemsregistret och -avgifterna för bryggplatser.",
        [("kassören", "kassör", FTV), ("medlemmarna", "medlem", OVR),
         ("årsmötet", "årsmöte", OVR), ("Kassören", "kassör", FTV)],
        [pres("följer", "följa"), pres("avslutas", "avsluta", "pass"),
         ("var", "vara", "past", "act"), pres("redovisar", "redovisa"),
         pres("sköter", "sköta")],
        [st("kassör", "kassören", "none", None, "redovisa", "redovisar",
            "det för medlemmarna på årsmötet"),
         st("kassör", "Kassören", "none", None, "sköta", "sköter",
            "medlemsregistret och -avgifterna för bryggplatser")],
        parent="§6", doc=D),
]

# (b) Condition items under complete lead-ins (G8), a topic list under `besluta om:`, and
# spaced items that open with adverbials (G3) or an `om`-clause (G4).
D = "w50-b-samrad"
SAM_TEXT = """Riktlinjer för samråd och sammanträden

Föreningen ska begära samråd med förbundet
– om föreningens resultat är negativt två år i följd,
– om föreningen säljer en fastighet.

Ordföranden ska kalla till extra sammanträde:
• när två ledamöter begär det,
• när revisorn kräver det.

Nämnden ska besluta:
– om taxor,
– om avgifter.

Sekreteraren ska
• senast en vecka före mötet skicka kallelsen
• före kommande stämma sammanställa närvaron
• om ordföranden har förhinder leda mötet
"""
FOR, ORD, SEK = "förening", "ordförande", "sekreterare"


def _sek(cid, text, actors, verb, obj, condition=None):
    return rec(cid, text, actors, [inf(verb)],
               [st(SEK, "Sekreteraren", "obligation", "ska", verb, verb, obj,
                   condition=condition)],
               kind="list_item", parent="4", label="•", doc=D)


SAM = [
    rec("title", "Riktlinjer för samråd och sammanträden", kind="heading", doc=D),
    rec("1", "Föreningen ska begära samråd med förbundet",
        [("Föreningen", FOR, ORG), ("förbundet", "förbund", ORG)], [SKA, inf("begära")],
        [st(FOR, "Föreningen", "obligation", "ska", "begära", "begära",
            "samråd med förbundet")], doc=D),
    rec("1.a", "om föreningens resultat är negativt två år i följd,",
        [("föreningens", FOR, ORG)], [pres("är", "vara")], kind="list_item", parent="1",
        label="–", doc=D),
    rec("1.b", "om föreningen säljer en fastighet.", [("föreningen", FOR, ORG)],
        [pres("säljer", "sälja")], kind="list_item", parent="1", label="–", doc=D),
    rec("2", "Ordföranden ska kalla till extra sammanträde:", [("Ordföranden", ORD, FTV)],
        [SKA, inf("kalla")],
        [st(ORD, "Ordföranden", "obligation", "ska", "kalla", "kalla",
            "till extra sammanträde")], doc=D),
    rec("2.a", "när två ledamöter begär det,", [("ledamöter", "ledamot", FTV)],
        [pres("begär", "begära")], kind="list_item", parent="2", label="•", doc=D),
    rec("2.b", "när revisorn kräver det.", [("revisorn", "revisor", FTV)],
        [pres("kräver", "kräva")], kind="list_item", parent="2", label="•", doc=D),
    rec("3", "Nämnden ska besluta:", [("Nämnden", "nämnd", POL)], [SKA, inf("besluta")],
        doc=D),
    *[rec(f"3.{letter}", item, (), (),
          [st("nämnd", "Nämnden", "obligation", "ska", "besluta", "besluta", item.rstrip(",."))],
          kind="list_item", parent="3", label="–", doc=D)
      for letter, item in zip("ab", ["om taxor,", "om avgifter."], strict=True)],
    rec("4", "Sekreteraren ska", [("Sekreteraren", SEK, TJP)], [SKA], doc=D),
    _sek("4.a", "senast en vecka före mötet skicka kallelsen", [], "skicka", "kallelsen"),
    _sek("4.b", "före kommande stämma sammanställa närvaron",
         [("stämma", "stämma", POL)], "sammanställa", "närvaron"),
    _sek("4.c", "om ordföranden har förhinder leda mötet", [("ordföranden", ORD, FTV)],
         "leda", "mötet", condition="om ordföranden har förhinder"),
]

DOCUMENTS = {"w50-b-batklubb": (BAT_TEXT, BAT), "w50-b-samrad": (SAM_TEXT, SAM)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w50-b", DOCUMENTS)
