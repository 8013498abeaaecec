"""Builds corpus/dev/w48-a.jsonl and the documents corpus/dev/w48-a-*.txt with their gold:
invented material for round 48, writer A (analysis 48-y, causes A and A2: list items whose
bullets or numbers the copy lost). A colon lead-in (`Revisorerna ska:`, `Sekreteraren svarar
för:`, `I styrelsens uppgifter ingår att:`, `Vid höstmötet ska följande tas upp:`) followed by
two or more short item lines without markers: infinitives, `att`-clauses and noun phrases,
lower case or capitalised, ending in `,`, `;`, `.` or nothing, on one-sentence-a-line pages
(`w48-a-viltvard`, `w48-a-idrott`) and in blank-line groups (`w48-a-samfallighet`,
`w48-a-hembygd`). Negatives: a colon lead-in followed by one line only (one paragraph), a
`Kontakt:` field label before a contact card, a lead-in followed by capitalised full
sentences (paragraphs, no items), a lead-in whose next line is a `§ N` heading, a `Roll:
Namn` line after the last item. Gold by hand from docs/annotation.md §1 and §5 before the
rule. Offsets computed.
Run: python corpus/make_w48_a.py corpus/dev"""

import sys

from records import AR, FORV, FTV, HAR, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w48-a")

# (a) A hunting club's page, one sentence a line, no blank lines: two lead-ins whose items lost
# their bullets (infinitives ending in `,` and `.`; bare noun phrases), a lead-in followed by
# one line only and a `Kontakt:` field label before a contact card.
D = "w48-a-viltvard"
VIL_TEXT = """Om föreningen
Viltvårdsföreningen Björkmon arbetar för en rik viltstam i socknen.
Årsmötet väljer styrelse och två revisorer för ett år i taget.
Revisorerna ska:
granska räkenskaperna,
besöka föreningens jaktstuga,
lämna en berättelse till årsmötet.
Sekreteraren svarar för:
kallelserna
protokollen från mötena
Inför jaktåret gäller:
styrelsen fördelar passen i augusti.
Kontakt:
Eva Lind
Telefon: 070-111 22 33
"""
VB = "viltvårdsföreningen björkmon"
REV_ITEMS = [("granska räkenskaperna,", "granska", "räkenskaperna", []),
             ("besöka föreningens jaktstuga,", "besöka", "föreningens jaktstuga",
              [("föreningens", VB, ORG)]),
             ("lämna en berättelse till årsmötet.", "lämna", "en berättelse till årsmötet",
              [("årsmötet", "årsmöte", OVR)])]
SEK_ITEMS = ["kallelserna", "protokollen från mötena"]
VIL = [
    rec("title", "Om föreningen", [("föreningen", VB, ORG)], kind="heading", doc=D),
    rec("1", "Viltvårdsföreningen Björkmon arbetar för en rik viltstam i socknen.",
        [("Viltvårdsföreningen Björkmon", VB, ORG)], [pres("arbetar", "arbeta")],
        [st(VB, "Viltvårdsföreningen Björkmon", "none", None, "arbeta", "arbetar",
            "för en rik viltstam i socknen")], doc=D),
    rec("2", "Årsmötet väljer styrelse och två revisorer för ett år i taget.",
        [("Årsmötet", "årsmöte", OVR), ("styrelse", "styrelse", POL),
         ("revisorer", "revisor", FTV)], [pres("väljer", "välja")],
        [st("årsmöte", "Årsmötet", "none", None, "välja", "väljer",
            "styrelse och två revisorer")], doc=D),
    rec("3", "Revisorerna ska:", [("Revisorerna", "revisor", FTV)], [SKA], doc=D),
    *[rec(f"3.{letter}", item, actors, [inf(verb)],
          [st("revisor", "Revisorerna", "obligation", "ska", verb, verb, obj)],
          kind="list_item", parent="3", doc=D)
      for letter, (item, verb, obj, actors) in zip("abc", REV_ITEMS, strict=True)],
    rec("4", "Sekreteraren svarar för:", [("Sekreteraren", "sekreterare", FTV)],
        [pres("svarar", "svara")], doc=D),
    *[rec(f"4.{letter}", item,
          statements=[st("sekreterare", "Sekreteraren", "responsibility", "svarar för", "svara",
                         "svarar", item)],
          kind="list_item", parent="4", doc=D)
      for letter, item in zip("ab", SEK_ITEMS, strict=True)],
    rec("5", "Inför jaktåret gäller: styrelsen fördelar passen i augusti.",
        [("styrelsen", "styrelse", POL)], [pres("gäller", "gälla"), pres("fördelar", "fördela")],
        [st("styrelse", "styrelsen", "none", None, "fördela", "fördelar", "passen i augusti")],
        doc=D),
    rec("h1", "Kontakt:", kind="heading", doc=D),
    rec("m1", "Eva Lind Telefon: 070-111 22 33", parent="h1", doc=D),
]

