"""Builds corpus/dev/w46-x.jsonl and the documents corpus/dev/w46-x-*.txt with their gold: a
blind grammar probe of round 46 (probe49, end-of-round transfer). Five invented pages of the
kind organisations publish about themselves, in a clean web layout (a title line, short
headings, blank-line paragraphs, a `-`/`•` list under a colon lead-in), written and annotated
by hand from docs/annotation.md §1, §2 and §5 before any run; the writer never ran the
extractor on them. `w46-x-avfall`: a kommunalförbund's "Om förbundet / Organisation"
(förbundsfullmäktige, direktion, förbundsdirektör, medlemskommuner); `w46-x-samordning`: a
samordningsförbund's styrelse, beredningsgrupp (BG) and kansli; `w46-x-studentkar`: a student
union's kårmöte, styrelse, presidium, valberedning and revisorer; `w46-x-energi`: a municipal
company's bolagsstyrning (ägare, bolagsstämma, styrelse, VD, lekmannarevisorer);
`w46-x-region`: a region's politiska organisation (regionfullmäktige (RF), regionstyrelse,
utskott, nämnder, regiondirektör).

Points the writer read from the guideline where a reading had to be chosen: a pronoun subject
(`Det består av …`, `Hon rapporterar …`, `Hen anställs av styrelsen och sköter …`, `De bör
…`) gives no statement of its own verb (§2.1 pronouns, §5.1 round 37 B1), while the passive's
`av`-agent still acts; `Årsstämman hålls …` is an agentless passive with an actor subject
(§5.2: a statement, passive); `har hand om`, `har uppsikt över` are no cues (aim `ha`);
`ser till att` is the obligation cue in the present (§5.3 every tense); `medan` opens a
subordinate clause (§5.1 round 37 B4); a fronted object before `har` with a definite
inverted subject (`men rösträtt har bara de 35 ledamöter som …`) is V2 (§5.3 round 43
nu43-3); `Förbundet leds av en styrelse` gives the förbund its board, so the bare
`Styrelsen` is `förbundsstyrelse` (§2.3 round 12), the indefinite `en styrelse` stays
`styrelse`; a bare `Fullmäktige` beside `förbundsfullmäktige` stays `fullmäktige` (§2.3 round
10); `Ordföranden` after the office the composition list introduced is `ordförande` (§2.3
table); `kårens`/`kåren` stay `kår` without a naming clause (§2.3 round 45, §2.5 round 36);
`den politiska organisationen är uppbyggd` names a structure (§2.4 round 36/39); a
verb-first `Har du frågor … kan du …` is a CONDITION (§4 round 12) in a sentence that states
nothing (§5.1 `du`); an interrogative `om` after `prövar` is no condition cue (§4 lists
conditional `om` only).
Offsets computed. Run: python corpus/make_w46_x.py corpus/dev"""

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

rec = records_for("w46-x", conditions_from_statements=True)


def item(doc, cid, text, actors=(), verbs=(), statements=(), label="-"):
    """A list item under the paragraph its id names less the last ``.x``."""
    return rec(cid, text, actors, verbs, statements, doc=doc, kind="list_item",
               parent=cid.rsplit(".", 1)[0], label=label)


def heading(doc, cid, text, actors=(), verbs=()):
    return rec(cid, text, actors, verbs, doc=doc, kind="heading",
               parent=None if cid == "title" or "." not in cid else cid.rsplit(".", 1)[0])


# --- (a) a kommunalförbund's "Om förbundet / Organisation" --------------------------------
D = "w46-x-avfall"
AVF_TEXT = """Om förbundet

Organisation

Sjöbygdens avfallsförbund (SAF) är ett kommunalförbund som bildades 2012. \
Medlemskommunerna är Lövsala kommun, Granbäcks kommun och Norrstrands kommun.

Förbundet sköter insamling och behandling av hushållsavfall åt de tre kommunerna. Vi driver \
också fyra återvinningscentraler.

Förbundets fullmäktige

Förbundsfullmäktige är förbundets högsta politiska församling. Det består av 21 ledamöter \
och lika många ersättare, som väljs av fullmäktige i var och en av de tre kommunerna.

Fullmäktige fastställer budgeten och avfallstaxan. Där beslutas också om \
förbundsordningens innehåll och om nya medlemmar.

Direktionen

Förbundet leds av en direktion med sju ledamöter. Det är direktionen som ansvarar för att \
avfallshanteringen sköts i enlighet med de mål som fullmäktige har antagit.

Direktionen ska:
- verkställa fullmäktiges beslut
- följa upp ekonomin varje månad
- anställa förbundsdirektören
- yttra sig över remisser från medlemskommunerna.

Ordförande och vice ordförande utses av fullmäktige för hela mandatperioden. Direktionen \
bör sammanträda minst en gång i månaden. Dess protokoll justeras inom sju dagar och \
publiceras sedan här.

Förbundsdirektör

Förbundsdirektören är chef för förvaltningen och har hand om den dagliga driften. Hon \
rapporterar till direktionen och får fatta beslut enligt delegationsordningen.

Har du frågor om sophämtningen kan du läsa mer på sidan om avfallstaxor.
"""
SAF = "sjöbygdens avfallsförbund"
MK = "medlemskommun"
FD = "förbundsdirektör"


def direktion_ska(verb_piece, lemma, obj):
    return st("direktion", "Direktionen", "obligation", "ska", lemma, verb_piece, obj)


