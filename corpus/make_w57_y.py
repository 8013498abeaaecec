"""Builds corpus/dev/w57-y.jsonl and the pages corpus/dev/w57-y-*.txt with their gold: the blind
probe w57-y of round 57 (invented documents of the hidden judges' four kinds, written loosely as
kommun web editors, news writers and clerks write: insertions between the verb and its subject,
genitives inside cues, coordinated verbs with particles, fronted dates and places, quoted
speech, flattened org charts and tables, glued headings, typos and a lost hyphen), written and
annotated by hand from docs/annotation.md §1–§5 and the rulings at its end before any run; the
writer never ran the extractor on them.
`w57-y-kommundirektor` (a kommun's page `Kommundirektörens uppdrag` copied from a browser:
skip link, `Meny`, a `/` trail (chrome); a cleft fronted by `I <kommun>` with two `som`
clauses; `Kommunstyrelsen, där <Alliansen> … har egen majoritet, utser och entledigar …`;
`har enligt fullmäktiges beslut i uppdrag att leda, samordna och följa upp … samt att hålla …`;
`ansvarar bland annat för:` over three unmarked lines (noun phrases and an `att`-clause);
`får, inom ramen för …, fatta … men ska därefter anmäla …`; a `Ledningsgruppen` section with
`träffas`; a quotation with `säger <name>, som …`; a share line, a contact card, an update line);
`w57-y-arbetsordning` (a municipal housing company board's arbetsordning copied from Word:
`§ N Rubrik` lines, `Styrelsen ska vidare enligt ägardirektivet årligen fastställa …`, the
chair's duties with `i samråd med VD` between modal and verb over two coordinated verbs, a lost
space after a stop (`per år.Kallelse`), `Om en ledamot eller VD begär det ska ordföranden …`,
`Verkställande direktören ska vid varje ordinarie sammanträde rapportera om:` over dash items
(one with a lost hyphen: `ny och ombyggnadsprojekt`), a postposed `när det behövs`);
`w57-y-reglemente` (a socialnämnd's reglemente flattened from a PDF: capitals title, adoption
line, `N. Rubrik` blocks wrapped at the page width, `de uppgifter som enligt socialtjänstlagen
ankommer på kommunen`, a lead-in with a typo `Nämnden ska särkilt:` over `a)`–`c)` items (one
`följa upp och redovisa`), running footers `Reglemente för socialnämnden … 1 (2)` (furniture),
`… får enligt kommunallagen ordföranden besluta …`, an agentless `ska anmälas`, presentational
`finns`);
`w57-y-delegering` (a delegation guide for managers: a question heading `Vad är delegering?`,
`Delegering innebär att …` (no statement), `kan också återkalla`, a fronted date `Den 14 oktober
2026 beslutade kommunstyrelsen …`, `Delegaten får bara … och ska hålla sig inom ramen för …`,
`får inte`, `Beslut som fattas med stöd av delegation ska anmälas …`, a cleft `Det är delegaten
som ansvarar för att …`, a one-word heading glued to its sentence (`Vidaredelegation
Förvaltningschefen får, om …, vidaredelegera …`), a tab-separated table `Ärende Delegat
Anmärkning` with a cue cell, `kan ställas till` (no cue));
`w57-y-regionledning` (a region's page `Regiondirektör och regionledningsgrupp`: chrome, a
copular sentence, `ansvarar för att … och rapporterar löpande till …`, news prose with a fronted
date and a personal-name subject, a dash quote with a reverse apposition `Karin Holmgren (S),
regionstyrelsens ordförande`, `Gruppen sammanträder … och ska bland annat samordna … och följa
upp …`, a flattened org chart of title lines and name lines, a link list under `Relaterade
sidor:`, a share line and an update line);
`w57-y-forbundsordning` (a kommunalförbund's förbundsordning excerpt from a PDF: naming
sentence, `I förbundet ingår följande tre kommuner:` over dash items (presentational), `Förbundet
ska för medlemmarnas räkning bedriva … enligt lagen (2003:778) om …`, `Därutöver får förbundet,
efter beslut i direktionen, sälja …`, `Direktionen är förbundets beslutande organ och består av
…`, an `av`-agent passive, the members' shares in a flattened table, `efter samråd med` after a
comma, running footers `Sida N av 2`).
Offsets computed.
Run: python corpus/make_w57_y.py corpus/dev"""

import re
import sys

from records import (
    AR,
    EXT,
    FAR,
    FORV,
    HAR,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    inf,
    list_item_maker,
    pres,
    records_for,
    sup,
    write_part,
)
from records import statement as st

FTV = "förtroendevald"
rec = records_for("w57-y", conditions_from_statements=True)
item = list_item_maker(rec, "")
KST = "kommunstyrelse"
ST = "styrelse"
VD = "verkställande direktör"
FC = "förvaltningschef"
EC = "enhetschef"
SKA1 = ("ska", "skola", "pres", "act", 1)
FAR1 = ("får", "få", "pres", "act", 1)
LED = ("ledamot", FTV)


def unwrap(block):
    """A block's lines as §1.1 joins them: a line-end hyphen before a lower-case letter joins
    the word, any other line break is one space, runs of spaces and tabs are one space."""
    text = re.sub(r"(?<=[^\W\d_])-\n(?=[a-zåäö])", "", block).replace("\n", " ")
    return re.sub(r"[ \t]{2,}|\t", " ", text).strip()


def page(blocks):
    """A document's text from its blank-line blocks."""
    return "\n\n".join(blocks) + "\n"


def obj(text):
    """An item's text as an object: without its final comma or stop."""
    return text.rstrip(",.;")