# (b) A road association's page in blank-line groups: an agenda lead-in whose capitalised
# items lost their numbers (implicit agent), a `har till uppgift att:` lead-in with lower-case
# items, and a lead-in followed by capitalised full sentences (paragraphs, no list).
D = "w48-a-samfallighet"
SAM_TEXT = """Samfällighetsföreningen Granlunden

Om föreningen

Föreningen förvaltar vägar, belysning och lekplats i området. Varje fastighet har en röst \
på stämman.

Vid höstmötet ska följande tas upp:
Val av valberedning
Beslut om avgift
Frågor från medlemmarna

Styrelsen har bland annat till uppgift att:
sköta snöröjningen
teckna avtal med entreprenörer
föra medlemsförteckning

Så här fungerar styrelsens arbete:
Styrelsen sammanträder en gång i månaden.
Kassören redovisar ekonomin vid varje möte.
"""
SG = "samfällighetsföreningen granlunden"
AGENDA = [("Val av valberedning", [("valberedning", "valberedning", POL)]),
          ("Beslut om avgift", []),
          ("Frågor från medlemmarna", [("medlemmarna", "medlem", OVR)])]
UPPGIFT = "har till uppgift att"
STY_ITEMS = [("sköta snöröjningen", "sköta", "snöröjningen"),
             ("teckna avtal med entreprenörer", "teckna", "avtal med entreprenörer"),
             ("föra medlemsförteckning", "föra", "medlemsförteckning")]
SAM = [
    rec("title", "Samfällighetsföreningen Granlunden",
        [("Samfällighetsföreningen Granlunden", SG, ORG)], kind="heading", doc=D),
    rec("h1", "Om föreningen", [("föreningen", SG, ORG)], kind="heading", doc=D),
    rec("1", "Föreningen förvaltar vägar, belysning och lekplats i området. Varje fastighet "
        "har en röst på stämman.",
        [("Föreningen", SG, ORG), ("stämman", "stämma", POL)],
        [pres("förvaltar", "förvalta"), HAR],
        [st(SG, "Föreningen", "none", None, "förvalta", "förvaltar",
            "vägar, belysning och lekplats i området")], parent="h1", doc=D),
    rec("2", "Vid höstmötet ska följande tas upp:", [("höstmötet", "höstmöte", OVR)],
        [SKA, inf("tas", "ta", "pass")], parent="h1", doc=D),
    *[rec(f"2.{letter}", item, actors,
          statements=[st(None, None, "obligation", "ska", "ta", "tas", item, passive=True)],
          kind="list_item", parent="2", doc=D)
      for letter, (item, actors) in zip("abc", AGENDA, strict=True)],
    rec("3", "Styrelsen har bland annat till uppgift att:", [("Styrelsen", "styrelse", POL)],
        [HAR], parent="h1", doc=D),
    *[rec(f"3.{letter}", item, (), [inf(verb)],
          [st("styrelse", "Styrelsen", "obligation", UPPGIFT, verb, verb, obj)],
          kind="list_item", parent="3", doc=D)
      for letter, (item, verb, obj) in zip("abc", STY_ITEMS, strict=True)],
    rec("4", "Så här fungerar styrelsens arbete:", [("styrelsens", "styrelse", POL)],
        [pres("fungerar", "fungera")], parent="h1", doc=D),
    rec("5", "Styrelsen sammanträder en gång i månaden. Kassören redovisar ekonomin vid varje "
        "möte.",
        [("Styrelsen", "styrelse", POL), ("Kassören", "kassör", FTV)],
        [pres("sammanträder", "sammanträda"), pres("redovisar", "redovisa")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "en gång i månaden"),
         st("kassör", "Kassören", "none", None, "redovisa", "redovisar",
            "ekonomin vid varje möte")], parent="h1", doc=D),
]

