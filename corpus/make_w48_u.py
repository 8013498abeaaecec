"""Builds corpus/dev/w48-u.jsonl and the documents corpus/dev/w48-u-*.txt with their gold:
invented material for round 48, writer U (a new user's web copies, nu48b faults 1 and 2).
A lead-in that lost its colon, broken off after its modal (`Föreningen ska`, `Föreningen
bör`) or after the `att` of a finite cue (`Valberedningen har till uppgift att`), over two
or more lower-case item lines that lost their bullets, on a one-sentence-a-line page
(`w48-u-skytte`) and in blank-line sections each opened by its `§ N` heading
(`w48-u-kammarkor`); a page menu without skip link (`Hem` … `Logga in`), chrome in no
clause. Negatives: a blank-line section of two sentence lines without a lead-in (one
paragraph, docs/annotation.md §1.2), a sentence line after the items. Gold by hand from
docs/annotation.md §1 and §5 before the rule. Offsets computed.
Run: python corpus/make_w48_u.py corpus/dev"""

import sys

from records import FTV, HAR, ORG, OVR, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w48-u")

# (a) A shooting club's page, one sentence a line, no blank lines, under its menu.
D = "w48-u-skytte"
SKY_TEXT = """Hem
Skytte
Ungdom
Logga in
Om föreningen
Ekbacka skytteförening har sitt säte i Tallby.
Föreningen ska
ordna kurser i säkerhet
sköta skjutbanan vid Svartsjön
Valberedningen har till uppgift att
föreslå kandidater till styrelsen
bereda valen inför årsmötet
Styrelsen sammanträder minst fyra gånger per år.
"""
ES = "ekbacka skytteförening"
UPPGIFT = "har till uppgift att"
SKY_ITEMS = [("ordna kurser i säkerhet", "ordna", "kurser i säkerhet", []),
             ("sköta skjutbanan vid Svartsjön", "sköta", "skjutbanan vid Svartsjön", [])]
VAL_ITEMS = [("föreslå kandidater till styrelsen", "föreslå", "kandidater till styrelsen",
              [("styrelsen", "styrelse", POL)]),
             ("bereda valen inför årsmötet", "bereda", "valen inför årsmötet",
              [("årsmötet", "årsmöte", OVR)])]
SKY = [
    rec("title", "Om föreningen", [("föreningen", ES, ORG)], kind="heading", doc=D),
    rec("1", "Ekbacka skytteförening har sitt säte i Tallby.",
        [("Ekbacka skytteförening", ES, ORG)], [HAR],
        [st(ES, "Ekbacka skytteförening", "none", None, "ha", "har", "sitt säte i Tallby")],
        doc=D),
    rec("2", "Föreningen ska", [("Föreningen", ES, ORG)], [SKA], doc=D),
    *[rec(f"2.{letter}", item, actors, [inf(verb)],
          [st(ES, "Föreningen", "obligation", "ska", verb, verb, obj)],
          kind="list_item", parent="2", doc=D)
      for letter, (item, verb, obj, actors) in zip("ab", SKY_ITEMS, strict=True)],
    rec("3", "Valberedningen har till uppgift att", [("Valberedningen", "valberedning", POL)],
        [HAR], doc=D),
    *[rec(f"3.{letter}", item, actors, [inf(verb)],
          [st("valberedning", "Valberedningen", "obligation", UPPGIFT, verb, verb, obj)],
          kind="list_item", parent="3", doc=D)
      for letter, (item, verb, obj, actors) in zip("ab", VAL_ITEMS, strict=True)],
    rec("4", "Styrelsen sammanträder minst fyra gånger per år.", [("Styrelsen", "styrelse", POL)],
        [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "minst fyra gånger per år")], doc=D),
]