AVF = [
    heading(D, "title", "Om förbundet", [("förbundet", SAF, ORG)]),
    heading(D, "1", "Organisation"),
    rec("1.1", "Sjöbygdens avfallsförbund (SAF) är ett kommunalförbund som bildades 2012. "
        "Medlemskommunerna är Lövsala kommun, Granbäcks kommun och Norrstrands kommun.",
        [("Sjöbygdens avfallsförbund", SAF, ORG), ("SAF", SAF, ORG),
         ("Medlemskommunerna", MK, ORG), ("Lövsala kommun", "lövsala kommun", ORG),
         ("Granbäcks kommun", "granbäcks kommun", ORG),
         ("Norrstrands kommun", "norrstrands kommun", ORG)],
        [AR, ("bildades", "bilda", "past", "pass"), ("är", "vara", "pres", "act", 1)],
        [st(SAF, "Sjöbygdens avfallsförbund", "none", None, "vara", "är",
            "ett kommunalförbund som bildades 2012"),
         st(MK, "Medlemskommunerna", "none", None, "vara", "är",
            "Lövsala kommun, Granbäcks kommun och Norrstrands kommun")],
        doc=D, parent="1"),
    rec("1.2", "Förbundet sköter insamling och behandling av hushållsavfall åt de tre "
        "kommunerna. Vi driver också fyra återvinningscentraler.",
        [("Förbundet", SAF, ORG), ("kommunerna", "kommun", ORG)],
        [pres("sköter", "sköta"), pres("driver", "driva")],
        [st(SAF, "Förbundet", "none", None, "sköta", "sköter",
            "insamling och behandling av hushållsavfall åt de tre kommunerna")],
        doc=D, parent="1"),
    heading(D, "2", "Förbundets fullmäktige",
            [("Förbundets", SAF, ORG), ("fullmäktige", "fullmäktige", POL)]),
    rec("2.1", "Förbundsfullmäktige är förbundets högsta politiska församling. Det består av "
        "21 ledamöter och lika många ersättare, som väljs av fullmäktige i var och en av de "
        "tre kommunerna.",
        [("Förbundsfullmäktige", "förbundsfullmäktige", POL), ("förbundets", SAF, ORG),
         ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("fullmäktige", "fullmäktige", POL), ("kommunerna", "kommun", ORG)],
        [AR, pres("består", "bestå"), pres("väljs", "välja", "pass")],
        [st("förbundsfullmäktige", "Förbundsfullmäktige", "none", None, "vara", "är",
            "förbundets högsta politiska församling")],
        doc=D, parent="2"),
    rec("2.2", "Fullmäktige fastställer budgeten och avfallstaxan. Där beslutas också om "
        "förbundsordningens innehåll och om nya medlemmar.",
        [("Fullmäktige", "fullmäktige", POL), ("medlemmar", "medlem", OVR)],
        [pres("fastställer", "fastställa"), pres("beslutas", "besluta", "pass")],
        [st("fullmäktige", "Fullmäktige", "none", None, "fastställa", "fastställer",
            "budgeten och avfallstaxan")],
        doc=D, parent="2"),
    heading(D, "3", "Direktionen", [("Direktionen", "direktion", POL)]),
    rec("3.1", "Förbundet leds av en direktion med sju ledamöter. Det är direktionen som "
        "ansvarar för att avfallshanteringen sköts i enlighet med de mål som fullmäktige har "
        "antagit.",
        [("Förbundet", SAF, ORG), ("direktion", "direktion", POL),
         ("ledamöter", "ledamot", FTV), ("direktionen", "direktion", POL),
         ("fullmäktige", "fullmäktige", POL)],
        [pres("leds", "leda", "pass"), AR, pres("ansvarar", "ansvara"),
         pres("sköts", "sköta", "pass"), HAR, ("antagit", "anta", "sup", "act")],
        [st("direktion", "direktion", "none", None, "leda", "leds", "Förbundet",
            passive=True),
         st("direktion", "direktionen", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "för att avfallshanteringen sköts i enlighet med de mål som "
            "fullmäktige har antagit")],
        ["i enlighet med de mål som fullmäktige har antagit"], doc=D, parent="3"),
    rec("3.2", "Direktionen ska:", [("Direktionen", "direktion", POL)], [SKA],
        doc=D, parent="3"),
    item(D, "3.2.a", "verkställa fullmäktiges beslut", [("fullmäktiges", "fullmäktige", POL)],
         [inf("verkställa")], [direktion_ska("verkställa", "verkställa", "fullmäktiges beslut")]),
    item(D, "3.2.b", "följa upp ekonomin varje månad", (), [inf("följa")],
         [direktion_ska("följa", "följa", "ekonomin varje månad")]),
    item(D, "3.2.c", "anställa förbundsdirektören", [("förbundsdirektören", FD, TJP)],
         [inf("anställa")], [direktion_ska("anställa", "anställa", "förbundsdirektören")]),
    item(D, "3.2.d", "yttra sig över remisser från medlemskommunerna.",
         [("medlemskommunerna", MK, ORG)], [inf("yttra")],
         [direktion_ska("yttra", "yttra", "över remisser från medlemskommunerna")]),
    rec("3.3", "Ordförande och vice ordförande utses av fullmäktige för hela "
        "mandatperioden. Direktionen bör sammanträda minst en gång i månaden. Dess protokoll "
        "justeras inom sju dagar och publiceras sedan här.",
        [("Ordförande", "ordförande", FTV), ("vice ordförande", "vice ordförande", FTV),
         ("fullmäktige", "fullmäktige", POL), ("Direktionen", "direktion", POL)],
        [pres("utses", "utse", "pass"), BOR, inf("sammanträda"),
         pres("justeras", "justera", "pass"), pres("publiceras", "publicera", "pass")],
        [st("fullmäktige", "fullmäktige", "none", None, "utse", "utses",
            "Ordförande och vice ordförande", passive=True),
         st("direktion", "Direktionen", "recommendation", "bör", "sammanträda", "sammanträda",
            "minst en gång i månaden")],
        doc=D, parent="3"),
    heading(D, "4", "Förbundsdirektör", [("Förbundsdirektör", FD, TJP)]),
    rec("4.1", "Förbundsdirektören är chef för förvaltningen och har hand om den dagliga "
        "driften. Hon rapporterar till direktionen och får fatta beslut enligt "
        "delegationsordningen.",
        [("Förbundsdirektören", FD, TJP), ("förvaltningen", "förvaltning", FORV),
         ("direktionen", "direktion", POL)],
        [AR, HAR, pres("rapporterar", "rapportera"), FAR, inf("fatta")],
        [st(FD, "Förbundsdirektören", "none", None, "vara", "är", "chef för förvaltningen"),
         st(FD, "Förbundsdirektören", "none", None, "ha", "har",
            "hand om den dagliga driften")],
        ["enligt delegationsordningen"], doc=D, parent="4"),
    rec("4.2", "Har du frågor om sophämtningen kan du läsa mer på sidan om avfallstaxor.", (),
        [("Har", "ha", "pres", "act"), KAN, inf("läsa")],
        conditions=["Har du frågor om sophämtningen"], doc=D, parent="4"),
]