# (c) A local history society's stadgar in blank-line blocks under `§ N` headings: a lead-in
# at the end of a sentence line with `;`-ended items and a final `.`, and a lead-in whose next
# line is the next `§` heading (no list).
D = "w48-a-hembygd"
HEM_TEXT = """Stadgar för Hembygdsföreningen Ljungbacken

§ 1 Ändamål
Föreningen ska vårda bygdens kulturarv och sprida kunskap om dess historia.

§ 2 Styrelse
Styrelsen består av fem ledamöter. I styrelsens uppgifter ingår att:
förvalta hembygdsgården;
ordna utställningar under sommaren;
svara för föreningens arkiv.

§ 3 Årsmöte
Årsmötet hålls i april. Vid årsmötet ska följande ärenden förekomma:
§ 4 Räkenskaper
Räkenskaperna avslutas per kalenderår.
"""
HL = "hembygdsföreningen ljungbacken"
UPPG = "I uppgifter ingår att"
HEM_ITEMS = [("förvalta hembygdsgården;", "förvalta", "hembygdsgården", []),
             ("ordna utställningar under sommaren;", "ordna", "utställningar under sommaren",
              []),
             ("svara för föreningens arkiv.", "svara", "för föreningens arkiv",
              [("föreningens", HL, ORG)])]
HEM = [
    rec("title", "Stadgar för Hembygdsföreningen Ljungbacken",
        [("Hembygdsföreningen Ljungbacken", HL, ORG)], kind="heading", doc=D),
    rec("§1", "Ändamål", kind="heading", label="§ 1", doc=D),
    rec("§1.1", "Föreningen ska vårda bygdens kulturarv och sprida kunskap om dess historia.",
        [("Föreningen", HL, ORG)], [SKA, inf("vårda"), inf("sprida")],
        [st(HL, "Föreningen", "obligation", "ska", "vårda", "vårda", "bygdens kulturarv"),
         st(HL, "Föreningen", "obligation", "ska", "sprida", "sprida",
            "kunskap om dess historia")], parent="§1", doc=D),
    rec("§2", "Styrelse", [("Styrelse", "styrelse", POL)], kind="heading", label="§ 2", doc=D),
    rec("§2.1", "Styrelsen består av fem ledamöter. I styrelsens uppgifter ingår att:",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("styrelsens", "styrelse", POL)],
        [pres("består", "bestå"), pres("ingår", "ingå")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består", "av fem ledamöter")],
        parent="§2", doc=D),
    *[rec(f"§2.1.{letter}", item, actors, [inf(verb)],
          [st("styrelse", "styrelsens", "obligation", UPPG, verb, verb, obj)],
          kind="list_item", parent="§2.1", doc=D)
      for letter, (item, verb, obj, actors) in zip("abc", HEM_ITEMS, strict=True)],
    rec("§3", "Årsmöte", [("Årsmöte", "årsmöte", OVR)], kind="heading", label="§ 3", doc=D),
    rec("§3.1", "Årsmötet hålls i april. Vid årsmötet ska följande ärenden förekomma:",
        [("Årsmötet", "årsmöte", OVR), ("årsmötet", "årsmöte", OVR)],
        [pres("hålls", "hålla", "pass"), SKA, inf("förekomma")],
        [st("årsmöte", "Årsmötet", "none", None, "hålla", "hålls", None, passive=True)],
        parent="§3", doc=D),
    rec("§4", "Räkenskaper", kind="heading", label="§ 4", doc=D),
    rec("§4.1", "Räkenskaperna avslutas per kalenderår.", [],
        [pres("avslutas", "avsluta", "pass")], parent="§4", doc=D),
]