# (1) A kommun's page about its kommundirektör, copied from a browser: one line a clause.
D = "w57-y-kommundirektor"
KD_TEXT = """Hoppa till innehållet
Meny
Start / Politik och demokrati / Ledning / Kommundirektörens uppdrag
Kommundirektörens uppdrag
I Lövsala kommun är det kommundirektören som leder arbetet i kommunens sex förvaltningar och \
som ansvarar för att de beslut kommunstyrelsen fattar blir verkställda.
Kommunstyrelsen, där Lövsalaalliansen sedan valet har egen majoritet, utser och entledigar \
kommundirektören.
Kommundirektören har enligt kommunstyrelsens instruktion i uppdrag att leda, samordna och följa \
upp arbetet i förvaltningarna samt att regelbundet hålla kommunstyrelsen underrättad om hur \
ekonomin utvecklas.
Kommundirektören ansvarar bland annat för:
kommunens övergripande ekonomistyrning och långsiktiga planering
att ärenden till kommunstyrelsen bereds på ett allsidigt sätt
samordningen av kommunens krisberedskap
Kommundirektören får, inom ramen för gällande delegationsordning, fatta beslut i brådskande \
personalärenden men ska därefter anmäla besluten till kommunstyrelsens arbetsutskott.
Ledningsgruppen
Kommundirektören har till sitt stöd en ledningsgrupp där ekonomichefen, HR-chefen och \
förvaltningscheferna ingår. Ledningsgruppen träffas varje tisdag och hanterar frågor som \
berör flera förvaltningar.
”Vi ska vara snabba i våra beslut och lätta att ha att göra med”, säger Annika Strömberg, som \
tillträdde tjänsten i januari.
Dela sidan | Skriv ut
Kontakt
Kommundirektör
Annika Strömberg
Telefon: 0573-29 40 00
E-post: annika.stromberg@lovsala.example
Senast uppdaterad: 2026-10-19
"""
KL = KD_TEXT.split("\n")
KD = "kommundirektör"
LK = "lövsala kommun"
LG = "ledningsgrupp"
KD_UPP = "arbetet i förvaltningarna"
KD_ENL = "enligt kommunstyrelsens instruktion"


def kd(deontic, modal, aim, obj_text, aim_text=None, actor_text="Kommundirektören", **kw):
    """The kommundirektör's act."""
    return st(KD, actor_text, deontic, modal, aim, aim_text or aim, obj_text, **kw)


def kd_item(cid, line, actors=(), verbs=()):
    """An unmarked line under `Kommundirektören ansvarar bland annat för:`."""
    return item(cid, line, actors, verbs,
                [kd("responsibility", "ansvarar för", "ansvara", line, "ansvarar")],
                doc=D, parent="4")


KOMMUNDIREKTOR = [
    rec("title", KL[3], [("Kommundirektörens", KD, TJP)], doc=D, kind="heading"),
    rec("1", KL[4],
        [("Lövsala kommun", LK, ORG), ("kommundirektören", KD, TJP), ("kommunens", LK, ORG),
         ("förvaltningar", "förvaltning", FORV), ("kommunstyrelsen", KST, POL)],
        [AR, pres("leder", "leda"), pres("ansvarar", "ansvara"), pres("fattar", "fatta"),
         pres("blir", "bli")],
        [kd("none", None, "leda", "arbetet i kommunens sex förvaltningar", "leder",
            "kommundirektören"),
         kd("responsibility", "ansvarar för", "ansvara",
            "att de beslut kommunstyrelsen fattar blir verkställda", "ansvarar",
            "kommundirektören")], doc=D),
    rec("2", KL[5],
        [("Kommunstyrelsen", KST, POL), ("Lövsalaalliansen", "lövsalaallians", POL),
         ("kommundirektören", KD, TJP)],
        [HAR, pres("utser", "utse"), pres("entledigar", "entlediga")],
        [st(KST, "Kommunstyrelsen", "none", None, "utse", "utser", "kommundirektören"),
         st(KST, "Kommunstyrelsen", "none", None, "entlediga", "entledigar", "kommundirektören")],
        doc=D),
    rec("3", KL[6],
        [("Kommundirektören", KD, TJP), ("kommunstyrelsens", KST, POL),
         ("förvaltningarna", "förvaltning", FORV), ("kommunstyrelsen", KST, POL)],
        [HAR, inf("leda"), inf("samordna"), inf("följa"), inf("hålla"),
         pres("utvecklas", "utveckla", "pass")],
        [kd("responsibility", "har i uppdrag att", aim, KD_UPP, condition=KD_ENL)
         for aim in ("leda", "samordna", "följa")]
        + [kd("responsibility", "har i uppdrag att", "hålla",
              "kommunstyrelsen underrättad om hur ekonomin utvecklas", condition=KD_ENL)],
        doc=D),
    rec("4", KL[7], [("Kommundirektören", KD, TJP)], [pres("ansvarar", "ansvara")], doc=D),
    kd_item("4.a", KL[8], [("kommunens", LK, ORG)]),
    kd_item("4.b", KL[9], [("kommunstyrelsen", KST, POL)], [pres("bereds", "bereda", "pass")]),
    kd_item("4.c", KL[10], [("kommunens", LK, ORG)]),
    rec("5", KL[11],
        [("Kommundirektören", KD, TJP),
         ("kommunstyrelsens arbetsutskott", "kommunstyrelsens arbetsutskott", POL)],
        [FAR, inf("fatta"), SKA, inf("anmäla")],
        [kd("permission", "får", "fatta", "beslut i brådskande personalärenden",
            condition="inom ramen för gällande delegationsordning"),
         kd("obligation", "ska", "anmäla", "besluten till kommunstyrelsens arbetsutskott")],
        doc=D),
    rec("h1", KL[12], [("Ledningsgruppen", LG, FORV)], doc=D, kind="heading"),
    rec("6", KL[13],
        [("Kommundirektören", KD, TJP), ("ledningsgrupp", LG, FORV),
         ("förvaltningscheferna", FC, TJP), ("ekonomichefen", "ekonomichef", TJP),
         ("HR-chefen", "hr-chef", TJP), ("Ledningsgruppen", LG, FORV),
         ("förvaltningar", "förvaltning", FORV)],
        [HAR, pres("ingår", "ingå"), pres("träffas"), pres("hanterar", "hantera"),
         pres("berör", "beröra")],
        [kd("none", None, "ha",
            "till sitt stöd en ledningsgrupp där ekonomichefen, HR-chefen och "
            "förvaltningscheferna ingår", "har"),
         st(LG, "Ledningsgruppen", "none", None, "träffas", "träffas", "varje tisdag"),
         st(LG, "Ledningsgruppen", "none", None, "hantera", "hanterar",
            "frågor som berör flera förvaltningar")], doc=D, parent="h1"),
    rec("7", KL[14], (),
        [SKA, inf("vara"), inf("ha"), inf("göra"), pres("säger", "säga"),
         ("tillträdde", "tillträda", "past", "act")], doc=D, parent="h1"),
    rec("h2", KL[16], doc=D, kind="heading"),
    rec("m1", " ".join(KL[17:21]), [("Kommundirektör", KD, TJP)], doc=D, parent="h2"),
    rec("m2", KL[21], doc=D, parent="h2"),
]