# --- (b) a samordningsförbund: styrelse, beredningsgrupp, kansli ---------------------------
D = "w46-x-samordning"
SAM_TEXT = """Samordningsförbundet Lövåsen

Vårt uppdrag

Samordningsförbundet Lövåsen finansierar insatser för personer som behöver stöd för att \
komma närmare arbete. Medlemmar i förbundet är Arbetsförmedlingen, Region Västerdal, länets \
kommuner och Försäkringskassan.

Arbetsförmedlingen och Försäkringskassan står tillsammans för halva budgeten, och regionen \
och kommunerna delar på resten.

Styrelsen

Förbundet leds av en styrelse med en ledamot och en ersättare från varje medlem. Styrelsen \
beslutar om vilka insatser som ska få pengar och fastställer budget och verksamhetsplan.

Ordförandeskapet roterar mellan kommunerna och regionen. Styrelsens sammanträden är inte \
öppna för allmänheten, men protokollen finns på vår webbplats.

Beredningsgruppen

Till sitt stöd har styrelsen en beredningsgrupp (BG). I BG sitter chefer från \
Arbetsförmedlingen, regionen, Försäkringskassan och kommunerna. Gruppen träffas en gång i \
månaden.

Beredningsgruppen har till uppgift att:
- bereda ansökningar om medel
- föreslå nya insatser för styrelsen
- sprida kunskap om förbundets arbete i de egna organisationerna.

Kansliet

Förbundschefen leder kansliet och är föredragande i styrelsen. Hen anställs av styrelsen \
och sköter den löpande förvaltningen tillsammans med en ekonomihandläggare.

Vill du söka medel? Kontakta förbundschefen innan du skriver din ansökan.
"""
SL = "samordningsförbundet lövåsen"
RV = "region västerdal"
FS = "förbundsstyrelse"
BG = "beredningsgrupp"
FK, AF = "försäkringskassan", "arbetsförmedlingen"
FC = "förbundschef"


def bg_task(verb, obj):
    return st(BG, "Beredningsgruppen", "obligation", "har till uppgift att", verb, verb, obj)


SAM = [
    heading(D, "title", "Samordningsförbundet Lövåsen",
            [("Samordningsförbundet Lövåsen", SL, ORG)]),
    heading(D, "1", "Vårt uppdrag"),
    rec("1.1", "Samordningsförbundet Lövåsen finansierar insatser för personer som behöver "
        "stöd för att komma närmare arbete. Medlemmar i förbundet är Arbetsförmedlingen, "
        "Region Västerdal, länets kommuner och Försäkringskassan.",
        [("Samordningsförbundet Lövåsen", SL, ORG), ("Medlemmar", "medlem", OVR),
         ("förbundet", SL, ORG), ("Arbetsförmedlingen", AF, EXT),
         ("Region Västerdal", RV, ORG), ("kommuner", "kommun", ORG),
         ("Försäkringskassan", FK, EXT)],
        [pres("finansierar", "finansiera"), pres("behöver", "behöva"), inf("komma"), AR],
        [st(SL, "Samordningsförbundet Lövåsen", "none", None, "finansiera", "finansierar",
            "insatser för personer som behöver stöd för att komma närmare arbete"),
         st("medlem", "Medlemmar", "none", None, "vara", "är",
            "Arbetsförmedlingen, Region Västerdal, länets kommuner och Försäkringskassan")],
        doc=D, parent="1"),
    rec("1.2", "Arbetsförmedlingen och Försäkringskassan står tillsammans för halva budgeten, "
        "och regionen och kommunerna delar på resten.",
        [("Försäkringskassan", FK, EXT), ("Arbetsförmedlingen", AF, EXT),
         ("regionen", RV, ORG), ("kommunerna", "kommun", ORG)],
        [pres("står", "stå"), pres("delar", "dela")],
        [st(FK, "Försäkringskassan", "none", None, "stå", "står",
            "tillsammans för halva budgeten"),
         st(AF, "Arbetsförmedlingen", "none", None, "stå", "står",
            "tillsammans för halva budgeten"),
         st(RV, "regionen", "none", None, "dela", "delar", "på resten"),
         st("kommun", "kommunerna", "none", None, "dela", "delar", "på resten")],
        doc=D, parent="1"),
    heading(D, "2", "Styrelsen", [("Styrelsen", FS, POL)]),
    rec("2.1", "Förbundet leds av en styrelse med en ledamot och en ersättare från varje "
        "medlem. Styrelsen beslutar om vilka insatser som ska få pengar och fastställer "
        "budget och verksamhetsplan.",
        [("Förbundet", SL, ORG), ("styrelse", "styrelse", POL), ("ledamot", "ledamot", FTV),
         ("ersättare", "ersättare", FTV), ("medlem", "medlem", OVR),
         ("Styrelsen", FS, POL)],
        [pres("leds", "leda", "pass"), pres("beslutar", "besluta"), SKA, inf("få"),
         pres("fastställer", "fastställa")],
        [st("styrelse", "styrelse", "none", None, "leda", "leds", "Förbundet", passive=True),
         st(FS, "Styrelsen", "none", None, "besluta", "beslutar",
            "om vilka insatser som ska få pengar"),
         st(FS, "Styrelsen", "none", None, "fastställa", "fastställer",
            "budget och verksamhetsplan")],
        doc=D, parent="2"),
    rec("2.2", "Ordförandeskapet roterar mellan kommunerna och regionen. Styrelsens "
        "sammanträden är inte öppna för allmänheten, men protokollen finns på vår webbplats.",
        [("kommunerna", "kommun", ORG), ("regionen", RV, ORG), ("Styrelsens", FS, POL),
         ("allmänheten", "allmänhet", EXT)],
        [pres("roterar", "rotera"), AR, pres("finns", "finnas")], doc=D, parent="2"),
    heading(D, "3", "Beredningsgruppen", [("Beredningsgruppen", BG, FORV)]),
    rec("3.1", "Till sitt stöd har styrelsen en beredningsgrupp (BG). I BG sitter chefer från "
        "Arbetsförmedlingen, regionen, Försäkringskassan och kommunerna. Gruppen träffas en "
        "gång i månaden.",
        [("styrelsen", FS, POL), ("beredningsgrupp", BG, FORV), ("BG", BG, FORV),
         ("BG", BG, FORV, 1), ("chefer", "chef", TJP), ("Försäkringskassan", FK, EXT),
         ("Arbetsförmedlingen", AF, EXT), ("regionen", RV, ORG),
         ("kommunerna", "kommun", ORG), ("Gruppen", BG, FORV)],
        [HAR, pres("sitter", "sitta"), pres("träffas", "träffas")],
        [st(FS, "styrelsen", "none", None, "ha", "har", "en beredningsgrupp (BG)"),
         st("chef", "chefer", "none", None, "sitta", "sitter", None),
         st(BG, "Gruppen", "none", None, "träffas", "träffas", "en gång i månaden")],
        doc=D, parent="3"),
    rec("3.2", "Beredningsgruppen har till uppgift att:", [("Beredningsgruppen", BG, FORV)],
        [HAR], doc=D, parent="3"),
    item(D, "3.2.a", "bereda ansökningar om medel", (), [inf("bereda")],
         [bg_task("bereda", "ansökningar om medel")]),
    item(D, "3.2.b", "föreslå nya insatser för styrelsen", [("styrelsen", FS, POL)],
         [inf("föreslå")], [bg_task("föreslå", "nya insatser för styrelsen")]),
    item(D, "3.2.c", "sprida kunskap om förbundets arbete i de egna organisationerna.",
         [("förbundets", SL, ORG)], [inf("sprida")],
         [bg_task("sprida", "kunskap om förbundets arbete i de egna organisationerna")]),
    heading(D, "4", "Kansliet", [("Kansliet", "kansli", FORV)]),
    rec("4.1", "Förbundschefen leder kansliet och är föredragande i styrelsen. Hen anställs av "
        "styrelsen och sköter den löpande förvaltningen tillsammans med en "
        "ekonomihandläggare.",
        [("Förbundschefen", FC, TJP), ("kansliet", "kansli", FORV), ("styrelsen", FS, POL),
         ("styrelsen", FS, POL, 1), ("ekonomihandläggare", "ekonomihandläggare", TJP)],
        [pres("leder", "leda"), AR, pres("anställs", "anställa", "pass"),
         pres("sköter", "sköta")],
        [st(FC, "Förbundschefen", "none", None, "leda", "leder", "kansliet"),
         st(FC, "Förbundschefen", "none", None, "vara", "är", "föredragande i styrelsen"),
         st(FS, "styrelsen", "none", None, "anställa", "anställs", "Hen", passive=True)],
        doc=D, parent="4"),
    rec("4.2", "Vill du söka medel? Kontakta förbundschefen innan du skriver din ansökan.",
        [("förbundschefen", FC, TJP)],
        [("Vill", "vilja", "pres", "act"), inf("söka"), ("Kontakta", "kontakta", "imp", "act"),
         pres("skriver", "skriva")], doc=D, parent="4"),
]


