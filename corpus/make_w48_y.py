"""Builds corpus/dev/w48-y.jsonl and the pages corpus/dev/w48-y-*.txt with their gold: the
second blind probe of round 48 (probe53, end-of-round transfer) of association, church and
union web pages as they arrive when copied or scraped, written and annotated by hand from
docs/annotation.md §1, §2 and §5 before any run; the writer never ran the extractor on them.
`w48-y-golfklubb` (a golf club's stadgar page: skip link, menu and `›` trail, the bare title
`Stadgar`, an adoption line, `§ N Rubrik` blocks whose sentence lines join into one paragraph,
`har till ändamål att … och att`, an agenda under `ska … behandlas:`, a cleft, `har hand
om`, a share row; the club only `Klubben`), `w48-y-studentkar` (a student union's page on
kårfullmäktige and kårstyrelse: `(KF)` after `kårfullmäktige`, `KF:s`, a bare `Fullmäktige`,
a `du som medlem` clause, `Styrelsen ska:` over items ending in `,`/`.`, a contact card),
`w48-y-fackavdelning` (a union branch's page on årsmöte and styrelse: a `/` trail, `<X>s
högsta beslutande organ är årsmötet`, a comma splice with an agentless `ska skickas ut`, an
agenda under a cue-less passive lead-in `Vid årsmötet behandlas bland annat:`, `Mellan
årsmötena leds … av styrelsen, som har hand om …`, a `du` sentence, a contact card one field
a line, an update line, a cookie notice with its button), `w48-y-stiftelse` (a foundation's
page with its stadgar one `§ N` sentence a line: `Meny`, the name as title, a publication
line, a naming clause, `handhas av`, a partitive subject and a gapped agent, a qualified
revisor, a last line cut after `och ska`), `w48-y-hembygd` (a hembygdsförening's stadgar in
blank-line blocks: `Till medlem antas den som …`, `Hedersmedlem utses av …`, a lead-in
`Styrelsen ansvarar för:` closing a sentence line, a cleft with `bör`/`får`, a member list
flattened into `Roll: Namn` fields), `w48-y-frikyrka` (a free church's page: `Meny` and
`Sök`, an English notice, a question heading, `vi` sentences, `har rätt att`, `har
arbetsgivaransvaret för`, `har inte rösträtt`, `har till uppgift att:` over items incl. `se
till att`, two contact cards, share lines). Offsets computed.
Run: python corpus/make_w48_y.py corpus/dev"""

import sys