# (b) A chamber choir's statutes in blank-line sections, each opened by its `§ N` heading: a
# lead-in broken off after `bör` over two item lines, and a section of two sentence lines
# without a lead-in (one paragraph).
D = "w48-u-kammarkor"
KOR_TEXT = """Stadgar för Lindby kammarkör

§ 1 Säte
Lindby kammarkör har sitt säte i Lindby. Kören sjunger i första hand körmusik från \
Norden och framför den i kyrkor, skolor, bibliotek och konserthus i hela länet och i grannlänen.

§ 2 Ändamål
Föreningen bör
öva regelbundet under terminerna
ge minst en konsert varje vår

§ 3 Styrelse
Styrelsen består av tre ledamöter.
Kassören ska föra räkenskaperna.

§ 4 Årsmöte
Årsmötet hålls varje år före mars månads utgång på en plats som styrelsen bestämmer, och \
kallelsen skickas till medlemmarna med e-post senast två veckor före mötet.
"""
LK = "lindby kammarkör"
KOR_ITEMS = [("öva regelbundet under terminerna", "öva", "regelbundet under terminerna"),
             ("ge minst en konsert varje vår", "ge", "minst en konsert varje vår")]
KOR = [
    rec("title", "Stadgar för Lindby kammarkör", [("Lindby kammarkör", LK, ORG)],
        kind="heading", doc=D),
    rec("§1", "Säte", kind="heading", label="§ 1", doc=D),
    rec("§1.1", "Lindby kammarkör har sitt säte i Lindby. Kören sjunger i första hand "
        "körmusik från Norden och framför den i kyrkor, skolor, bibliotek och konserthus i hela "
        "länet och i grannlänen.",
        [("Lindby kammarkör", LK, ORG), ("Kören", LK, ORG)],
        [HAR, pres("sjunger", "sjunga"), pres("framför", "framföra")],
        [st(LK, "Lindby kammarkör", "none", None, "ha", "har", "sitt säte i Lindby"),
         st(LK, "Kören", "none", None, "sjunga", "sjunger", "körmusik från Norden"),
         st(LK, "Kören", "none", None, "framföra", "framför", "den")],
        parent="§1", doc=D),
    rec("§2", "Ändamål", kind="heading", label="§ 2", doc=D),
    rec("§2.1", "Föreningen bör", [("Föreningen", LK, ORG)], [("bör", "böra", "pres", "act")],
        parent="§2", doc=D),
    *[rec(f"§2.1.{letter}", item, (), [inf(verb)],
          [st(LK, "Föreningen", "recommendation", "bör", verb, verb, obj)],
          kind="list_item", parent="§2.1", doc=D)
      for letter, (item, verb, obj) in zip("ab", KOR_ITEMS, strict=True)],
    rec("§3", "Styrelse", [("Styrelse", "styrelse", POL)], kind="heading", label="§ 3", doc=D),
    rec("§3.1", "Styrelsen består av tre ledamöter. Kassören ska föra räkenskaperna.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("Kassören", "kassör", FTV)],
        [pres("består", "bestå"), SKA, inf("föra")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består", "av tre ledamöter"),
         st("kassör", "Kassören", "obligation", "ska", "föra", "föra", "räkenskaperna")],
        parent="§3", doc=D),
    rec("§4", "Årsmöte", [("Årsmöte", "årsmöte", OVR)], kind="heading", label="§ 4", doc=D),
    rec("§4.1", "Årsmötet hålls varje år före mars månads utgång på en plats som styrelsen "
        "bestämmer, och kallelsen skickas till medlemmarna med e-post senast två veckor före "
        "mötet.",
        [("Årsmötet", "årsmöte", OVR), ("styrelsen", "styrelse", POL),
         ("medlemmarna", "medlem", OVR)],
        [pres("hålls", "hålla", "pass"), pres("bestämmer", "bestämma"),
         pres("skickas", "skicka", "pass")], parent="§4", doc=D),
]

DOCUMENTS = {"w48-u-skytte": (SKY_TEXT, SKY), "w48-u-kammarkor": (KOR_TEXT, KOR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w48-u", DOCUMENTS)