# --- (c) a student union's bodies --------------------------------------------------------
D = "w46-x-studentkar"
KAR_TEXT = """Så styrs kåren

Ekviks studentkår är en demokratisk organisation som drivs av studenterna själva. Alla som \
är medlemmar kan påverka, och du behöver inga förkunskaper för att engagera dig.

Kårmötet

Kårmötet är kårens högsta beslutande organ och samlas tre gånger per termin. Där beslutas \
om budget, verksamhetsplan och stadgar. Varje medlem kan lämna motioner till kårmötet och \
har yttranderätt på mötet, men rösträtt har bara de 35 ledamöter som väljs i kårvalet \
varje vår.

Kårmötet väljer:
• styrelse och presidium,
• valberedning,
• två revisorer och en revisorssuppleant.

Styrelsen

Styrelsen leder kåren mellan kårmötena och ansvarar för ekonomin. Den består av \
ordförande och vice ordförande samt fem ledamöter. Ordföranden och vice ordföranden är \
arvoderade på heltid.

Styrelsen får inte gå emot det som kårmötet har beslutat.

Presidiet

Presidiet leder kårmötets förhandlingar och ser till att protokoll förs. Det består av en \
talman, en vice talman och en sekreterare.

Valberedning och revisorer

Valberedningen tar fram förslag till alla förtroendeposter utom kårmötets ledamöter. \
Förslagen ska presenteras senast två veckor före valmötet.

Revisorerna granskar styrelsens förvaltning och lämnar en revisionsberättelse till \
kårmötet. De bör ha erfarenhet av föreningsekonomi.
"""
EK = "ekviks studentkår"
KM = "kårmöte"
VO = "vice ordförande"


def km_elects(obj):
    return st(KM, "Kårmötet", "none", None, "välja", "väljer", obj)