# (2) A housing company board's arbetsordning copied from Word: one paragraph a line.
D = "w57-y-arbetsordning"
AO_TEXT = """Arbetsordning för styrelsen i AB Västerbyhus
Fastställd av styrelsen på dess konstituerande möte 2026-05-12, § 4
§ 1 Styrelsens uppgifter
Styrelsen svarar för att bolagets organisation är ändamålsenlig och ska löpande följa bolagets \
ekonomiska ställning.
Styrelsen ska vidare enligt ägardirektivet årligen fastställa en affärsplan och en budget för \
det kommande verksamhetsåret.
§ 2 Ordförandens uppgifter
Ordföranden ska leda styrelsens arbete och bevaka att det bedrivs effektivt. \
Därutöver ska ordföranden i samråd med VD bereda ärenden inför varje sammanträde och hålla \
kontakt med ägaren, Västerby kommun, genom kommunstyrelsens ordförande.
§ 3 Sammanträden
Styrelsen håller minst sju sammanträden per kalenderår.Kallelse till ordinarie sammanträde ska \
skickas ut senast åtta dagar i förväg.
Om en ledamot eller VD begär det ska ordföranden inom fjorton dagar kalla styrelsen till ett \
extra sammanträde.
§ 4 Verkställande direktörens rapportering
Verkställande direktören ska vid varje ordinarie sammanträde rapportera om:
– bolagets ekonomiska utveckling i förhållande till budget,
– pågående ny och ombyggnadsprojekt,
– uthyrningsläget och antalet vakanta lägenheter.
§ 5 Utvärdering
Styrelsen ska årligen utvärdera sitt eget arbete och VD:s arbete samt lämna förslag till \
ändringar i denna arbetsordning när det behövs.
"""
AL = AO_TEXT.split("\n")
VH = "ab västerbyhus"
SO = "styrelsens ordförande"
SAM = "i samråd med VD"


def ahead(n, line, actors=()):
    """A `§ N Rubrik` heading line."""
    label = f"§ {n}"
    assert line.startswith(label + " ")
    return rec(f"§{n}", line[len(label) + 1:], actors, doc=D, kind="heading", label=label)