from records import (
    AR,
    BOR,
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
    KAN,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w48-y", conditions_from_statements=True)


def item(cid, text, actors=(), verbs=(), statements=(), *, doc, parent):
    """A list item whose markers the page lost (label "")."""
    return rec(cid, text, actors, verbs, statements, doc=doc, kind="list_item", parent=parent)


# (a) A golf club's stadgar page in blank-line blocks.
D = "w48-y-golfklubb"
GOLF_TEXT = """Hoppa till innehåll
Hem
Klubben
Banan
Tävling
Hem › Klubben › Stadgar
Stadgar

Antagna vid årsmötet 2024-03-12.

§ 1 Ändamål
Klubben har till ändamål att bedriva golfverksamhet och att verka för god kamratskap bland \
medlemmarna.

§ 2 Medlemskap
Ansökan om medlemskap görs skriftligen till styrelsen.
Styrelsen beslutar om inträde och kan vägra medlemskap om särskilda skäl finns.

§ 3 Årsmöte
Årsmötet hålls varje år i februari.
På årsmötet ska följande punkter avhandlas:
Val av ordförande för mötet
Fastställande av röstlängd
Val av styrelse och revisorer

§ 4 Styrelse
Klubbens verksamhet leds av en styrelse som består av ordföranden och sex ledamöter.
Det är styrelsen som utser klubbchef och fastställer dennes instruktion.
Klubbchefen har hand om den dagliga driften och rapporterar till styrelsen.

Dela: Facebook E-post Skriv ut
"""
KL = "klubb"
STY = "styrelse"
GOLF_AGENDA = ["Val av ordförande för mötet", "Fastställande av röstlängd",
               "Val av styrelse och revisorer"]
GOLF_AGENDA_ACTORS = [[("ordförande", "ordförande", FTV)], [],
                      [("styrelse", STY, POL), ("revisorer", "revisor", FTV)]]


def golf_agenda(text):
    return st(None, None, "obligation", "ska", "avhandla", "avhandlas", text, passive=True)


GOLF = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("m1", "Antagna vid årsmötet 2024-03-12.", [("årsmötet", "årsmöte", OVR)], doc=D),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Klubben har till ändamål att bedriva golfverksamhet och att verka för god "
        "kamratskap bland medlemmarna.",
        [("Klubben", KL, ORG), ("medlemmarna", "medlem", OVR)],
        [HAR, inf("bedriva"), inf("verka")],
        [st(KL, "Klubben", "obligation", "har till ändamål att", "bedriva", "bedriva",
            "golfverksamhet"),
         st(KL, "Klubben", "obligation", "har till ändamål att", "verka", "verka",
            "för god kamratskap bland medlemmarna")], doc=D, parent="§1"),
    rec("§2", "Medlemskap", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Ansökan om medlemskap görs skriftligen till styrelsen. Styrelsen beslutar om "
        "inträde och kan vägra medlemskap om särskilda skäl finns.",
        [("styrelsen", STY, POL), ("Styrelsen", STY, POL)],
        [pres("görs", "göra", "pass"), pres("beslutar", "besluta"), KAN, inf("vägra"),
         pres("finns", "finnas")],
        [st(STY, "Styrelsen", "none", None, "besluta", "beslutar", "om inträde"),
         st(STY, "Styrelsen", "permission", "kan", "vägra", "vägra", "medlemskap",
            condition="om särskilda skäl finns")], doc=D, parent="§2"),
    rec("§3", "Årsmöte", [("Årsmöte", "årsmöte", OVR)], doc=D, kind="heading", label="§ 3"),
    rec("§3.1", "Årsmötet hålls varje år i februari. På årsmötet ska följande punkter "
        "avhandlas:",
        [("Årsmötet", "årsmöte", OVR), ("årsmötet", "årsmöte", OVR)],
        [pres("hålls", "hålla", "pass"), SKA, inf("avhandlas", "avhandla", "pass")],
        [st("årsmöte", "Årsmötet", "none", None, "hålla", "hålls", None, passive=True)],
        doc=D, parent="§3"),
    *[item(f"§3.1.{letter}", text, actors, statements=[golf_agenda(text)], doc=D,
           parent="§3.1")
      for letter, text, actors in zip("abc", GOLF_AGENDA, GOLF_AGENDA_ACTORS, strict=True)],
    rec("§4", "Styrelse", [("Styrelse", STY, POL)], doc=D, kind="heading", label="§ 4"),
    rec("§4.1", "Klubbens verksamhet leds av en styrelse som består av ordföranden och sex "
        "ledamöter. Det är styrelsen som utser klubbchef och fastställer dennes instruktion. "
        "Klubbchefen har hand om den dagliga driften och rapporterar till styrelsen.",
        [("Klubbens", KL, ORG), ("styrelse", STY, POL), ("ordföranden", "ordförande", FTV),
         ("ledamöter", "ledamot", FTV), ("styrelsen", STY, POL),
         ("klubbchef", "klubbchef", TJP), ("Klubbchefen", "klubbchef", TJP),
         ("styrelsen", STY, POL, 1)],
        [pres("leds", "leda", "pass"), pres("består", "bestå"), AR, pres("utser", "utse"),
         pres("fastställer", "fastställa"), HAR, pres("rapporterar", "rapportera")],
        [st(STY, "styrelse", "none", None, "leda", "leds", "Klubbens verksamhet",
            passive=True),
         st(STY, "styrelsen", "none", None, "utse", "utser", "klubbchef"),
         st(STY, "styrelsen", "none", None, "fastställa", "fastställer", "dennes instruktion"),
         st("klubbchef", "Klubbchefen", "none", None, "ha", "har",
            "hand om den dagliga driften"),
         st("klubbchef", "Klubbchefen", "none", None, "rapportera", "rapporterar",
            "till styrelsen")], doc=D, parent="§4"),
]