KAR = [
    heading(D, "title", "Så styrs kåren", [("kåren", "kår", EXT)],
            [pres("styrs", "styra", "pass")]),
    rec("1", "Ekviks studentkår är en demokratisk organisation som drivs av studenterna "
        "själva. Alla som är medlemmar kan påverka, och du behöver inga förkunskaper för att "
        "engagera dig.",
        [("Ekviks studentkår", EK, ORG), ("studenterna", "student", EXT)],
        [AR, pres("drivs", "driva", "pass"), ("är", "vara", "pres", "act", 1), KAN,
         inf("påverka"), pres("behöver", "behöva"), inf("engagera")],
        [st(EK, "Ekviks studentkår", "none", None, "vara", "är",
            "en demokratisk organisation som drivs av studenterna själva")],
        doc=D),
    heading(D, "2", "Kårmötet", [("Kårmötet", KM, OVR)]),
    rec("2.1", "Kårmötet är kårens högsta beslutande organ och samlas tre gånger per termin. "
        "Där beslutas om budget, verksamhetsplan och stadgar. Varje medlem kan lämna "
        "motioner till kårmötet och har yttranderätt på mötet, men rösträtt har bara de 35 "
        "ledamöter som väljs i kårvalet varje vår.",
        [("Kårmötet", KM, OVR), ("kårens", "kår", EXT), ("medlem", "medlem", OVR),
         ("kårmötet", KM, OVR), ("ledamöter", "ledamot", FTV)],
        [AR, pres("samlas", "samlas"), pres("beslutas", "besluta", "pass"), KAN, inf("lämna"),
         HAR, ("har", "ha", "pres", "act", 1), pres("väljs", "välja", "pass")],
        [st(KM, "Kårmötet", "none", None, "vara", "är", "kårens högsta beslutande organ"),
         st(KM, "Kårmötet", "none", None, "samlas", "samlas", "tre gånger per termin"),
         st("medlem", "medlem", "permission", "kan", "lämna", "lämna",
            "motioner till kårmötet"),
         st("medlem", "medlem", "none", None, "ha", "har", "yttranderätt på mötet"),
         st("ledamot", "ledamöter", "none", None, "ha", "har", "rösträtt")],
        doc=D, parent="2"),
    rec("2.2", "Kårmötet väljer:", [("Kårmötet", KM, OVR)], [pres("väljer", "välja")],
        doc=D, parent="2"),
    item(D, "2.2.a", "styrelse och presidium,",
         [("styrelse", "styrelse", POL), ("presidium", "presidium", POL)], (),
         [km_elects("styrelse och presidium")], label="•"),
    item(D, "2.2.b", "valberedning,", [("valberedning", "valberedning", POL)], (),
         [km_elects("valberedning")], label="•"),
    item(D, "2.2.c", "två revisorer och en revisorssuppleant.",
         [("revisorer", "revisor", FTV), ("revisorssuppleant", "revisorssuppleant", FTV)], (),
         [km_elects("två revisorer och en revisorssuppleant")], label="•"),
    heading(D, "3", "Styrelsen", [("Styrelsen", "styrelse", POL)]),
    rec("3.1", "Styrelsen leder kåren mellan kårmötena och ansvarar för ekonomin. Den består "
        "av ordförande och vice ordförande samt fem ledamöter. Ordföranden och vice "
        "ordföranden är arvoderade på heltid.",
        [("Styrelsen", "styrelse", POL), ("kåren", "kår", EXT),
         ("ordförande", "ordförande", FTV), ("vice ordförande", VO, FTV),
         ("ledamöter", "ledamot", FTV), ("Ordföranden", "ordförande", FTV),
         ("vice ordföranden", VO, FTV)],
        [pres("leder", "leda"), pres("ansvarar", "ansvara"), pres("består", "bestå"), AR],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder", "kåren mellan kårmötena"),
         st("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för ekonomin"),
         st("ordförande", "Ordföranden", "none", None, "vara", "är", "arvoderade på heltid"),
         st(VO, "vice ordföranden", "none", None, "vara", "är", "arvoderade på heltid")],
        doc=D, parent="3"),
    rec("3.2", "Styrelsen får inte gå emot det som kårmötet har beslutat.",
        [("Styrelsen", "styrelse", POL), ("kårmötet", KM, OVR)],
        [FAR, inf("gå"), HAR, ("beslutat", "besluta", "sup", "act")],
        [st("styrelse", "Styrelsen", "prohibition", "får inte", "gå", "gå",
            "emot det som kårmötet har beslutat", negated=True)],
        doc=D, parent="3"),
    heading(D, "4", "Presidiet", [("Presidiet", "presidium", POL)]),
    rec("4.1", "Presidiet leder kårmötets förhandlingar och ser till att protokoll förs. Det "
        "består av en talman, en vice talman och en sekreterare.",
        [("Presidiet", "presidium", POL), ("kårmötets", KM, OVR), ("talman", "talman", FTV),
         ("vice talman", "vice talman", FTV), ("sekreterare", "sekreterare", TJP)],
        [pres("leder", "leda"), pres("ser", "se"), pres("förs", "föra", "pass"),
         pres("består", "bestå")],
        [st("presidium", "Presidiet", "none", None, "leda", "leder",
            "kårmötets förhandlingar"),
         st("presidium", "Presidiet", "obligation", "ser till att", "se", "ser",
            "att protokoll förs")],
        doc=D, parent="4"),
    heading(D, "5", "Valberedning och revisorer",
            [("Valberedning", "valberedning", POL), ("revisorer", "revisor", FTV)]),
    rec("5.1", "Valberedningen tar fram förslag till alla förtroendeposter utom kårmötets "
        "ledamöter. Förslagen ska presenteras senast två veckor före valmötet.",
        [("Valberedningen", "valberedning", POL),
         ("kårmötets ledamöter", "kårmötets ledamot", FTV)],
        [pres("tar", "ta"), SKA, inf("presenteras", "presentera", "pass")],
        [st("valberedning", "Valberedningen", "none", None, "ta", "tar",
            "förslag till alla förtroendeposter utom kårmötets ledamöter"),
         st(None, None, "obligation", "ska", "presentera", "presenteras", "Förslagen",
            passive=True)],
        doc=D, parent="5"),
    rec("5.2", "Revisorerna granskar styrelsens förvaltning och lämnar en revisionsberättelse "
        "till kårmötet. De bör ha erfarenhet av föreningsekonomi.",
        [("Revisorerna", "revisor", FTV), ("styrelsens", "styrelse", POL),
         ("kårmötet", KM, OVR)],
        [pres("granskar", "granska"), pres("lämnar", "lämna"), BOR, inf("ha")],
        [st("revisor", "Revisorerna", "none", None, "granska", "granskar",
            "styrelsens förvaltning"),
         st("revisor", "Revisorerna", "none", None, "lämna", "lämnar",
            "en revisionsberättelse till kårmötet")],
        doc=D, parent="5"),
]