def apara(cid, line, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph line under a `§ N` heading."""
    return rec(cid, line, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def styr(aim, obj_text, deontic="obligation", modal="ska", text="Styrelsen", aim_text=None, **kw):
    """The board's act."""
    return st(ST, text, deontic, modal, aim, aim_text or aim, obj_text, **kw)


def ordf(aim, obj_text, text="Ordföranden", **kw):
    """The chair's duty."""
    return st(SO, text, "obligation", "ska", aim, aim, obj_text, **kw)


def rapport(cid, line):
    """A dash item under `Verkställande direktören ska … rapportera om:`."""
    assert line.startswith("– ")
    text = line[2:]
    actors = [("bolagets", VH, ORG)] if "bolagets" in text else []
    return item(cid, text, actors, (),
                [st(VD, "Verkställande direktören", "obligation", "ska", "rapportera",
                    "rapportera", obj(text))], doc=D, parent="§4.1", label="–")


ARBETSORDNING = [
    rec("title", AL[0], [("styrelsen", ST, POL), ("AB Västerbyhus", VH, ORG)], doc=D,
        kind="heading"),
    rec("m1", AL[1], [("styrelsen", ST, POL)], doc=D),
    ahead(1, AL[2], [("Styrelsens", ST, POL)]),
    apara("§1.1", AL[3],
          [("Styrelsen", ST, POL), ("bolagets", VH, ORG), ("bolagets", VH, ORG, 1)],
          [pres("svarar", "svara"), AR, SKA, inf("följa")],
          [styr("svara", "att bolagets organisation är ändamålsenlig", "responsibility",
                "svarar för", aim_text="svarar"),
           styr("följa", "bolagets ekonomiska ställning")]),
    apara("§1.2", AL[4], [("Styrelsen", ST, POL)], [SKA, inf("fastställa")],
          [styr("fastställa",
                "en affärsplan och en budget för det kommande verksamhetsåret",
                condition="enligt ägardirektivet")]),
    ahead(2, AL[5], [("Ordförandens", SO, FTV)]),
    apara("§2.1", AL[6],
          [("Ordföranden", SO, FTV), ("styrelsens", ST, POL), ("ordföranden", SO, FTV),
           ("VD", VD, TJP), ("ägaren", "ägare", ORG),
           ("Västerby kommun", "västerby kommun", ORG),
           ("kommunstyrelsens ordförande", "kommunstyrelsens ordförande", FTV)],
          [SKA, inf("leda"), inf("bevaka"), pres("bedrivs", "bedriva", "pass"), SKA1,
           inf("bereda"),
           inf("hålla")],
          [ordf("leda", "styrelsens arbete"),
           ordf("bevaka", "att det bedrivs effektivt"),
           ordf("bereda", "ärenden inför varje sammanträde", "ordföranden", condition=SAM),
           ordf("hålla", "kontakt med ägaren, Västerby kommun, genom kommunstyrelsens ordförande",
                "ordföranden", condition=SAM)]),
    ahead(3, AL[7]),
    apara("§3.1", AL[8], [("Styrelsen", ST, POL)],
          [pres("håller", "hålla"), SKA, inf("skickas", "skicka", "pass")],
          [st(ST, "Styrelsen", "none", None, "hålla", "håller",
              "minst sju sammanträden per kalenderår"),
           st(None, None, "obligation", "ska", "skicka", "skickas",
              "senast åtta dagar i förväg", passive=True)]),
    apara("§3.2", AL[9], [("ledamot", *LED), ("VD", VD, TJP), ("ordföranden", SO, FTV),
                          ("styrelsen", ST, POL)],
          [pres("begär", "begära"), SKA, inf("kalla")],
          [ordf("kalla", "styrelsen till ett extra sammanträde", "ordföranden",
                condition="Om en ledamot eller VD begär det")]),
    ahead(4, AL[10], [("Verkställande direktörens", VD, TJP)]),
    apara("§4.1", AL[11], [("Verkställande direktören", VD, TJP)], [SKA, inf("rapportera")]),
    rapport("§4.1.a", AL[12]),
    rapport("§4.1.b", AL[13]),
    rapport("§4.1.c", AL[14]),
    ahead(5, AL[15]),
    apara("§5.1", AL[16], [("Styrelsen", ST, POL), ("VD:s", VD, TJP)],
          [SKA, inf("utvärdera"), inf("lämna"), pres("behövs", "behöva", "pass")],
          [styr("utvärdera", "sitt eget arbete och VD:s arbete"),
           styr("lämna", "förslag till ändringar i denna arbetsordning",
                condition="när det behövs")]),
]

# (3) A socialnämnd's reglemente flattened from a PDF: blank-line blocks wrapped at the width.
D = "w57-y-reglemente"
FOOT = "Reglemente för socialnämnden                     {} (2)"
RB = [
    "REGLEMENTE FÖR SOCIALNÄMNDEN I NORRFALLA KOMMUN",
    "Antaget av kommunfullmäktige 2026-02-23, § 19",
    "1. Nämndens ansvarsområde",
    "Socialnämnden fullgör de uppgifter som enligt socialtjänstlagen ankommer på\n"
    "kommunen. Nämnden ansvarar även för kommunens tillsyn enligt alkohollagen och\n"
    "för serveringstillstånd.",
    "2. Särskilda uppgifter",
    "Nämnden ska särkilt:\n"
    "a) verka för en god social miljö i kommunen,\n"
    "b) följa upp och redovisa verksamhetens kvalitet till kommunstyrelsen två\n"
    "gånger per år,\n"
    "c) samverka med regionen och övriga myndigheter i sådant som berör nämndens\n"
    "område.",
    FOOT.format(1),
    "3. Personalansvar",
    "Nämnden är anställningsmyndighet inom socialförvaltningen, med undantag för\n"
    "förvaltningschefen som anställs av kommunstyrelsen.",
    "4. Brådskande ärenden",
    "I ärenden där nämndens avgörande inte kan vänta får enligt kommunallagen\n"
    "ordföranden fatta beslut i nämndens ställe. Ett sådant beslut ska sedan anmälas\n"
    "när nämnden sammanträder nästa gång.",
    "5. Sammanträden och utskott",
    "Nämnden sammanträder enligt en plan som nämnden själv fastställer i december varje\n"
    "år. Ordföranden ska sammankalla nämnden till extra möte om minst tre av\n"
    "ledamöterna begär det.\n"
    "Inom nämnden finns ett individutskott med tre ledamöter och tre ersättare.",
    "Individutskottet fattar beslut om ekonomiskt bistånd och placeringar enligt\n"
    "nämndens delegationsordning och ska regelbundet återrapportera till nämnden.",
    FOOT.format(2),
]
RG_TEXT = page(RB)
SN = "socialnämnd"
NA = "nämnd"
NK = "norrfalla kommun"
SNO = "socialnämndens ordförande"
IU = "individutskott"


def rhead(n, block, actors=()):
    """A numbered heading `N. Rubrik`."""
    label = f"{n}."
    assert block.startswith(label + " ")
    return rec(str(n), block[len(label) + 1:], actors, doc=D, kind="heading", label=label)


def rpara(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph of section N."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def nmd(aim, obj_text, deontic="obligation", modal="ska", text="Nämnden", aim_text=None, **kw):
    """The nämnd's act (`Nämnden` stays `nämnd` in its own reglemente)."""
    return st(NA, text, deontic, modal, aim, aim_text or aim, obj_text, **kw)


R_LEAD, R_A, R_B, R_C = ("Nämnden ska särkilt:",
                         "verka för en god social miljö i kommunen,",
                         "följa upp och redovisa verksamhetens kvalitet till kommunstyrelsen två "
                         "gånger per år,",
                         "samverka med regionen och övriga myndigheter i sådant som berör "
                         "nämndens område.")
assert unwrap(RB[5]) == f"{R_LEAD} a) {R_A} b) {R_B} c) {R_C}"


def sarskilt(cid, label, text, actors, verbs, aims):
    """An `a)`–`c)` item under `Nämnden ska särkilt:`."""
    return item(cid, text, actors, verbs,
                [nmd(aim, obj(text)[len(skip):]) for aim, skip in aims], doc=D, parent="2.1",
                label=label)


R_UPPF = "verksamhetens kvalitet till kommunstyrelsen två gånger per år"

REGLEMENTE = [
    rec("title", RB[0], [("SOCIALNÄMNDEN", SN, POL), ("NORRFALLA KOMMUN", NK, ORG)], doc=D,
        kind="heading"),
    rec("m1", RB[1], [("kommunfullmäktige", "kommunfullmäktige", POL)], doc=D),
    rhead(1, RB[2], [("Nämndens", NA, POL)]),
    rpara("1.1", unwrap(RB[3]),
          [("Socialnämnden", SN, POL), ("kommunen", NK, ORG), ("Nämnden", NA, POL),
           ("kommunens", NK, ORG)],
          [pres("fullgör", "fullgöra"), pres("ankommer", "ankomma"), pres("ansvarar", "ansvara")],
          [st(SN, "Socialnämnden", "none", None, "fullgöra", "fullgör",
              "de uppgifter som enligt socialtjänstlagen ankommer på kommunen"),
           nmd("ansvara", "kommunens tillsyn enligt alkohollagen och för serveringstillstånd",
               "responsibility", "ansvarar för", aim_text="ansvarar")],
          ["enligt socialtjänstlagen", "enligt alkohollagen"]),
    rhead(2, RB[4]),
    rpara("2.1", R_LEAD, [("Nämnden", NA, POL)], [SKA]),
    sarskilt("2.1.a", "a)", R_A, [("kommunen", NK, ORG)], [inf("verka")],
             [("verka", "verka ")]),
    sarskilt("2.1.b", "b)", R_B, [("kommunstyrelsen", KST, POL)],
             [inf("följa"), inf("redovisa")], [("följa", "följa upp och redovisa "),
                                               ("redovisa", "följa upp och redovisa ")]),
    sarskilt("2.1.c", "c)", R_C,
             [("regionen", "region", EXT), ("myndigheter", "myndighet", EXT),
              ("nämndens", NA, POL)],
             [inf("samverka"), pres("berör", "beröra")], [("samverka", "samverka ")]),
    rhead(3, RB[7]),
    rpara("3.1", unwrap(RB[8]),
          [("Nämnden", NA, POL), ("socialförvaltningen", "socialförvaltning", FORV),
           ("förvaltningschefen", FC, TJP), ("kommunstyrelsen", KST, POL)],
          [AR, pres("anställs", "anställa", "pass")],
          [nmd("vara", "anställningsmyndighet inom socialförvaltningen", "none", None,
               aim_text="är")]),
    rhead(4, RB[9]),
    rpara("4.1", unwrap(RB[10]),
          [("nämndens", NA, POL), ("ordföranden", SNO, FTV), ("nämndens", NA, POL, 1),
           ("nämnden", NA, POL)],
          [("kan", "kunna", "pres", "act"), inf("vänta"), FAR,
           inf("fatta"), SKA, inf("anmälas", "anmäla", "pass"),
           pres("sammanträder", "sammanträda")],
          [st(SNO, "ordföranden", "permission", "får", "fatta", "fatta",
              "beslut i nämndens ställe", condition="enligt kommunallagen"),
           st(None, None, "obligation", "ska", "anmäla", "anmälas", None, passive=True,
              condition="när nämnden sammanträder nästa gång")]),
    rhead(5, RB[11]),
    rpara("5.1", unwrap(RB[12]),
          [("Nämnden", NA, POL), ("nämnden", NA, POL), ("Ordföranden", SNO, FTV),
           ("nämnden", NA, POL, 1), ("ledamöterna", *LED), ("nämnden", NA, POL, 2),
           ("individutskott", IU, POL),
           ("ledamöter", *LED), ("ersättare", "ersättare", FTV)],
          [pres("sammanträder", "sammanträda"), pres("fastställer", "fastställa"), SKA,
           inf("sammankalla"), pres("begär", "begära"), pres("finns", "finnas")],
          [nmd("sammanträda", None, "none", None, aim_text="sammanträder",
               condition="enligt en plan som nämnden själv fastställer i december varje år"),
           st(SNO, "Ordföranden", "obligation", "ska", "sammankalla", "sammankalla",
              "nämnden till extra möte",
              condition="om minst tre av ledamöterna begär det")]),
    rpara("5.2", unwrap(RB[13]),
          [("Individutskottet", IU, POL), ("nämndens", NA, POL), ("nämnden", NA, POL)],
          [pres("fattar", "fatta"), SKA, inf("återrapportera")],
          [st(IU, "Individutskottet", "none", None, "fatta", "fattar",
              "beslut om ekonomiskt bistånd och placeringar",
              condition="enligt nämndens delegationsordning"),
           st(IU, "Individutskottet", "obligation", "ska", "återrapportera", "återrapportera",
              "till nämnden")]),
]

# (4) A delegation guide for managers, copied from a browser: one paragraph a line.
D = "w57-y-delegering"
DG_TEXT = """Delegering – så fungerar det
Vägledning för chefer i Ekeberga kommun
Vad är delegering?
Delegering innebär att en nämnd överlåter sin rätt att fatta beslut till ett av sina \
utskott, till en ledamot eller till en tjänsteperson. Nämnden har fortfarande det yttersta \
ansvaret och kan också återkalla delegationen.
Den 14 oktober 2026 beslutade kommunstyrelsen om en ny delegationsordning som gäller från och \
med 1 januari 2027.
Delegatens befogenheter
Delegaten får bara besluta i de ärenden som står i nämndens delegationsordning och ska hålla \
sig inom ramen för budget och fastställda riktlinjer. Delegaten får inte fatta beslut i ett \
ärende om hen är jävig.
Anmälan av beslut
Beslut som delegaten fattar med stöd av delegation ska rapporteras till nämnden, normalt vid \
nästa sammanträde. Det är delegaten som ansvarar för att anmälan görs.
Vidaredelegation Förvaltningschefen får, om nämnden har beslutat det, vidaredelegera \
beslutanderätten i sådana ärenden till en enhetschef inom förvaltningen.
Exempel på delegerade beslut:
Ärende\tDelegat\tAnmärkning
Anställning av enhetschef\tFörvaltningschef\tEfter samråd med HR-chefen
Attest av leverantörsfakturor\tBudgetansvarig\tInom egen budget
Yttrande till länsstyrelsen\tFörvaltningschef\t
Frågor om delegering kan ställas till kanslienheten, telefon 0524-55 10 00.
"""
GL = DG_TEXT.split("\n")
DEL = "delegat"
VIDARE = "Vidaredelegation"
assert GL[9].startswith(VIDARE + " ")


def cells(line):
    """A tab-separated table row as its cells joined by one space."""
    return " ".join(cell for cell in line.split("\t") if cell)


def dele(deontic, modal, aim, obj_text, text="Delegaten", **kw):
    """The delegate's act."""
    return st(DEL, text, deontic, modal, aim, aim, obj_text, **kw)


DELEGERING = [
    rec("title", GL[0], doc=D, kind="heading"),
    rec("sub", GL[1], [("chefer", "chef", TJP), ("Ekeberga kommun", "ekeberga kommun", ORG)],
        doc=D, kind="heading"),
    rec("h1", GL[2], doc=D, kind="heading"),
    rec("1", GL[3],
        [("nämnd", NA, POL), ("utskott", "utskott", POL), ("ledamot", *LED),
         ("tjänsteperson", "tjänsteperson", TJP), ("Nämnden", NA, POL)],
        [pres("innebär", "innebära"), pres("överlåter", "överlåta"), inf("fatta"), HAR,
         ("kan", "kunna", "pres", "act"), inf("återkalla")],
        [st(NA, "Nämnden", "none", None, "ha", "har", "det yttersta ansvaret"),
         st(NA, "Nämnden", "permission", "kan", "återkalla", "återkalla", "delegationen")],
        doc=D, parent="h1"),
    rec("2", GL[4], [("kommunstyrelsen", KST, POL)],
        [("beslutade", "besluta", "past", "act"), pres("gäller", "gälla")],
        [st(KST, "kommunstyrelsen", "none", None, "besluta", "beslutade",
            "om en ny delegationsordning som gäller från och med 1 januari 2027")],
        doc=D, parent="h1"),
    rec("h2", GL[5], [("Delegatens", DEL, TJP)], doc=D, kind="heading"),
    rec("3", GL[6],
        [("Delegaten", DEL, TJP), ("nämndens", NA, POL), ("Delegaten", DEL, TJP, 1)],
        [FAR, inf("besluta"), pres("står", "stå"), SKA, inf("hålla"), FAR1, inf("fatta"), AR],
        [dele("permission", "får", "besluta",
              "i de ärenden som står i nämndens delegationsordning"),
         dele("obligation", "ska", "hålla", None,
              condition="inom ramen för budget och fastställda riktlinjer"),
         dele("prohibition", "får inte", "fatta", "beslut i ett ärende", negated=True,
              condition="om hen är jävig")],
        doc=D, parent="h2"),
    rec("h3", GL[7], doc=D, kind="heading"),
    rec("4", GL[8], [("delegaten", DEL, TJP), ("nämnden", NA, POL), ("delegaten", DEL, TJP, 1)],
        [pres("fattar", "fatta"), SKA, inf("rapporteras", "rapportera", "pass"), AR,
         pres("ansvarar", "ansvara"), pres("görs", "göra", "pass")],
        [st(None, None, "obligation", "ska", "rapportera", "rapporteras",
            "till nämnden, normalt vid nästa sammanträde", passive=True,
            condition="med stöd av delegation"),
         st(DEL, "delegaten", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att anmälan görs")], doc=D, parent="h3"),
    rec("h4", VIDARE, doc=D, kind="heading"),
    rec("5", GL[9][len(VIDARE) + 1:],
        [("Förvaltningschefen", FC, TJP), ("nämnden", NA, POL), ("enhetschef", EC, TJP),
         ("förvaltningen", "förvaltning", FORV)],
        [FAR, HAR, sup("beslutat", "besluta"), inf("vidaredelegera")],
        [st(FC, "Förvaltningschefen", "permission", "får", "vidaredelegera", "vidaredelegera",
            "beslutanderätten i sådana ärenden till en enhetschef inom förvaltningen",
            condition="om nämnden har beslutat det")], doc=D, parent="h4"),
    rec("6", GL[10], doc=D, parent="h4"),
    rec("6.h", cells(GL[11]), doc=D, kind="heading", parent="6"),
    rec("6.1", cells(GL[12]),
        [("enhetschef", EC, TJP), ("Förvaltningschef", FC, TJP), ("HR-chefen", "hr-chef", TJP)],
        conditions=["Efter samråd med HR-chefen"], doc=D, parent="6"),
    rec("6.2", cells(GL[13]), [("Budgetansvarig", "budgetansvarig", TJP)], doc=D, parent="6"),
    rec("6.3", cells(GL[14]),
        [("länsstyrelsen", "länsstyrelse", EXT), ("Förvaltningschef", FC, TJP)], doc=D,
        parent="6"),
    rec("7", GL[15], [("kanslienheten", "kanslienhet", FORV)],
        [("kan", "kunna", "pres", "act"), inf("ställas", "ställa", "pass")], doc=D),
]

# (5) A region's page on its regiondirektör and regionledningsgrupp: one line a clause.
D = "w57-y-regionledning"
RL_TEXT = """Hoppa till sidans innehåll
Meny
Sök
Start / Om Region Skogmark / Organisation / Regiondirektör och regionledningsgrupp
Regiondirektör och regionledningsgrupp
Regiondirektören är Region Skogmarks ledande tjänsteperson och chef för regionens samtliga \
förvaltningar. Regiondirektören ansvarar för att verksamheten utvecklas i linje med \
regionfullmäktiges mål och budget och rapporterar löpande till regionstyrelsen.
Den 1 september 2026 tillträdde Jonas Aldén tjänsten efter ett halvår som tillförordnad.
– Jonas har en bred erfarenhet av både hälso- och sjukvård och regional utveckling, säger \
Karin Holmgren (S), regionstyrelsens ordförande.
Regionledningsgruppen
Regiondirektören leder regionledningsgruppen, som består av direktörerna för regionens fyra \
förvaltningar samt ekonomidirektören och HR-direktören.
Gruppen sammanträder varje måndag och ska bland annat samordna arbetet med regionens \
verksamhetsplan och följa upp beslut som gäller flera förvaltningar.
Regionledningsgruppens sammansättning
Regiondirektör
Jonas Aldén
Biträdande regiondirektör
Lena Fors
Hälso- och sjukvårdsdirektör
Petra Wiklund
Regional utvecklingsdirektör
Omar Haddad
Ekonomidirektör
Eva Lundell
HR-direktör
Mats Grahn
Relaterade sidor:
Regionstyrelsen
Regionfullmäktige
Instruktion för regiondirektören
Dela på Facebook | Skriv ut
Senast uppdaterad: 2026-11-20
"""
LL = RL_TEXT.split("\n")
RD = "regiondirektör"
RS = "regionstyrelse"
RSK = "region skogmark"
RLG = "regionledningsgrupp"
RF = "regionfullmäktige"
RSO = "regionstyrelsens ordförande"
assert LL[7].startswith("– ")


def grp(deontic, modal, aim, aim_text, obj_text):
    """The regionledningsgrupp's act (`Gruppen`: the only -grupp body named)."""
    return st(RLG, "Gruppen", deontic, modal, aim, aim_text, obj_text)


CHART = [("Regiondirektör", RD), ("Biträdande regiondirektör", "biträdande regiondirektör"),
         ("Hälso- och sjukvårdsdirektör", "hälso- och sjukvårdsdirektör"),
         ("Regional utvecklingsdirektör", "regional utvecklingsdirektör"),
         ("Ekonomidirektör", "ekonomidirektör"), ("HR-direktör", "hr-direktör")]
assert [LL[12 + 2 * n] for n in range(6)] == [title for title, _ in CHART]

REGIONLEDNING = [
    rec("title", LL[4], [("Regiondirektör", RD, TJP), ("regionledningsgrupp", RLG, FORV)],
        doc=D, kind="heading"),
    rec("1", LL[5],
        [("Regiondirektören", RD, TJP), ("Region Skogmarks", RSK, ORG), ("regionens", RSK, ORG),
         ("förvaltningar", "förvaltning", FORV), ("Regiondirektören", RD, TJP, 1),
         ("regionfullmäktiges", RF, POL), ("regionstyrelsen", RS, POL)],
        [AR, pres("ansvarar", "ansvara"), pres("utvecklas", "utveckla", "pass"),
         pres("rapporterar", "rapportera")],
        [st(RD, "Regiondirektören", "none", None, "vara", "är",
            "Region Skogmarks ledande tjänsteperson och chef för regionens samtliga "
            "förvaltningar"),
         st(RD, "Regiondirektören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att verksamheten utvecklas i linje med regionfullmäktiges mål och budget"),
         st(RD, "Regiondirektören", "none", None, "rapportera", "rapporterar",
            "till regionstyrelsen")], doc=D),
    rec("2", LL[6], (), [("tillträdde", "tillträda", "past", "act")], doc=D),
    rec("3", LL[7][2:], [("regionstyrelsens ordförande", RSO, FTV)],
        [HAR, pres("säger", "säga")], doc=D, label="–"),
    rec("h1", LL[8], [("Regionledningsgruppen", RLG, FORV)], doc=D, kind="heading"),
    rec("4", LL[9],
        [("Regiondirektören", RD, TJP), ("regionledningsgruppen", RLG, FORV),
         ("direktörerna", "direktör", TJP), ("regionens", RSK, ORG),
         ("förvaltningar", "förvaltning", FORV), ("ekonomidirektören", "ekonomidirektör", TJP),
         ("HR-direktören", "hr-direktör", TJP)],
        [pres("leder", "leda"), pres("består", "bestå")],
        [st(RD, "Regiondirektören", "none", None, "leda", "leder",
            "regionledningsgruppen, som består av direktörerna för regionens fyra förvaltningar "
            "samt ekonomidirektören och HR-direktören")], doc=D, parent="h1"),
    rec("5", LL[10],
        [("Gruppen", RLG, FORV), ("regionens", RSK, ORG), ("förvaltningar", "förvaltning", FORV)],
        [pres("sammanträder", "sammanträda"), SKA, inf("samordna"), inf("följa"),
         pres("gäller", "gälla")],
        [grp("none", None, "sammanträda", "sammanträder", "varje måndag"),
         grp("obligation", "ska", "samordna", "samordna", "arbetet med regionens verksamhetsplan"),
         grp("obligation", "ska", "följa", "följa", "beslut som gäller flera förvaltningar")],
        doc=D, parent="h1"),
    rec("h2", LL[11], [("Regionledningsgruppens", RLG, FORV)], doc=D, kind="heading"),
]
for n, (title, canonical) in enumerate(CHART):
    REGIONLEDNING.append(rec(f"6.{2 * n + 1}", LL[12 + 2 * n], [(title, canonical, TJP)], doc=D,
                             parent="h2"))
    REGIONLEDNING.append(rec(f"6.{2 * n + 2}", LL[13 + 2 * n], doc=D, parent="h2"))
REGIONLEDNING += [
    rec("7", LL[24], doc=D),
    item("7.a", LL[25], [("Regionstyrelsen", RS, POL)], doc=D, parent="7"),
    item("7.b", LL[26], [("Regionfullmäktige", RF, POL)], doc=D, parent="7"),
    item("7.c", LL[27], [("regiondirektören", RD, TJP)], doc=D, parent="7"),
    rec("m1", LL[29], doc=D),
]

# (6) A kommunalförbund's förbundsordning excerpt copied from a PDF: blank-line blocks.
D = "w57-y-forbundsordning"
FFOOT = "Förbundsordning Räddningstjänst Höglunda              Sida {} av 2"
FB = [
    "FÖRBUNDSORDNING FÖR RÄDDNINGSTJÄNST HÖGLUNDA",
    "Antagen hösten 2026 av fullmäktige i förbundets tre medlemskommuner",
    "§ 1 Namn och säte",
    "Förbundets namn är Räddningstjänst Höglunda. Förbundet har sitt säte i\n"
    "Brattfors kommun.",
    "§ 2 Medlemmar",
    "I förbundet ingår följande tre kommuner:\n"
    "– Brattfors kommun\n"
    "– Stensjö kommun\n"
    "– Ulvkärrs kommun",
    "§ 3 Ändamål",
    "Förbundet ska på medlemmarnas uppdrag bedriva räddningstjänst och olycksförebyggande\n"
    "arbete i enlighet med lagen om skydd mot olyckor (LSO). Därutöver får förbundet,\n"
    "efter beslut i direktionen, sälja utbildning och tjänster till andra kommuner.",
    "§ 4 Organisation och ledning",
    "Direktionen, som är förbundets beslutande organ, består av en ledamot och en\n"
    "ersättare per medlemskommun. Ledamöter och ersättare väljs av fullmäktige i\n"
    "den kommun de representerar.",
    "Förbundsdirektören leder förbundets verksamhet under direktionen och svarar för att\n"
    "direktionens beslut blir genomförda. Direktionen utser förbundsdirektör.",
    FFOOT.format(1),
    "§ 5 Andelar",
    "Tabellen nedan visar medlemskommunernas ägarandelar i förbundet. Andelarna ligger\n"
    "också till grund för kostnadsfördelningen.",
    "Medlem                  Andel\n"
    "Brattfors kommun        52 %\n"
    "Stensjö kommun          30 %\n"
    "Ulvkärrs kommun         18 %",
    "Direktionen ska vart fjärde år lämna förslag till medlemmarna om en ny fördelning\n"
    "av andelarna.",
    "§ 6 Budget",
    "Direktionen ska varje år före den 30 november fastställa budget för förbundet, efter\n"
    "samråd med medlemmarna.",
    FFOOT.format(2),
]
FO_TEXT = page(FB)
RTH = "räddningstjänst höglunda"
DIR = "direktion"
FD = "förbundsdirektör"
MK = "medlemskommun"
MEDLEM = ("medlem", OVR)
KOMMUNER = ("brattfors kommun", "stensjö kommun", "ulvkärrs kommun")
F_LEAD = "I förbundet ingår följande tre kommuner:"
F_TABLE = FB[14].split("\n")


def fhead(n, block, actors=()):
    """A `§ N Rubrik` heading block."""
    label = f"§ {n}"
    assert block.startswith(label + " ")
    return rec(f"§{n}", block[len(label) + 1:], actors, doc=D, kind="heading", label=label)


def fpara(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph under a `§ N` heading."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def dirn(aim, obj_text, **kw):
    """The direktion's duty."""
    return st(DIR, "Direktionen", "obligation", "ska", aim, aim, obj_text, **kw)


def member(cid, line):
    """A dash item under `I förbundet ingår följande tre kommuner:`."""
    assert line.startswith("– ")
    name = line[2:]
    return item(cid, name, [(name, name.lower(), ORG)], (),
                [st(name.lower(), name, "none", None, "ingå", "ingår")], doc=D,
                parent="§2.1", label="–")


def share(cid, line):
    """A row of the shares table: a member and its share."""
    text = unwrap(line)
    name = " ".join(text.split()[:2])
    return fpara(cid, text, [(name, name.lower(), ORG)])


F_ITEMS = FB[5].split("\n")

FORBUNDSORDNING = [
    rec("title", FB[0], [("RÄDDNINGSTJÄNST HÖGLUNDA", RTH, ORG)], doc=D, kind="heading"),
    rec("m1", FB[1], [("fullmäktige", "fullmäktige", POL), ("förbundets", RTH, ORG),
                      ("medlemskommuner", MK, ORG)],
        doc=D),
    fhead(1, FB[2]),
    fpara("§1.1", unwrap(FB[3]),
          [("Förbundets", RTH, ORG), ("Räddningstjänst Höglunda", RTH, ORG),
           ("Förbundet", RTH, ORG), ("Brattfors kommun", KOMMUNER[0], ORG)],
          [AR, HAR],
          [st(RTH, "Förbundet", "none", None, "ha", "har", "sitt säte i Brattfors kommun")]),
    fhead(2, FB[4], [("Medlemmar", *MEDLEM)]),
    fpara("§2.1", F_ITEMS[0], [("förbundet", RTH, ORG), ("kommuner", "kommun", ORG)],
          [pres("ingår", "ingå")]),
    member("§2.1.a", F_ITEMS[1]),
    member("§2.1.b", F_ITEMS[2]),
    member("§2.1.c", F_ITEMS[3]),
    fhead(3, FB[6]),
    fpara("§3.1", unwrap(FB[7]),
          [("Förbundet", RTH, ORG), ("medlemmarnas", *MEDLEM), ("förbundet", RTH, ORG),
           ("direktionen", DIR, POL), ("kommuner", "kommun", ORG)],
          [SKA, inf("bedriva"), FAR, inf("sälja")],
          [st(RTH, "Förbundet", "obligation", "ska", "bedriva", "bedriva",
              "räddningstjänst och olycksförebyggande arbete",
              condition="i enlighet med lagen om skydd mot olyckor (LSO)"),
           st(RTH, "förbundet", "permission", "får", "sälja", "sälja",
              "utbildning och tjänster till andra kommuner")]),
    fhead(4, FB[8]),
    fpara("§4.1", unwrap(FB[9]),
          [("Direktionen", DIR, POL), ("förbundets", RTH, ORG), ("organ", "organ", POL),
           ("ledamot", *LED), ("ersättare", "ersättare", FTV), ("medlemskommun", MK, ORG),
           ("Ledamöter", *LED), ("ersättare", "ersättare", FTV, 1),
           ("fullmäktige", "fullmäktige", POL), ("kommun", "kommun", ORG)],
          [AR, pres("består", "bestå"), pres("väljs", "välja", "pass"),
           pres("representerar", "representera")],
          [st(DIR, "Direktionen", "none", None, "bestå", "består",
              "av en ledamot och en ersättare per medlemskommun"),
           st("fullmäktige", "fullmäktige", "none", None, "välja", "väljs",
              "Ledamöter och ersättare", passive=True)]),
    fpara("§4.2", unwrap(FB[10]),
          [("Förbundsdirektören", FD, TJP), ("förbundets", RTH, ORG), ("direktionen", DIR, POL),
           ("direktionens", DIR, POL), ("Direktionen", DIR, POL), ("förbundsdirektör", FD, TJP)],
          [pres("leder", "leda"), pres("svarar", "svara"), pres("blir", "bli"),
           pres("utser", "utse")],
          [st(FD, "Förbundsdirektören", "none", None, "leda", "leder",
              "förbundets verksamhet under direktionen"),
           st(FD, "Förbundsdirektören", "responsibility", "svarar för", "svara", "svarar",
              "att direktionens beslut blir genomförda"),
           st(DIR, "Direktionen", "none", None, "utse", "utser", "förbundsdirektör")]),
    fhead(5, FB[12]),
    fpara("§5.1", unwrap(FB[13]),
          [("medlemskommunernas", MK, ORG), ("förbundet", RTH, ORG)],
          [pres("visar", "visa"), pres("ligger", "ligga")]),
    rec("§5.h", unwrap(F_TABLE[0]), doc=D, kind="heading", parent="§5"),
    share("§5.2", F_TABLE[1]),
    share("§5.3", F_TABLE[2]),
    share("§5.4", F_TABLE[3]),
    fpara("§5.5", unwrap(FB[15]), [("Direktionen", DIR, POL), ("medlemmarna", *MEDLEM)],
          [SKA, inf("lämna")],
          [dirn("lämna", "förslag till medlemmarna om en ny fördelning av andelarna")]),
    fhead(6, FB[16]),
    fpara("§6.1", unwrap(FB[17]),
          [("Direktionen", DIR, POL), ("förbundet", RTH, ORG), ("medlemmarna", *MEDLEM)],
          [SKA, inf("fastställa")],
          [dirn("fastställa", "budget för förbundet", condition="efter samråd med medlemmarna")]),
]

DOCUMENTS = {"w57-y-kommundirektor": (KD_TEXT, KOMMUNDIREKTOR),
             "w57-y-arbetsordning": (AO_TEXT, ARBETSORDNING),
             "w57-y-reglemente": (RG_TEXT, REGLEMENTE),
             "w57-y-delegering": (DG_TEXT, DELEGERING),
             "w57-y-regionledning": (RL_TEXT, REGIONLEDNING),
             "w57-y-forbundsordning": (FO_TEXT, FORBUNDSORDNING)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w57-y", DOCUMENTS)
