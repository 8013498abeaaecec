"""Builds corpus/dev/w48-c.jsonl and the small documents corpus/dev/w48-c-*.txt with their
gold: invented material for round 48, writer C (analysis 48-y, the probes' causes other than
the marker-less lists; gold by hand from docs/annotation.md before the rules, offsets
computed). C: an association page whose title names nothing and whose first sentence
presents the organisation by a kind word, not a name (`Klubben är en ideell idrottsförening i
<Ort> kommun.`, a choir, a hembygdsgille): the kommun named in the predicative's PP is no
organisation of the page, so the bare `Styrelsen` is the association's `styrelse`, not the
kommunstyrelse; negatives a kommun page presented by `Kommunen är …` (its bare `Styrelsen`
stays the kommunstyrelse) and a page whose title names the club. B: an s-passive conjunct
after `och` of an active or copular first verb that shares its subject (`X är <pred> och
hålls …`, `X sammanträder … och hålls …`, `X består av … och väljs av …`); negatives a
coordinated noun phrase after the copula, a noun after `och`, coordinated genitives. X6: an
adverbial (one word or a phrase) between an expletive cue's `att` and the infinitive (`Det
åligger kassören att själv granska …`), an item under `Det åligger X att:` opening with a time
phrase (`senast två veckor före mötet skicka ut …`); negative an item opening with its
infinitive. X-event: a mandate period `från <möte> … till och med <möte>` (both
meetings are times, no actors; negative `till och med` + a date). D: `ungdomar` in a `för`-phrase on an
activity (`simning för barn, ungdomar och vuxna`) is a target group; negative a partner.
Run: python corpus/make_w48_c.py corpus/dev"""

import sys

from records import AR, EXT, FORV, FTV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w48-c", conditions_from_statements=True, check_texts=True)
item = records_for("w48-c", conditions_from_statements=True)  # the lead-in's actor
ALIGGER = ("åligger", "åligga", "pres", "act")

# --- C: an organisation presented by a kind-word subject -----------------------------------

D = "w48-c-klubb"
KLUBB_TEXT = """Stadgar

Klubben är en ideell idrottsförening i Ekby kommun.

Styrelsen leder klubbens arbete och förvaltar dess tillgångar.

Årsmötet beslutar om medlemsavgiften.
"""
KLUBB = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("1", "Klubben är en ideell idrottsförening i Ekby kommun.",
        [("Klubben", "klubb", ORG), ("Ekby kommun", "ekby kommun", ORG)], [AR],
        [st("klubb", "Klubben", "none", None, "vara", "är",
            "en ideell idrottsförening i Ekby kommun")], doc=D),
    rec("2", "Styrelsen leder klubbens arbete och förvaltar dess tillgångar.",
        [("Styrelsen", "styrelse", POL), ("klubbens", "klubb", ORG)],
        [pres("leder", "leda"), pres("förvaltar", "förvalta")],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder", "klubbens arbete"),
         st("styrelse", "Styrelsen", "none", None, "förvalta", "förvaltar", "dess tillgångar")],
        doc=D),
    rec("3", "Årsmötet beslutar om medlemsavgiften.", [("Årsmötet", "årsmöte", POL)],
        [pres("beslutar", "besluta")],
        [st("årsmöte", "Årsmötet", "none", None, "besluta", "beslutar", "om medlemsavgiften")],
        doc=D),
]

D = "w48-c-kor"
KOR_TEXT = """Om oss

Kören är en ideell musikförening i Lövsta kommun.

Styrelsen ansvarar för körens ekonomi.
"""
KOR = [
    rec("title", "Om oss", doc=D, kind="heading"),
    rec("1", "Kören är en ideell musikförening i Lövsta kommun.",
        [("Kören", "kör", OVR), ("Lövsta kommun", "lövsta kommun", ORG)], [AR],
        [st("kör", "Kören", "none", None, "vara", "är", "en ideell musikförening i Lövsta kommun")],
        doc=D),
    rec("2", "Styrelsen ansvarar för körens ekonomi.", [("Styrelsen", "styrelse", POL)],
        [pres("ansvarar", "ansvara")],
        [st("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för körens ekonomi")], doc=D),
]