# --- (d) a municipal company's bolagsstyrning --------------------------------------------
D = "w46-x-energi"
ENE_TEXT = """Bolagsstyrning

Ekmarks Energi AB ägs till hundra procent av Ekmarks kommun genom Ekmarks Stadshus AB. \
Bolaget styrs av aktiebolagslagen, bolagsordningen och det ägardirektiv som \
kommunfullmäktige fastställer.

Ägaren

Kommunen utövar sitt ägarinflytande på bolagsstämman och genom ägardirektiven. \
Ägardirektiven beskriver vad kommunen vill uppnå med bolaget och revideras varje år.

Bolagsstämma

Årsstämman hålls före juni månads utgång. På stämman fastställs resultat- och \
balansräkning och beslutas om ansvarsfrihet för styrelsens ledamöter och VD. Kommunens \
ombud utses av kommunstyrelsen.

Styrelsen

I styrelsen sitter fem ledamöter och två suppleanter (ersättare), som alla väljs av \
kommunfullmäktige. Det är styrelsen som har det yttersta ansvaret för bolagets skötsel.

Styrelsen ska bland annat:
- fastställa affärsplan och budget
- anställa VD och bestämma hens lön
- se till att bolaget följer ägardirektiven.

Verkställande direktör

VD leder det dagliga arbetet i bolaget enligt de riktlinjer som styrelsen ger. Hen har till \
uppgift att ta fram underlag till styrelsens möten och är föredragande där.

Lekmannarevisorer

Kommunfullmäktige utser två lekmannarevisorer som prövar om bolagets affärer drivs på ett \
sätt som gagnar ägaren. De samarbetar med bolagets auktoriserade revisor.
"""
EE = "ekmarks energi ab"
EKK = "ekmarks kommun"
VD = "verkställande direktör"
KF = "kommunfullmäktige"


def board_must(verb, obj, modal="ska"):
    return st("styrelse", "Styrelsen", "obligation", modal, verb, verb, obj)