# (b) A student union's page on kårfullmäktige and kårstyrelse, one clause a line.
D = "w48-y-studentkar"
KAR_TEXT = """Hoppa till innehåll
Start
Om kåren
Engagera dig
Start › Om kåren › Kårfullmäktige och kårstyrelse
Kårfullmäktige och kårstyrelse
Kåren är studenternas röst vid Ekstads högskola och leds av medlemmarna genom kårfullmäktige (KF).
KF är kårens högsta beslutande organ och har 25 ledamöter som väljs av medlemmarna i ett \
årligt kårval.
Fullmäktige sammanträder vanligen fyra gånger varje läsår.
Mötena är öppna för alla medlemmar, och du som medlem har yttranderätt.
På KF:s möten fattas beslut om verksamhetsplan, budget och stadgeändringar.
Kårstyrelsen
Kårstyrelsen verkställer fullmäktiges beslut och ansvarar för kårens dagliga drift.
Styrelsen ska bestå av ordförande, vice ordförande samt tre till fem ledamöter.
Ordföranden och vice ordföranden arbetar heltid under sitt mandatår.
Styrelsen ska:
leda kårens arbete mellan fullmäktigemötena,
förvalta kårens ekonomi,
företräda studenterna gentemot lärosätet.
Kontakt
Ordförande
Sara Lind
ordforande@ekstadskaren.example
070-123 45 67
Dela sidan: Facebook LinkedIn E-post
"""
KAR = "kår"
KF = "kårfullmäktige"
KS = "kårstyrelse"
KAR_LINES = KAR_TEXT.split("\n")
KAR_DUTIES = [
    ("a", KAR_LINES[16], [("kårens", KAR, ORG)], "leda",
     "kårens arbete mellan fullmäktigemötena"),
    ("b", KAR_LINES[17], [("kårens", KAR, ORG)], "förvalta", "kårens ekonomi"),
    ("c", KAR_LINES[18], [("studenterna", "student", EXT), ("lärosätet", "lärosäte", EXT)],
     "företräda", "studenterna gentemot lärosätet"),
]
STUDENTKAR = [
    rec("title", KAR_LINES[5], [("Kårfullmäktige", KF, POL), ("kårstyrelse", KS, POL)], doc=D,
        kind="heading"),
    rec("1", KAR_LINES[6],
        [("Kåren", KAR, ORG), ("studenternas", "student", EXT),
         ("Ekstads högskola", "ekstads högskola", ORG), ("medlemmarna", "medlem", OVR),
         ("kårfullmäktige", KF, POL), ("KF", KF, POL)],
        [AR, pres("leds", "leda", "pass")],
        [st(KAR, "Kåren", "none", None, "vara", "är", "studenternas röst vid Ekstads högskola"),
         st("medlem", "medlemmarna", "none", None, "leda", "leds", "Kåren", passive=True)],
        doc=D),
    rec("2", KAR_LINES[7],
        [("KF", KF, POL), ("kårens", KAR, ORG), ("ledamöter", "ledamot", FTV),
         ("medlemmarna", "medlem", OVR)],
        [AR, HAR, pres("väljs", "välja", "pass")],
        [st(KF, "KF", "none", None, "vara", "är", "kårens högsta beslutande organ"),
         st(KF, "KF", "none", None, "ha", "har",
            "25 ledamöter som väljs av medlemmarna i ett årligt kårval")], doc=D),
    rec("3", KAR_LINES[8], [("Fullmäktige", "fullmäktige", POL)],
        [pres("sammanträder", "sammanträda")],
        [st("fullmäktige", "Fullmäktige", "none", None, "sammanträda", "sammanträder",
            "fyra gånger varje läsår")], doc=D),
    rec("4", KAR_LINES[9], [("medlemmar", "medlem", OVR)], [AR, HAR], doc=D),
    rec("5", KAR_LINES[10], [("KF:s", KF, POL)], [pres("fattas", "fatta", "pass")], doc=D),
    rec("h1", KAR_LINES[11], [("Kårstyrelsen", KS, POL)], doc=D, kind="heading"),
    rec("6", KAR_LINES[12], [("Kårstyrelsen", KS, POL), ("fullmäktiges", "fullmäktige", POL),
                             ("kårens", KAR, ORG)],
        [pres("verkställer", "verkställa"), pres("ansvarar", "ansvara")],
        [st(KS, "Kårstyrelsen", "none", None, "verkställa", "verkställer",
            "fullmäktiges beslut"),
         st(KS, "Kårstyrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för kårens dagliga drift")], doc=D, parent="h1"),
    rec("7", KAR_LINES[13],
        [("Styrelsen", KS, POL), ("ordförande", "ordförande", FTV),
         ("vice ordförande", "vice ordförande", FTV), ("ledamöter", "ledamot", FTV)],
        [SKA, inf("bestå")],
        [st(KS, "Styrelsen", "obligation", "ska", "bestå", "bestå",
            "av ordförande, vice ordförande samt tre till fem ledamöter")], doc=D, parent="h1"),
    rec("8", KAR_LINES[14],
        [("Ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV)],
        [pres("arbetar", "arbeta")],
        [st("ordförande", "Ordföranden", "none", None, "arbeta", "arbetar",
            "heltid under sitt mandatår"),
         st("vice ordförande", "vice ordföranden", "none", None, "arbeta", "arbetar",
            "heltid under sitt mandatår")], doc=D, parent="h1"),
    rec("9", KAR_LINES[15], [("Styrelsen", KS, POL)], [SKA], doc=D, parent="h1"),
    *[item(f"9.{letter}", text, actors, [inf(verb)],
           [st(KS, "Styrelsen", "obligation", "ska", verb, verb, obj)], doc=D, parent="9")
      for letter, text, actors, verb, obj in KAR_DUTIES],
    rec("h2", "Kontakt", doc=D, kind="heading"),
    rec("m1", " ".join(KAR_LINES[20:24]), [("Ordförande", "ordförande", FTV)], doc=D,
        parent="h2"),
]

# (c) A trade union branch's page on its årsmöte and styrelse, one clause a line.
D = "w48-y-fackavdelning"
FACK_TEXT = """Hoppa till innehåll
Avdelningen
Årsmöte
Styrelse
Kontakt
Start / Avdelningen / Årsmöte och styrelse
Årsmöte och styrelse
Avdelningens högsta beslutande organ är årsmötet.
Årsmötet hålls varje år före mars månads slut, kallelse ska skickas ut till medlemmarna senast \
tre veckor innan.
Motioner ska vara styrelsen tillhanda senast den 31 december.
Vid årsmötet behandlas bland annat:
Styrelsens verksamhetsberättelse
Val av styrelseledamöter och ersättare
Val av två revisorer
Styrelsen
Mellan årsmötena leds avdelningen av styrelsen, som har hand om den löpande verksamheten.
Styrelsen består av ordförande, kassör, sekreterare och fyra ledamöter.
Ordföranden kallar till styrelsemöte när minst tre ledamöter begär det.
Du som medlem kan alltid vända dig till styrelsen med frågor om avtal och arbetsmiljö.
Kassör
Per Holmgren
Tel: 070-555 12 34
E-post: kassor@avd14.example
Senast uppdaterad 2026-10-02
Webbplatsen använder kakor för statistik och inloggning. Läs mer om kakor
Godkänn
"""
FL = FACK_TEXT.split("\n")
AVD = "avdelning"
FACK = [
    rec("title", FL[6], [("Årsmöte", "årsmöte", OVR), ("styrelse", STY, POL)], doc=D,
        kind="heading"),
    rec("1", FL[7], [("Avdelningens", AVD, FORV), ("årsmötet", "årsmöte", OVR)], [AR], doc=D),
    rec("2", FL[8], [("Årsmötet", "årsmöte", OVR), ("medlemmarna", "medlem", OVR)],
        [pres("hålls", "hålla", "pass"), SKA, inf("skickas", "skicka", "pass")],
        [st("årsmöte", "Årsmötet", "none", None, "hålla", "hålls", None, passive=True),
         st(None, None, "obligation", "ska", "skicka", "skickas", "kallelse", passive=True)],
        doc=D),
    rec("3", FL[9], [("styrelsen", STY, POL)], [SKA, inf("vara")], doc=D),
    rec("4", FL[10], [("årsmötet", "årsmöte", OVR)], [pres("behandlas", "behandla", "pass")],
        conditions=["Vid årsmötet"], doc=D),
    item("4.a", FL[11], [("Styrelsens", STY, POL)], doc=D, parent="4"),
    item("4.b", FL[12], [("styrelseledamöter", "styrelseledamot", FTV),
                         ("ersättare", "ersättare", FTV)], doc=D, parent="4"),
    item("4.c", FL[13], [("revisorer", "revisor", FTV)], doc=D, parent="4"),
    rec("h1", FL[14], [("Styrelsen", STY, POL)], doc=D, kind="heading"),
    rec("5", FL[15], [("avdelningen", AVD, FORV), ("styrelsen", STY, POL)],
        [pres("leds", "leda", "pass"), HAR],
        [st(STY, "styrelsen", "none", None, "leda", "leds", "avdelningen", passive=True)],
        doc=D, parent="h1"),
    rec("6", FL[16],
        [("Styrelsen", STY, POL), ("ordförande", "ordförande", FTV), ("kassör", "kassör", FTV),
         ("sekreterare", "sekreterare", TJP), ("ledamöter", "ledamot", FTV)],
        [pres("består", "bestå")],
        [st(STY, "Styrelsen", "none", None, "bestå", "består",
            "av ordförande, kassör, sekreterare och fyra ledamöter")], doc=D, parent="h1"),
    rec("7", FL[17], [("Ordföranden", "ordförande", FTV), ("ledamöter", "ledamot", FTV)],
        [pres("kallar", "kalla"), pres("begär", "begära")],
        [st("ordförande", "Ordföranden", "none", None, "kalla", "kallar", "till styrelsemöte",
            condition="när minst tre ledamöter begär det")], doc=D, parent="h1"),
    rec("8", FL[18], [("styrelsen", STY, POL)], [KAN, inf("vända")], doc=D, parent="h1"),
    rec("m1", " ".join(FL[19:23]), [("Kassör", "kassör", FTV)], doc=D, parent="h1"),
    rec("m2", FL[23], doc=D, parent="h1"),
]

# (d) A foundation's page with its stadgar, one `§ N` sentence a line, cut at the end.
D = "w48-y-stiftelse"
STIF_TEXT = """Meny
Stiftelsen Ragnhild och Tore Wikmans musikfond
Publicerad 12 mars 2025
Stiftelsen bildades 1987 genom en donation och delar varje år ut stipendier till elever vid \
länets musikskolor.
Nedan finns stiftelsens stadgar i sin helhet.
STADGAR
§ 1 Stiftelsens namn är Ragnhild och Tore Wikmans musikfond.
§ 2 Stiftelsen har till ändamål att främja utbildning och forskning inom musik.
§ 3 Stiftelsen förvaltas av en styrelse om fem ledamöter. Två av ledamöterna utses \
av Norrviks kommun och övriga tre av styrelsen själv.
§ 4 Styrelsen utser inom sig ordförande och kassör.
§ 5 Styrelsen är beslutför när minst tre ledamöter är närvarande.
§ 6 Stiftelsens räkenskaper ska granskas av en auktoriserad revisor.
§ 7 Beslut om ändring av dessa stadgar fattas av styrelsen och ska
"""
SL = STIF_TEXT.split("\n")
WF = "ragnhild och tore wikmans musikfond"


def paragraph(number):
    """The text of the `§ N` line (its label cut off)."""
    return SL[5 + number][len(f"§ {number} "):]


STIFTELSE = [
    rec("title", SL[1], [("Stiftelsen", WF, ORG), ("Ragnhild och Tore Wikmans musikfond", WF, ORG)],
        doc=D, kind="heading"),
    rec("m1", SL[2], doc=D),
    rec("1", SL[3], [("Stiftelsen", WF, ORG), ("elever", "elev", EXT)],
        [("bildades", "bilda", "past", "pass"), pres("delar", "dela")],
        [st(WF, "Stiftelsen", "none", None, "bilda", "bildades", "1987 genom en donation",
            passive=True),
         st(WF, "Stiftelsen", "none", None, "dela", "delar",
            "stipendier till elever vid länets musikskolor")], doc=D),
    rec("2", SL[4], [("stiftelsens", WF, ORG)], [pres("finns", "finnas")], doc=D),
    rec("h1", SL[5], doc=D, kind="heading"),
    rec("§1", paragraph(1), [("Stiftelsens", WF, ORG)], [AR], doc=D, label="§ 1"),
    rec("§2", paragraph(2), [("Stiftelsen", WF, ORG)], [HAR, inf("främja")],
        [st(WF, "Stiftelsen", "obligation", "har till ändamål att", "främja", "främja",
            "utbildning och forskning inom musik")], doc=D, label="§ 2"),
    rec("§3", paragraph(3),
        [("Stiftelsen", WF, ORG), ("styrelse", STY, POL), ("ledamöter", "ledamot", FTV),
         ("ledamöterna", "ledamot", FTV), ("Norrviks kommun", "norrviks kommun", ORG),
         ("styrelsen", STY, POL)],
        [pres("förvaltas", "förvalta", "pass"), pres("utses", "utse", "pass")],
        [st(STY, "styrelse", "none", None, "förvalta", "förvaltas", "Stiftelsen",
            passive=True),
         st("norrviks kommun", "Norrviks kommun", "none", None, "utse", "utses",
            "Två av ledamöterna", passive=True),
         st(STY, "styrelsen", "none", None, "utse", "utses", "övriga tre", passive=True)],
        doc=D, label="§ 3"),
    rec("§4", paragraph(4),
        [("Styrelsen", STY, POL), ("ordförande", "ordförande", FTV), ("kassör", "kassör", FTV)],
        [pres("utser", "utse")],
        [st(STY, "Styrelsen", "none", None, "utse", "utser", "inom sig ordförande och kassör")],
        doc=D, label="§ 4"),
    rec("§5", paragraph(5), [("Styrelsen", STY, POL), ("ledamöter", "ledamot", FTV)],
        [AR, ("är", "vara", "pres", "act", 1)],
        [st(STY, "Styrelsen", "none", None, "vara", "är", "beslutför",
            condition="när minst tre ledamöter är närvarande")], doc=D, label="§ 5"),
    rec("§6", paragraph(6),
        [("Stiftelsens", WF, ORG), ("auktoriserad revisor", "auktoriserad revisor", FTV)],
        [SKA, inf("granskas", "granska", "pass")],
        [st("auktoriserad revisor", "auktoriserad revisor", "obligation", "ska", "granska",
            "granskas", "Stiftelsens räkenskaper", passive=True)], doc=D, label="§ 6"),
    rec("§7", paragraph(7), [("styrelsen", STY, POL)], [pres("fattas", "fatta", "pass"), SKA],
        [st(STY, "styrelsen", "none", None, "fatta", "fattas",
            "Beslut om ändring av dessa stadgar", passive=True)], doc=D, label="§ 7"),
]

# (e) A hembygdsförening's stadgar page in blank-line blocks.
D = "w48-y-hembygd"
HEM_TEXT = """Hoppa till innehåll
Hem
Föreningen
Aktiviteter
Hem › Föreningen › Stadgar
Stadgar

Föreningen är en ideell förening med säte i Ekbacken.

§ 1 Ändamål
Föreningen ska vårda bygdens kulturarv och sprida kunskap om dess historia.

§ 2 Medlemmar
Till medlem antas den som betalat årsavgift. Hedersmedlem utses av årsmötet på förslag av \
styrelsen.

§ 3 Styrelsen
Föreningens styrelse består av fem ledamöter och två suppleanter. Styrelsen ansvarar för:
hembygdsgården och samlingarna
medlemsregistret
föreningens ekonomi

§ 4 Intendent
Det är intendenten som har hand om föremålssamlingen. Intendenten bör föra en förteckning över \
samlingarna och får låna ut föremål till utställningar.

§ 5 Styrelsen 2026
Ordförande: Anna Björk, Kassör: Lars Wiik, Sekreterare: Maja Ström, Ledamöter: Olle Berg, Sven Ahl
"""
HL = HEM_TEXT.split("\n")
FOR = "förening"
HEM_DUTIES = [("a", HL[17], []), ("b", HL[18], []), ("c", HL[19], [("föreningens", FOR, ORG)])]
HEMBYGD = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("1", HL[7], [("Föreningen", FOR, ORG)], [AR],
        [st(FOR, "Föreningen", "none", None, "vara", "är",
            "en ideell förening med säte i Ekbacken")], doc=D),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", HL[10], [("Föreningen", FOR, ORG)], [SKA, inf("vårda"), inf("sprida")],
        [st(FOR, "Föreningen", "obligation", "ska", "vårda", "vårda", "bygdens kulturarv"),
         st(FOR, "Föreningen", "obligation", "ska", "sprida", "sprida",
            "kunskap om dess historia")], doc=D, parent="§1"),
    rec("§2", "Medlemmar", [("Medlemmar", "medlem", OVR)], doc=D, kind="heading",
        label="§ 2"),
    rec("§2.1", HL[13], [("årsmötet", "årsmöte", OVR), ("styrelsen", STY, POL)],
        [pres("antas", "anta", "pass"), ("betalat", "betala", "sup", "act"),
         pres("utses", "utse", "pass")],
        [st("årsmöte", "årsmötet", "none", None, "utse", "utses", "Hedersmedlem",
            passive=True)], doc=D, parent="§2"),
    rec("§3", "Styrelsen", [("Styrelsen", STY, POL)], doc=D, kind="heading", label="§ 3"),
    rec("§3.1", HL[16],
        [("Föreningens", FOR, ORG), ("styrelse", STY, POL), ("ledamöter", "ledamot", FTV),
         ("suppleanter", "suppleant", FTV), ("Styrelsen", STY, POL)],
        [pres("består", "bestå"), pres("ansvarar", "ansvara")],
        [st(STY, "styrelse", "none", None, "bestå", "består",
            "av fem ledamöter och två suppleanter")], doc=D, parent="§3"),
    *[item(f"§3.1.{letter}", text, actors,
           statements=[st(STY, "Styrelsen", "responsibility", "ansvarar för", "ansvara",
                          "ansvarar", text)], doc=D, parent="§3.1")
      for letter, text, actors in HEM_DUTIES],
    rec("§4", "Intendent", [("Intendent", "intendent", FTV)], doc=D, kind="heading",
        label="§ 4"),
    rec("§4.1", HL[22], [("intendenten", "intendent", FTV), ("Intendenten", "intendent", FTV)],
        [AR, HAR, BOR, inf("föra"), FAR, inf("låna")],
        [st("intendent", "intendenten", "none", None, "ha", "har", "hand om föremålssamlingen"),
         st("intendent", "Intendenten", "recommendation", "bör", "föra", "föra",
            "en förteckning över samlingarna"),
         st("intendent", "Intendenten", "permission", "får", "låna", "låna",
            "föremål till utställningar")], doc=D, parent="§4"),
    rec("§5", "Styrelsen 2026", [("Styrelsen", STY, POL)], doc=D, kind="heading",
        label="§ 5"),
    rec("m1", HL[25],
        [("Ordförande", "ordförande", FTV), ("Kassör", "kassör", FTV),
         ("Sekreterare", "sekreterare", TJP), ("Ledamöter", "ledamot", FTV)],
        doc=D, parent="§5"),
]