D = "w48-c-gille"
GILLE_TEXT = """Välkommen till gillet

Hembygdsgillet är en förening för bygdens historia i Åby kommun.

Styrelsen ska varje år redovisa gillets ekonomi.
"""
GILLE = [
    rec("title", "Välkommen till gillet", doc=D, kind="heading"),
    rec("1", "Hembygdsgillet är en förening för bygdens historia i Åby kommun.",
        [("Åby kommun", "åby kommun", ORG)], [AR], [], doc=D),
    rec("2", "Styrelsen ska varje år redovisa gillets ekonomi.", [("Styrelsen", "styrelse", POL)],
        [SKA, inf("redovisa")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "redovisa", "redovisa",
            "gillets ekonomi")], doc=D),
]

# negative: a kommun presented by its own kind word keeps its kommunstyrelse
D = "w48-c-kommun"
KOMMUN_TEXT = """Om kommunen

Kommunen är en politiskt ledd organisation med omkring 900 anställda.

Grönvik kommun leds av kommunfullmäktige.

Styrelsen bereder alla ärenden till fullmäktige.
"""
GK = "grönvik kommun"
KOMMUN = [
    rec("title", "Om kommunen", [("kommunen", GK, ORG)], doc=D, kind="heading"),
    rec("1", "Kommunen är en politiskt ledd organisation med omkring 900 anställda.",
        [("Kommunen", GK, ORG), ("anställda", "anställd", TJP)], [AR],
        [st(GK, "Kommunen", "none", None, "vara", "är",
            "en politiskt ledd organisation med omkring 900 anställda")], doc=D),
    rec("2", "Grönvik kommun leds av kommunfullmäktige.",
        [("Grönvik kommun", GK, ORG), ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [pres("leds", "leda", "pass")],
        [st("kommunfullmäktige", "kommunfullmäktige", "none", None, "leda", "leds",
            "Grönvik kommun", passive=True)], doc=D),
    rec("3", "Styrelsen bereder alla ärenden till fullmäktige.",
        [("Styrelsen", "kommunstyrelse", POL), ("fullmäktige", "kommunfullmäktige", POL)],
        [pres("bereder", "bereda")],
        [st("kommunstyrelse", "Styrelsen", "none", None, "bereda", "bereder",
            "alla ärenden till fullmäktige")], doc=D),
]

# negative: the title names the club
D = "w48-c-skidklubb"
SKID_TEXT = """Stadgar för Norrby Skidklubb

Klubben är en ideell förening i Norrby kommun.

Styrelsen leder klubbens verksamhet.
"""
SKID = [
    rec("title", "Stadgar för Norrby Skidklubb", [("Norrby Skidklubb", "norrby skidklubb", ORG)],
        doc=D, kind="heading"),
    rec("1", "Klubben är en ideell förening i Norrby kommun.",
        [("Klubben", "klubb", ORG), ("Norrby kommun", "norrby kommun", ORG)], [AR],
        [st("klubb", "Klubben", "none", None, "vara", "är", "en ideell förening i Norrby kommun")],
        doc=D),
    rec("2", "Styrelsen leder klubbens verksamhet.",
        [("Styrelsen", "styrelse", POL), ("klubbens", "klubb", ORG)], [pres("leder", "leda")],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder", "klubbens verksamhet")],
        doc=D),
]

# --- X6: an item under `Det åligger X att:` opening with a time phrase ---------------------

D = "w48-c-sekreterare"
SEKR_TEXT = """Sekreterarens uppgifter

Det åligger sekreteraren att:

1. senast två veckor före mötet skicka ut dagordningen,

2. föra protokoll vid mötena.
"""
SEKR = [
    rec("title", "Sekreterarens uppgifter", [("Sekreterarens", "sekreterare", TJP)], doc=D,
        kind="heading"),
    rec("1", "Det åligger sekreteraren att:", [("sekreteraren", "sekreterare", TJP)],
        [ALIGGER], doc=D),
    item("1.a", "senast två veckor före mötet skicka ut dagordningen,", [],
        [inf("skicka")],
        [st("sekreterare", "sekreteraren", "obligation", "åligger", "skicka", "skicka",
            "dagordningen")], doc=D, kind="list_item", parent="1", label="1."),
    item("1.b", "föra protokoll vid mötena.", [], [inf("föra")],
        [st("sekreterare", "sekreteraren", "obligation", "åligger", "föra", "föra",
            "protokoll vid mötena")], doc=D, kind="list_item", parent="1", label="2."),
]

# --- B: an s-passive conjunct sharing the first verb's subject -----------------------------

SENTENCES = [
    rec("b-1", "Kongressen är förbundets högsta organ och hålls vart tredje år.",
        [("Kongressen", "kongress", POL), ("förbundets", "förbund", ORG)],
        [AR, pres("hålls", "hålla", "pass")],
        [st("kongress", "Kongressen", "none", None, "vara", "är", "förbundets högsta organ"),
         st("kongress", "Kongressen", "none", None, "hålla", "hålls", passive=True)]),
    rec("b-2", "Rådet är kommunens remissorgan och sammankallas av sekreteraren.",
        [("Rådet", "råd", POL), ("kommunens", "kommun", ORG),
         ("sekreteraren", "sekreterare", TJP)],
        [AR, pres("sammankallas", "sammankalla", "pass")],
        [st("råd", "Rådet", "none", None, "vara", "är", "kommunens remissorgan"),
         st("sekreterare", "sekreteraren", "none", None, "sammankalla", "sammankallas",
            "Rådet", passive=True)]),
    rec("b-3", "Stämman sammanträder en gång om året och hålls i förbundets lokaler.",
        [("Stämman", "stämma", POL), ("förbundets", "förbund", ORG)],
        [pres("sammanträder", "sammanträda"), pres("hålls", "hålla", "pass")],
        [st("stämma", "Stämman", "none", None, "sammanträda", "sammanträder",
            "en gång om året"),
         st("stämma", "Stämman", "none", None, "hålla", "hålls", passive=True)]),
    rec("b-4", "Tävlingskommittén sammanträder varje månad och utses av styrelsen.",
        [("Tävlingskommittén", "tävlingskommitté", POL), ("styrelsen", "styrelse", POL)],
        [pres("sammanträder", "sammanträda"), pres("utses", "utse", "pass")],
        [st("tävlingskommitté", "Tävlingskommittén", "none", None, "sammanträda",
            "sammanträder", "varje månad"),
         st("styrelse", "styrelsen", "none", None, "utse", "utses", "Tävlingskommittén",
            passive=True)]),
    # negative: an s-form conjunct of a relative clause's verb states nothing of its own
    rec("b-n4", "Kommittén, som sammanträder varje vår och hålls i Ekby, ska rapportera till "
        "styrelsen.",
        [("Kommittén", "kommitté", POL), ("styrelsen", "styrelse", POL)],
        [pres("sammanträder", "sammanträda"), pres("hålls", "hålla", "pass"), SKA,
         inf("rapportera")],
        [st("kommitté", "Kommittén", "obligation", "ska", "rapportera", "rapportera",
            "till styrelsen")]),
    # negatives: no s-form verb after the coordinator
    rec("b-n1", "Stämman är ett möte för alla medlemmar och deras gäster.",
        [("Stämman", "stämma", POL), ("medlemmar", "medlem", OVR)], [AR],
        [st("stämma", "Stämman", "none", None, "vara", "är",
            "ett möte för alla medlemmar och deras gäster")]),
    rec("b-n2", "Förvaltningen är nämndens stöd och resurs i budgetarbetet.",
        [("Förvaltningen", "förvaltning", FORV),
         ("nämndens", "nämnd", POL)], [AR],
        [st("förvaltning", "Förvaltningen", "none", None, "vara", "är",
            "nämndens stöd och resurs i budgetarbetet")]),
    rec("b-n3", "Sekreteraren är styrelsens och föreningens kontaktperson.",
        [("Sekreteraren", "sekreterare", TJP), ("styrelsens", "styrelse", POL),
         ("föreningens", "förening", ORG)], [AR],
        [st("sekreterare", "Sekreteraren", "none", None, "vara", "är",
            "styrelsens och föreningens kontaktperson")]),
    # X-event: a period `från <meeting> … till och med <meeting>`: both meetings are times
    rec("ev-1", "Styrelsen utses av årsmötet för tiden från det första ordinarie årsmötet "
        "efter valet till och med nästa ordinarie årsmöte.",
        [("Styrelsen", "styrelse", POL), ("årsmötet", "årsmöte", POL)],
        [pres("utses", "utse", "pass")],
        [st("årsmöte", "årsmötet", "none", None, "utse", "utses", "Styrelsen", passive=True)]),
    rec("ev-2", "Revisorerna väljs av föreningsstämman för perioden från den ordinarie "
        "föreningsstämma som hålls efter valet till och med den ordinarie föreningsstämma som "
        "hålls fyra år senare.",
        [("Revisorerna", "revisor", FTV), ("föreningsstämman", "föreningsstämma", POL)],
        [pres("väljs", "välja", "pass"), pres("hålls", "hålla", "pass"),
         pres("hålls", "hålla", "pass", 1)],
        [st("föreningsstämma", "föreningsstämman", "none", None, "välja", "väljs",
            "Revisorerna", passive=True)]),
    # negative: `till och med` before no meeting, a meeting after an agent's `av`
    rec("ev-n1", "Motioner tas emot av styrelsen till och med den sista januari.",
        [("styrelsen", "styrelse", POL)], [pres("tas", "ta", "pass")],
        [st("styrelse", "styrelsen", "none", None, "ta", "tas", "Motioner", passive=True)]),
    # D: `ungdomar` in a `för`-phrase on an activity is a target group, no actor
    rec("d-1", "Klubben bedriver simning och livräddning för barn, ungdomar och vuxna.",
        [("Klubben", "klubb", ORG)], [pres("bedriver", "bedriva")],
        [st("klubb", "Klubben", "none", None, "bedriva", "bedriver",
            "simning och livräddning för barn, ungdomar och vuxna")]),
    rec("d-2", "Föreningen ordnar läger för ungdomar varje sommar.",
        [("Föreningen", "förening", ORG)], [pres("ordnar", "ordna")],
        [st("förening", "Föreningen", "none", None, "ordna", "ordnar",
            "läger för ungdomar varje sommar")]),
    # negatives: a partner and a receiver stay actors
    rec("d-n1", "Styrelsen samråder med ungdomar inför varje säsong.",
        [("Styrelsen", "styrelse", POL), ("ungdomar", "ungdom", EXT)], [pres("samråder", "samråda")],
        [st("styrelse", "Styrelsen", "none", None, "samråda", "samråder",
            "med ungdomar inför varje säsong")]),
    # X6: an adverbial between an expletive cue's `att` and its infinitive
    rec("x6-1", "Det åligger kassören att själv granska varje utbetalning.",
        [("kassören", "kassör", TJP)], [ALIGGER, inf("granska")],
        [st("kassör", "kassören", "obligation", "åligger", "granska", "granska",
            "varje utbetalning")]),
    rec("x6-2", "Det åligger revisorerna att i god tid före årsmötet lämna sin berättelse.",
        [("revisorerna", "revisor", FTV)],  # a meeting after `före`: an event (§2)
        [ALIGGER, inf("lämna")],
        [st("revisor", "revisorerna", "obligation", "åligger", "lämna", "lämna",
            "sin berättelse")]),
]

DOCUMENTS = {"w48-c-klubb": (KLUBB_TEXT, KLUBB), "w48-c-kor": (KOR_TEXT, KOR),
             "w48-c-gille": (GILLE_TEXT, GILLE), "w48-c-kommun": (KOMMUN_TEXT, KOMMUN),
             "w48-c-skidklubb": (SKID_TEXT, SKID), "w48-c-sekreterare": (SEKR_TEXT, SEKR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w48-c", DOCUMENTS, before=SENTENCES)