# (d) A sports alliance's page, one sentence a line: a `har till uppgift att:` lead-in with a
# bare infinitive and an `att`-item, a lead-in whose items are capitalised infinitives, and a
# `Roll: Namn` line after the last item.
D = "w48-a-idrott"
IDR_TEXT = """Styrelse och kansli
Idrottsalliansen i Västerfors är en samarbetsorganisation för tolv föreningar.
Alliansens styrelse har till uppgift att:
fördela bidragen mellan föreningarna
att ansöka om medel hos kommunen
Kansliet leds av en verksamhetsledare.
Verksamhetsledaren ska bland annat:
Planera utbildningar för ledare
Sammanställa statistik över aktiviteterna
Ordförande: Johan Berg Kassör: Sara Nilsson
"""
IA = "idrottsalliansen i västerfors"
AS = "alliansens styrelse"
IDR_ITEMS = [("fördela bidragen mellan föreningarna", "fördela",
              "bidragen mellan föreningarna", [("föreningarna", "förening", ORG)]),
             ("att ansöka om medel hos kommunen", "ansöka", "om medel hos kommunen",
              [("kommunen", "kommun", ORG)])]
VL_ITEMS = [("Planera utbildningar för ledare", "Planera", "planera", "utbildningar för ledare"),
            ("Sammanställa statistik över aktiviteterna", "Sammanställa", "sammanställa",
             "statistik över aktiviteterna")]
IDR = [
    rec("title", "Styrelse och kansli", [("Styrelse", "styrelse", POL)], kind="heading",
        doc=D),
    rec("1", "Idrottsalliansen i Västerfors är en samarbetsorganisation för tolv föreningar.",
        [("Idrottsalliansen i Västerfors", IA, ORG), ("föreningar", "förening", ORG)], [AR],
        [st(IA, "Idrottsalliansen i Västerfors", "none", None, "vara", "är",
            "en samarbetsorganisation för tolv föreningar")], doc=D),
    rec("2", "Alliansens styrelse har till uppgift att:", [("Alliansens styrelse", AS, POL)],
        [HAR], doc=D),
    *[rec(f"2.{letter}", item, actors, [inf(verb)],
          [st(AS, "Alliansens styrelse", "obligation", "har till uppgift att", verb, verb, obj)],
          kind="list_item", parent="2", doc=D)
      for letter, (item, verb, obj, actors) in zip("ab", IDR_ITEMS, strict=True)],
    rec("3", "Kansliet leds av en verksamhetsledare.",
        [("Kansliet", "kansli", FORV), ("verksamhetsledare", "verksamhetsledare", TJP)],
        [pres("leds", "leda", "pass")],
        [st("verksamhetsledare", "verksamhetsledare", "none", None, "leda", "leds", "Kansliet",
            passive=True)], doc=D),
    rec("4", "Verksamhetsledaren ska bland annat:",
        [("Verksamhetsledaren", "verksamhetsledare", TJP)], [SKA], doc=D),
    *[rec(f"4.{letter}", item, (), [(word, verb, "inf", "act")],
          [st("verksamhetsledare", "Verksamhetsledaren", "obligation", "ska", verb, word, obj)],
          kind="list_item", parent="4", doc=D)
      for letter, (item, word, verb, obj) in zip("ab", VL_ITEMS, strict=True)],
    rec("m1", "Ordförande: Johan Berg Kassör: Sara Nilsson",
        [("Ordförande", "ordförande", FTV), ("Kassör", "kassör", FTV)], doc=D),
]

DOCUMENTS = {"w48-a-viltvard": (VIL_TEXT, VIL), "w48-a-samfallighet": (SAM_TEXT, SAM),
             "w48-a-hembygd": (HEM_TEXT, HEM), "w48-a-idrott": (IDR_TEXT, IDR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w48-a", DOCUMENTS)