# (f) A free church's page on its församlingsmöte and styrelse, one clause a line.
D = "w48-y-frikyrka"
KYRKA_TEXT = """Meny
Sök
Vår församling
This page is also available in English.
Vem bestämmer i församlingen?
Vi är en fri evangelisk församling i Ekdalen och medlemmar i Nordiska Frikyrkoförbundet.
Församlingsmötet är församlingens högsta beslutande organ och håller ordinarie möte varje vår \
och höst.
Alla medlemmar som fyllt 15 år har rätt att delta och rösta på församlingsmötet.
Församlingsmötet väljer styrelse, revisorer och valberedning samt beslutar om församlingens \
budget.
Styrelsen
Styrelsen leder församlingens arbete mellan mötena och har arbetsgivaransvaret för de anställda.
Pastorn är adjungerad till styrelsen men har inte rösträtt.
Styrelsen har till uppgift att:
bereda ärenden till församlingsmötet
ha tillsyn över församlingens fastigheter
se till att besluten genomförs
Vill du veta mer om hur vi arbetar? Välkommen att höra av dig till vår pastor eller någon i \
styrelsen.
Pastor
Jonas Eklöf
073-400 11 22
jonas.eklof@ekdalskyrkan.example
Styrelsens ordförande
Karin Ahlström
073-400 33 44
Dela
Skriv ut
"""
KL_ = KYRKA_TEXT.split("\n")
FS = "församling"
FM = "församlingsmöte"
UPPGIFT = "har till uppgift att"
KYRKA = [
    rec("title", KL_[2], [("församling", FS, ORG)], doc=D, kind="heading"),
    rec("1", KL_[3], doc=D),
    rec("h1", KL_[4], [("församlingen", FS, ORG)], [pres("bestämmer", "bestämma")], doc=D,
        kind="heading"),
    rec("2", KL_[5], [("Nordiska Frikyrkoförbundet", "nordiska frikyrkoförbundet", ORG)], [AR],
        doc=D, parent="h1"),
    rec("3", KL_[6], [("Församlingsmötet", FM, OVR), ("församlingens", FS, ORG)],
        [AR, pres("håller", "hålla")],
        [st(FM, "Församlingsmötet", "none", None, "vara", "är",
            "församlingens högsta beslutande organ"),
         st(FM, "Församlingsmötet", "none", None, "hålla", "håller",
            "ordinarie möte varje vår och höst")], doc=D, parent="h1"),
    rec("4", KL_[7], [("medlemmar", "medlem", OVR), ("församlingsmötet", FM, OVR)],
        [("fyllt", "fylla", "sup", "act"), HAR, inf("delta"), inf("rösta")],
        [st("medlem", "medlemmar", "permission", "har rätt att", "delta", "delta",
            "på församlingsmötet"),
         st("medlem", "medlemmar", "permission", "har rätt att", "rösta", "rösta",
            "på församlingsmötet")], doc=D, parent="h1"),
    rec("5", KL_[8],
        [("Församlingsmötet", FM, OVR), ("styrelse", STY, POL), ("revisorer", "revisor", FTV),
         ("valberedning", "valberedning", POL), ("församlingens", FS, ORG)],
        [pres("väljer", "välja"), pres("beslutar", "besluta")],
        [st(FM, "Församlingsmötet", "none", None, "välja", "väljer",
            "styrelse, revisorer och valberedning"),
         st(FM, "Församlingsmötet", "none", None, "besluta", "beslutar",
            "om församlingens budget")], doc=D, parent="h1"),
    rec("h2", KL_[9], [("Styrelsen", STY, POL)], doc=D, kind="heading"),
    rec("6", KL_[10],
        [("Styrelsen", STY, POL), ("församlingens", FS, ORG), ("anställda", "anställd", TJP)],
        [pres("leder", "leda"), HAR],
        [st(STY, "Styrelsen", "none", None, "leda", "leder",
            "församlingens arbete mellan mötena"),
         st(STY, "Styrelsen", "responsibility", "har arbetsgivaransvaret för", "ansvara", "har",
            "för de anställda")], doc=D, parent="h2"),
    rec("7", KL_[11], [("Pastorn", "pastor", TJP), ("styrelsen", STY, POL)], [AR, HAR],
        [st("pastor", "Pastorn", "none", None, "vara", "är", "adjungerad till styrelsen"),
         st("pastor", "Pastorn", "none", None, "ha", "har", "rösträtt", negated=True)],
        doc=D, parent="h2"),
    rec("8", KL_[12], [("Styrelsen", STY, POL)], [HAR], doc=D, parent="h2"),
    item("8.a", KL_[13], [("församlingsmötet", FM, OVR)], [inf("bereda")],
         [st(STY, "Styrelsen", "obligation", UPPGIFT, "bereda", "bereda",
             "ärenden till församlingsmötet")], doc=D, parent="8"),
    item("8.b", KL_[14], [("församlingens", FS, ORG)], [inf("ha")],
         [st(STY, "Styrelsen", "obligation", UPPGIFT, "ha", "ha",
             "tillsyn över församlingens fastigheter")], doc=D, parent="8"),
    item("8.c", KL_[15], [], [inf("se"), pres("genomförs", "genomföra", "pass")],
         [st(STY, "Styrelsen", "obligation", f"{UPPGIFT} se till att", "se", "se",
             "besluten genomförs")], doc=D, parent="8"),
    rec("9", KL_[16], [("pastor", "pastor", TJP), ("styrelsen", STY, POL)],
        [pres("Vill", "vilja"), inf("veta"), pres("arbetar", "arbeta"), inf("höra")],
        doc=D, parent="h2"),
    rec("m1", " ".join(KL_[17:21]), [("Pastor", "pastor", TJP)], doc=D, parent="h2"),
    rec("m2", " ".join(KL_[21:24]),
        [("Styrelsens ordförande", "styrelsens ordförande", FTV)], doc=D, parent="h2"),
]

DOCUMENTS = {"w48-y-golfklubb": (GOLF_TEXT, GOLF), "w48-y-studentkar": (KAR_TEXT, STUDENTKAR),
             "w48-y-fackavdelning": (FACK_TEXT, FACK), "w48-y-stiftelse": (STIF_TEXT, STIFTELSE),
             "w48-y-hembygd": (HEM_TEXT, HEMBYGD), "w48-y-frikyrka": (KYRKA_TEXT, KYRKA)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w48-y", DOCUMENTS)