ENE = [
    heading(D, "title", "Bolagsstyrning"),
    rec("1", "Ekmarks Energi AB ägs till hundra procent av Ekmarks kommun genom Ekmarks "
        "Stadshus AB. Bolaget styrs av aktiebolagslagen, bolagsordningen och det "
        "ägardirektiv som kommunfullmäktige fastställer.",
        [("Ekmarks Energi AB", EE, ORG), ("Ekmarks kommun", EKK, ORG),
         ("Ekmarks Stadshus AB", "ekmarks stadshus ab", ORG), ("Bolaget", EE, ORG),
         ("kommunfullmäktige", KF, POL)],
        [pres("ägs", "äga", "pass"), pres("styrs", "styra", "pass"),
         pres("fastställer", "fastställa")],
        [st(EKK, "Ekmarks kommun", "none", None, "äga", "ägs", "Ekmarks Energi AB",
            passive=True)],
        doc=D),
    heading(D, "2", "Ägaren", [("Ägaren", "ägare", ORG)]),
    rec("2.1", "Kommunen utövar sitt ägarinflytande på bolagsstämman och genom "
        "ägardirektiven. Ägardirektiven beskriver vad kommunen vill uppnå med bolaget och "
        "revideras varje år.",
        [("Kommunen", EKK, ORG), ("bolagsstämman", "bolagsstämma", POL),
         ("kommunen", EKK, ORG), ("bolaget", EE, ORG)],
        [pres("utövar", "utöva"), pres("beskriver", "beskriva"), pres("vill", "vilja"),
         inf("uppnå"), pres("revideras", "revidera", "pass")],
        [st(EKK, "Kommunen", "none", None, "utöva", "utövar",
            "sitt ägarinflytande på bolagsstämman och genom ägardirektiven")],
        doc=D, parent="2"),
    heading(D, "3", "Bolagsstämma", [("Bolagsstämma", "bolagsstämma", POL)]),
    rec("3.1", "Årsstämman hålls före juni månads utgång. På stämman fastställs resultat- och "
        "balansräkning och beslutas om ansvarsfrihet för styrelsens ledamöter och VD. "
        "Kommunens ombud utses av kommunstyrelsen.",
        [("Årsstämman", "årsstämma", POL), ("stämman", "stämma", POL),
         ("styrelsens ledamöter", "styrelsens ledamot", FTV), ("VD", VD, TJP),
         ("Kommunens", EKK, ORG), ("ombud", "ombud", TJP),
         ("kommunstyrelsen", "kommunstyrelse", POL)],
        [pres("hålls", "hålla", "pass"), pres("fastställs", "fastställa", "pass"),
         pres("beslutas", "besluta", "pass"), pres("utses", "utse", "pass")],
        [st("årsstämma", "Årsstämman", "none", None, "hålla", "hålls", None, passive=True),
         st("kommunstyrelse", "kommunstyrelsen", "none", None, "utse", "utses",
            "Kommunens ombud", passive=True)],
        doc=D, parent="3"),
    heading(D, "4", "Styrelsen", [("Styrelsen", "styrelse", POL)]),
    rec("4.1", "I styrelsen sitter fem ledamöter och två suppleanter (ersättare), som alla "
        "väljs av kommunfullmäktige. Det är styrelsen som har det yttersta ansvaret för "
        "bolagets skötsel.",
        [("styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("suppleanter", "suppleant", FTV), ("ersättare", "ersättare", FTV),
         ("kommunfullmäktige", KF, POL), ("styrelsen", "styrelse", POL, 1),
         ("bolagets", EE, ORG)],
        [pres("sitter", "sitta"), pres("väljs", "välja", "pass"), AR, HAR],
        [st("ledamot", "ledamöter", "none", None, "sitta", "sitter", None),
         st("suppleant", "suppleanter", "none", None, "sitta", "sitter", None),
         st("styrelse", "styrelsen", "responsibility", "har ansvaret för", "ansvara", "har",
            "för bolagets skötsel")],
        doc=D, parent="4"),
    rec("4.2", "Styrelsen ska bland annat:", [("Styrelsen", "styrelse", POL)], [SKA],
        doc=D, parent="4"),
    item(D, "4.2.a", "fastställa affärsplan och budget", (), [inf("fastställa")],
         [board_must("fastställa", "affärsplan och budget")]),
    item(D, "4.2.b", "anställa VD och bestämma hens lön", [("VD", VD, TJP)],
         [inf("anställa"), inf("bestämma")],
         [board_must("anställa", "VD"), board_must("bestämma", "hens lön")]),
    item(D, "4.2.c", "se till att bolaget följer ägardirektiven.", [("bolaget", EE, ORG)],
         [inf("se"), pres("följer", "följa")],
         [board_must("se", "att bolaget följer ägardirektiven", modal="ska se till att")]),
    heading(D, "5", "Verkställande direktör", [("Verkställande direktör", VD, TJP)]),
    rec("5.1", "VD leder det dagliga arbetet i bolaget enligt de riktlinjer som styrelsen "
        "ger. Hen har till uppgift att ta fram underlag till styrelsens möten och är "
        "föredragande där.",
        [("VD", VD, TJP), ("bolaget", EE, ORG), ("styrelsen", "styrelse", POL),
         ("styrelsens", "styrelse", POL)],
        [pres("leder", "leda"), pres("ger", "ge"), HAR, inf("ta"), AR],
        [st(VD, "VD", "none", None, "leda", "leder", "det dagliga arbetet i bolaget",
            condition="enligt de riktlinjer som styrelsen ger")],
        doc=D, parent="5"),
    heading(D, "6", "Lekmannarevisorer", [("Lekmannarevisorer", "lekmannarevisor", FTV)]),
    rec("6.1", "Kommunfullmäktige utser två lekmannarevisorer som prövar om bolagets affärer "
        "drivs på ett sätt som gagnar ägaren. De samarbetar med bolagets auktoriserade "
        "revisor.",
        [("Kommunfullmäktige", KF, POL), ("lekmannarevisorer", "lekmannarevisor", FTV),
         ("bolagets", EE, ORG), ("ägaren", "ägare", ORG), ("bolagets", EE, ORG, 1),
         ("revisor", "revisor", FTV)],
        [pres("utser", "utse"), pres("prövar", "pröva"), pres("drivs", "driva", "pass"),
         pres("gagnar", "gagna"), pres("samarbetar", "samarbeta")],
        [st(KF, "Kommunfullmäktige", "none", None, "utse", "utser",
            "två lekmannarevisorer som prövar om bolagets affärer drivs på ett sätt som "
            "gagnar ägaren")],
        doc=D, parent="6"),
]


# --- (e) a region's politiska organisation ------------------------------------------------
D = "w46-x-region"
REG_TEXT = """Politiker och nämnder

Region Fjällmark styrs av politiker som väljs av invånarna vart fjärde år. Här beskriver vi \
hur den politiska organisationen är uppbyggd.

Fullmäktige

Regionfullmäktige (RF) är regionens högsta beslutande organ och har 71 ledamöter. RF \
beslutar i frågor av principiell vikt, till exempel mål, budget och skattesats. \
Fullmäktiges sammanträden är öppna för alla och sänds på webben.

Regionstyrelsen

Regionstyrelsen planerar och samordnar regionens arbete och håller uppsikt över nämnderna \
och de helägda bolagen. Den bereder också de ärenden som fullmäktige ska ta ställning till.

Under regionstyrelsen finns följande utskott:
- arbetsutskottet
- personalutskottet, som är regionens anställningsmyndighet
- folkhälsoutskottet.

Regionråden ingår i arbetsutskottet och är heltidsarvoderade.

Nämnderna

Regionen har fyra nämnder. Hälso- och sjukvårdsnämnden ansvarar för sjukhusen och \
vårdcentralerna, medan kollektivtrafiknämnden har hand om buss- och tågtrafiken.

Nämnderna ska arbeta utifrån den budget och de mål som fullmäktige har lagt fast. En nämnd \
får inte besluta om sådant som ligger under en annan nämnd.

Regiondirektören

Regiondirektören är regionens högsta tjänsteperson och chef för regionkansliet. Hon \
ansvarar för att de politiska besluten genomförs och bör hålla regionstyrelsens ordförande \
informerad.

Vill du veta vem som sitter i nämnderna? Sök i vår förtroendemannadatabas.
"""
RF = "region fjällmark"
RFM = "regionfullmäktige"
RS = "regionstyrelse"
RD = "regiondirektör"
RFM_OBJ = "i frågor av principiell vikt, till exempel mål, budget och skattesats"
RS_OBJ = "regionens arbete"


def utskott_finns(name_text, canonical):
    return st(canonical, name_text, "none", None, "finnas", "finns", None)


REG = [
    heading(D, "title", "Politiker och nämnder",
            [("Politiker", "politiker", FTV), ("nämnder", "nämnd", POL)]),
    rec("1", "Region Fjällmark styrs av politiker som väljs av invånarna vart fjärde år. Här "
        "beskriver vi hur den politiska organisationen är uppbyggd.",
        [("Region Fjällmark", RF, ORG), ("politiker", "politiker", FTV),
         ("invånarna", "invånare", EXT)],
        [pres("styrs", "styra", "pass"), pres("väljs", "välja", "pass"),
         pres("beskriver", "beskriva"), AR],
        [st("politiker", "politiker", "none", None, "styra", "styrs", "Region Fjällmark",
            passive=True)],
        doc=D),
    heading(D, "2", "Fullmäktige", [("Fullmäktige", RFM, POL)]),
    rec("2.1", "Regionfullmäktige (RF) är regionens högsta beslutande organ och har 71 "
        "ledamöter. RF beslutar i frågor av principiell vikt, till exempel mål, budget och "
        "skattesats. Fullmäktiges sammanträden är öppna för alla och sänds på webben.",
        [("Regionfullmäktige", RFM, POL), ("RF", RFM, POL), ("regionens", RF, ORG),
         ("ledamöter", "ledamot", FTV), ("RF", RFM, POL, 1), ("Fullmäktiges", RFM, POL)],
        [AR, HAR, pres("beslutar", "besluta"), ("är", "vara", "pres", "act", 1),
         pres("sänds", "sända", "pass")],
        [st(RFM, "Regionfullmäktige", "none", None, "vara", "är",
            "regionens högsta beslutande organ"),
         st(RFM, "Regionfullmäktige", "none", None, "ha", "har", "71 ledamöter"),
         st(RFM, "RF", "none", None, "besluta", "beslutar", RFM_OBJ)],
        doc=D, parent="2"),
    heading(D, "3", "Regionstyrelsen", [("Regionstyrelsen", RS, POL)]),
    rec("3.1", "Regionstyrelsen planerar och samordnar regionens arbete och håller uppsikt "
        "över nämnderna och de helägda bolagen. Den bereder också de ärenden som fullmäktige "
        "ska ta ställning till.",
        [("Regionstyrelsen", RS, POL), ("regionens", RF, ORG), ("nämnderna", "nämnd", POL),
         ("bolagen", "bolag", ORG), ("fullmäktige", RFM, POL)],
        [pres("planerar", "planera"), pres("samordnar", "samordna"), pres("håller", "hålla"),
         pres("bereder", "bereda"), SKA, inf("ta")],
        [st(RS, "Regionstyrelsen", "none", None, "planera", "planerar", RS_OBJ),
         st(RS, "Regionstyrelsen", "none", None, "samordna", "samordnar", RS_OBJ),
         st(RS, "Regionstyrelsen", "none", None, "hålla", "håller",
            "uppsikt över nämnderna och de helägda bolagen")],
        doc=D, parent="3"),
    rec("3.2", "Under regionstyrelsen finns följande utskott:", [("regionstyrelsen", RS, POL)],
        [pres("finns", "finnas")], doc=D, parent="3"),
    item(D, "3.2.a", "arbetsutskottet", [("arbetsutskottet", "arbetsutskott", POL)], (),
         [utskott_finns("arbetsutskottet", "arbetsutskott")]),
    item(D, "3.2.b", "personalutskottet, som är regionens anställningsmyndighet",
         [("personalutskottet", "personalutskott", POL), ("regionens", RF, ORG)], [AR],
         [utskott_finns("personalutskottet", "personalutskott")]),
    item(D, "3.2.c", "folkhälsoutskottet.", [("folkhälsoutskottet", "folkhälsoutskott", POL)],
         (), [utskott_finns("folkhälsoutskottet", "folkhälsoutskott")]),
    rec("3.3", "Regionråden ingår i arbetsutskottet och är heltidsarvoderade.",
        [("Regionråden", "regionråd", FTV), ("arbetsutskottet", "arbetsutskott", POL)],
        [pres("ingår", "ingå"), AR],
        [st("regionråd", "Regionråden", "none", None, "ingå", "ingår", "i arbetsutskottet"),
         st("regionråd", "Regionråden", "none", None, "vara", "är", "heltidsarvoderade")],
        doc=D, parent="3"),
    heading(D, "4", "Nämnderna", [("Nämnderna", "nämnd", POL)]),
    rec("4.1", "Regionen har fyra nämnder. Hälso- och sjukvårdsnämnden ansvarar för sjukhusen "
        "och vårdcentralerna, medan kollektivtrafiknämnden har hand om buss- och "
        "tågtrafiken.",
        [("Regionen", RF, ORG), ("nämnder", "nämnd", POL),
         ("Hälso- och sjukvårdsnämnden", "hälso- och sjukvårdsnämnd", POL),
         ("kollektivtrafiknämnden", "kollektivtrafiknämnd", POL)],
        [HAR, pres("ansvarar", "ansvara"), ("har", "ha", "pres", "act", 1)],
        [st(RF, "Regionen", "none", None, "ha", "har", "fyra nämnder"),
         st("hälso- och sjukvårdsnämnd", "Hälso- och sjukvårdsnämnden", "responsibility",
            "ansvarar för", "ansvara", "ansvarar", "för sjukhusen och vårdcentralerna")],
        doc=D, parent="4"),
    rec("4.2", "Nämnderna ska arbeta utifrån den budget och de mål som fullmäktige har lagt "
        "fast. En nämnd får inte besluta om sådant som ligger under en annan nämnd.",
        [("Nämnderna", "nämnd", POL), ("fullmäktige", RFM, POL), ("nämnd", "nämnd", POL),
         ("nämnd", "nämnd", POL, 1)],
        [SKA, inf("arbeta"), HAR, ("lagt", "lägga", "sup", "act"), FAR,
         inf("besluta"), pres("ligger", "ligga")],
        [st("nämnd", "Nämnderna", "obligation", "ska", "arbeta", "arbeta", None,
            condition="utifrån den budget och de mål som fullmäktige har lagt fast"),
         st("nämnd", "nämnd", "prohibition", "får inte", "besluta", "besluta",
            "om sådant som ligger under en annan nämnd", negated=True)],
        doc=D, parent="4"),
    heading(D, "5", "Regiondirektören", [("Regiondirektören", RD, TJP)]),
    rec("5.1", "Regiondirektören är regionens högsta tjänsteperson och chef för "
        "regionkansliet. Hon ansvarar för att de politiska besluten genomförs och bör hålla "
        "regionstyrelsens ordförande informerad.",
        [("Regiondirektören", RD, TJP), ("regionens", RF, ORG),
         ("regionkansliet", "regionkansli", FORV),
         ("regionstyrelsens ordförande", "regionstyrelsens ordförande", FTV)],
        [AR, pres("ansvarar", "ansvara"), pres("genomförs", "genomföra", "pass"), BOR,
         inf("hålla")],
        [st(RD, "Regiondirektören", "none", None, "vara", "är",
            "regionens högsta tjänsteperson och chef för regionkansliet")],
        doc=D, parent="5"),
    rec("5.2", "Vill du veta vem som sitter i nämnderna? Sök i vår förtroendemannadatabas.",
        [("nämnderna", "nämnd", POL)],
        [("Vill", "vilja", "pres", "act"), inf("veta"), pres("sitter", "sitta"),
         ("Sök", "söka", "imp", "act")], doc=D, parent="5"),
]

DOCUMENTS = {"w46-x-avfall": (AVF_TEXT, AVF), "w46-x-samordning": (SAM_TEXT, SAM),
             "w46-x-studentkar": (KAR_TEXT, KAR), "w46-x-energi": (ENE_TEXT, ENE),
             "w46-x-region": (REG_TEXT, REG)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w46-x", DOCUMENTS)
