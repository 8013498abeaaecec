"""Builds corpus/dev/w51-y.jsonl and the pages corpus/dev/w51-y-*.txt with their gold: the blind
probe w51-y of round 51 (invented governance texts of kinds the corpus rarely saw, as copied from
a PDF viewer, a browser, a Word export or a scan), written and annotated by hand from
docs/annotation.md §1–§5 and the rulings at its end before any run; the writer never ran the
extractor on them.
`w51-y-revision` (a kommun's revisionsreglemente copied from a PDF: blank-line blocks wrapped
over lines with line-end hyphens joined (§1.1), `§ N` sentence paragraphs under verbless
headings, a lone `Sida N (5)` footer between blocks (running furniture, round 44), `Revisorerna
ska …`, `Revisorerna har rätt att …`, `Revisionens budget bereds av fullmäktiges presidium`, a
chair introduced by `väljer inom sig en ordförande` then `Ordföranden` (§2.3: the auditors'
chair), `Vid sammanträdena förs protokoll som justeras av …` (no statement));
`w51-y-agardirektiv` (a municipal energy company's ägardirektiv as a web page: skip link, menu
and `/` trail, a naming clause `nedan kallat bolaget`, `Bolaget ska …`, `Styrelsen ska årligen
…`, `Bolaget får inte utan fullmäktiges godkännande …`, `Kommunen ska ges möjlighet att ta
ställning innan …` (a modal stacked on the passive grant, §5.3 round 29), numbered sub-points
`4.1`–`4.3`, a `Fastställd av kommunfullmäktige …` line and an update line);
`w51-y-attest` (an attestreglemente, one paragraph a line: `Det åligger varje nämnd att …`,
`ansvarar för att`, roles as nouns (`beslutsattestant`, `behörighetsattestant`,
`förvaltningschef`), a flattened two-column table `Roll Ansvar` whose rows open with the role
cell before a capitalised verb, `får inte` + passive with an `av`-agent);
`w51-y-krisledning` (a krisledningsnämnd's reglemente as a Word export, a blank line after every
paragraph: `Nämnden får besluta …`, `Ordföranden, eller vid förfall för denne vice
ordföranden, får fatta beslut … om det inte kan avvaktas …`, `ska anmälas vid nästa
sammanträde`, bracketed references `(KL 6 kap 39 §)`, `(LEH 2 kap 6 §)`, a non-actor subject
after a `När`-condition); `w51-y-instruktion` (an instruktion för förvaltningschefen of a
miljö- och byggnämnd from a scan: headings in capitals, OCR damage kept as printed (`rn` for
`m` inside an actor and a verb, `1` for `l` inside the cue `se till att` and plain words),
words broken over lines, `har rätt att … inom ramen för …`, an `av`-agent that is an owned
arbetsutskott, a pronoun subject `Denne` (no statement)); `w51-y-stadgar` (a
bostadsrättsförening's stadgar: a naming clause `Föreningens firma är …`, `har till ändamål
att`, `Ordinarie föreningsstämma skall hållas …`, `Stämman väljer …`, `§ 14 Styrelsens
åligganden`, `Styrelsen skall …`, an incomplete lead-in `Det åligger styrelsen att:` over
numbered infinitive items, one wrapped, `Ledamot som … får inte …`, `Föreningens firma tecknas
av styrelsen`). Offsets computed.
Run: python corpus/make_w51_y.py corpus/dev"""

import re
import sys

from records import (
    AR,
    EXT,
    FAR,
    FORV,
    HAR,
    KAN,
    ORG,
    POL,
    SKA,
    SKALL,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

FTV = "förtroendevald"
rec = records_for("w51-y", conditions_from_statements=True)
KF = "kommunfullmäktige"
ST = "styrelse"
KST = "kommunstyrelse"
REV = "revisor"
NMD = "nämnd"


def item(cid, text, actors=(), verbs=(), statements=(), *, doc, parent, label):
    """A list item."""
    return rec(cid, text, actors, verbs, statements, doc=doc, kind="list_item", parent=parent,
               label=label)


def sup(word, lemma, voice="act", nth=0):
    """A supine VERB tuple."""
    return (word, lemma, "sup", voice, nth)


def unwrap(block):
    """A block's lines as §1.1 joins them: a line-end hyphen before a lower-case letter joins
    the word, any other line break is one space."""
    return re.sub(r"(?<=[^\W\d_])-\n(?=[a-zåäö])", "", block).replace("\n", " ")


def body(block, label):
    """A labelled block's clause text: unwrapped, without its label."""
    text = unwrap(block)
    assert text.startswith(label + " "), (label, text)
    return text[len(label) + 1:]


def page(blocks):
    """A document's text from its blank-line blocks."""
    return "\n\n".join(blocks) + "\n"


# (1) A kommun's revisionsreglemente copied from a PDF: blank-line blocks, wrapped lines.
D = "w51-y-revision"
RB = [
    "Revisionsreglemente för Lövstrands kommun",
    "Antaget av kommunfullmäktige 2026-04-27, § 58",
    "Revisorernas antal och val",
    "§ 1 Kommunfullmäktige väljer sju revisorer för granskningen av nämn-\n"
    "dernas verksamhet under mandatperioden.",
    "§ 2 Revisorerna utser vid sitt första sammanträde en av sig till ordförande och\n"
    "en annan till vice ordförande. Ordföranden leder revisorernas arbete och kallar till\n"
    "sammanträden.",
    "Revisorernas uppgifter",
    "§ 3 Revisorerna ska årligen granska all verksamhet som bedrivs inom nämndernas och "
    "fullmäktigebered-\n"
    "ningarnas verksamhetsområden enligt god revisionssed.",
    "Sida 1 (5)",
    "§ 4 Revisorerna har rätt att ta del av de handlingar och upplysningar som\n"
    "behövs för granskningen. Nämnderna och deras anställda ska lämna revisorerna\n"
    "de uppgifter som begärs.",
    "§ 5 Revisorerna får vid behov anlita sakkunniga till sin hjälp. Uppdragen till\n"
    "de sakkunniga beslutas av revisorerna.",
    "Revisionens budget och redovisning",
    "§ 6 Revisionens budget bereds av fullmäktiges presidium. Revisorerna ska lämna\n"
    "ett förslag till budget till presidiet senast den 15 mars.",
    "§ 7 Revisorerna ska varje år avge en skriftlig redogörelse för årets granskning till\n"
    "fullmäktige. Berättel-\n"
    "sen ska innehålla ett uttalande i frågan om ansvarsfrihet.",
    "Sida 2 (5)",
    "§ 8 Om en revisor avgår under mandatperioden, ska fullmäktige snarast välja en\n"
    "ersättare för den återstående tiden.",
    "Sammanträden och protokoll",
    "§ 9 Revisorerna sammanträder minst sex gånger per år. Vid sammanträdena förs\n"
    "protokoll som ordföranden och en av de övriga revisorerna justerar.",
]
REV_TEXT = page(RB)
RO = "revisorernas ordförande"
KFP = "kommunfullmäktiges presidium"
R_COND = "Om en revisor avgår under mandatperioden"


def rpara(n, block, actors=(), verbs=(), statements=(), conditions=(), parent=None):
    """A `§ N` paragraph of the revisionsreglemente."""
    label = f"§ {n}"
    return rec(f"§{n}", body(block, label), actors, verbs, statements, conditions, doc=D,
               parent=parent, label=label)


REVISION = [
    rec("title", RB[0], [("Lövstrands kommun", "lövstrands kommun", ORG)], doc=D,
        kind="heading"),
    rec("m1", RB[1], [("kommunfullmäktige", KF, POL)], doc=D),
    rec("h1", RB[2], [("Revisorernas", REV, FTV)], doc=D, kind="heading"),
    rpara(1, RB[3], [("Kommunfullmäktige", KF, POL), ("revisorer", REV, FTV),
                     ("nämndernas", NMD, POL)],
          [pres("väljer", "välja")],
          [st(KF, "Kommunfullmäktige", "none", None, "välja", "väljer",
              "sju revisorer för granskningen av nämndernas verksamhet under mandatperioden")],
          parent="h1"),
    rpara(2, RB[4],
          [("Revisorerna", REV, FTV), ("ordförande", "ordförande", FTV),
           ("vice ordförande", "vice ordförande", FTV), ("Ordföranden", RO, FTV),
           ("revisorernas", REV, FTV)],
          [pres("utser", "utse"), pres("leder", "leda"), pres("kallar", "kalla")],
          [st(REV, "Revisorerna", "none", None, "utse", "utser",
              "en av sig till ordförande och en annan till vice ordförande"),
           st(RO, "Ordföranden", "none", None, "leda", "leder", "revisorernas arbete"),
           st(RO, "Ordföranden", "none", None, "kalla", "kallar", "till sammanträden")],
          parent="h1"),
    rec("h2", RB[5], [("Revisorernas", REV, FTV)], doc=D, kind="heading"),
    rpara(3, RB[6],
          [("Revisorerna", REV, FTV), ("nämndernas", NMD, POL),
           ("fullmäktigeberedningarnas", "fullmäktigeberedning", POL)],
          [SKA, inf("granska"), pres("bedrivs", "bedriva", "pass")],
          [st(REV, "Revisorerna", "obligation", "ska", "granska", "granska",
              "all verksamhet som bedrivs inom nämndernas och fullmäktigeberedningarnas "
              "verksamhetsområden", condition="enligt god revisionssed")], parent="h2"),
    rpara(4, RB[8],
          [("Revisorerna", REV, FTV), ("Nämnderna", NMD, POL), ("anställda", "anställd", TJP),
           ("revisorerna", REV, FTV)],
          [HAR, inf("ta"), pres("behövs", "behöva", "pass"), SKA, inf("lämna"),
           pres("begärs", "begära", "pass")],
          [st(REV, "Revisorerna", "permission", "har rätt att", "ta", "ta",
              "del av de handlingar och upplysningar som behövs för granskningen"),
           st(NMD, "Nämnderna", "obligation", "ska", "lämna", "lämna",
              "revisorerna de uppgifter som begärs"),
           st("anställd", "anställda", "obligation", "ska", "lämna", "lämna",
              "revisorerna de uppgifter som begärs")], parent="h2"),
    rpara(5, RB[9],
          [("Revisorerna", REV, FTV), ("sakkunniga", "sakkunnig", EXT),
           ("sakkunniga", "sakkunnig", EXT, 1), ("revisorerna", REV, FTV)],
          [FAR, inf("anlita"), pres("beslutas", "besluta", "pass")],
          [st(REV, "Revisorerna", "permission", "får", "anlita", "anlita",
              "sakkunniga till sin hjälp"),
           st(REV, "revisorerna", "none", None, "besluta", "beslutas",
              "Uppdragen till de sakkunniga", passive=True)], parent="h2"),
    rec("h3", RB[10], [("Revisionens", "revision", POL)], doc=D, kind="heading"),
    rpara(6, RB[11],
          [("Revisionens", "revision", POL), ("fullmäktiges presidium", KFP, POL),
           ("Revisorerna", REV, FTV), ("presidiet", "presidium", POL)],
          [pres("bereds", "bereda", "pass"), SKA, inf("lämna")],
          [st(KFP, "fullmäktiges presidium", "none", None, "bereda", "bereds",
              "Revisionens budget", passive=True),
           st(REV, "Revisorerna", "obligation", "ska", "lämna", "lämna",
              "ett förslag till budget till presidiet senast den 15 mars")], parent="h3"),
    rpara(7, RB[12], [("Revisorerna", REV, FTV), ("fullmäktige", KF, POL)],
          [SKA, inf("avge"), ("ska", "skola", "pres", "act", 1), inf("innehålla")],
          [st(REV, "Revisorerna", "obligation", "ska", "avge", "avge",
              "en skriftlig redogörelse för årets granskning till fullmäktige")], parent="h3"),
    rpara(8, RB[14],
          [("revisor", REV, FTV), ("fullmäktige", KF, POL), ("ersättare", "ersättare", FTV)],
          [pres("avgår", "avgå"), SKA, inf("välja")],
          [st(KF, "fullmäktige", "obligation", "ska", "välja", "välja",
              "en ersättare för den återstående tiden", condition=R_COND)], parent="h3"),
    rec("h4", RB[15], doc=D, kind="heading"),
    rpara(9, RB[16],
          [("Revisorerna", REV, FTV), ("ordföranden", RO, FTV), ("revisorerna", REV, FTV)],
          [pres("sammanträder", "sammanträda"), pres("förs", "föra", "pass"),
           pres("justerar", "justera")],
          [st(REV, "Revisorerna", "none", None, "sammanträda", "sammanträder",
              "minst sex gånger per år")], conditions=["Vid sammanträdena"], parent="h4"),
]

# (2) A municipal energy company's ägardirektiv as a web page, one clause a line.
D = "w51-y-agardirektiv"
AG_TEXT = """Hoppa till huvudinnehåll
Kommun och politik
Styrdokument
Start / Kommun och politik / Styrdokument / Ägardirektiv
Ägardirektiv för Brännvikens Energi AB
1 Inledning
Brännvikens Energi AB, nedan kallat bolaget, ägs till hundra procent av Sörbyns kommun.
Ägardirektivet har antagits av kommunfullmäktige och ska fastställas på en bolagsstämma i \
bolaget.
2 Bolagets verksamhet
Bolaget ska framställa och leverera fjärrvärme och el på affärsmässiga grunder.
Bolaget ska bedriva sin verksamhet enligt de kommunala befogenheter som anges i kommunallagen.
3 Styrning och samråd
Styrelsen ska årligen upprätta en affärsplan och överlämna den till kommunstyrelsen.
Bolaget får inte utan fullmäktiges godkännande bilda dotterbolag eller förvärva fast egendom.
Kommunen ska ges möjlighet att ta ställning innan bolaget går vidare med en investering som \
överstiger 20 miljoner kronor.
4 Ekonomi
4.1 Bolaget ska ge en avkastning på eget kapital som över tid motsvarar minst fem procent.
4.2 Utdelning till kommunen beslutas av bolagsstämman efter förslag från styrelsen.
4.3 Styrelsen ska en gång per år redovisa för kommunstyrelsen hur ägardirektivet har följts.
5 Information
Bolaget ska fortlöpande underrätta kommunstyrelsen om händelser som har väsentlig betydelse \
för verksamheten.
Fastställd av kommunfullmäktige 2026-02-23, § 17
Senast uppdaterad: 2026-03-02
"""
GL = AG_TEXT.split("\n")
BE = "brännvikens energi ab"
SK = "sörbyns kommun"
BST = "bolagsstämma"
AG_PRODUCE = "fjärrvärme och el på affärsmässiga grunder"


def proh(aim, obj):
    """`Bolaget får inte utan fullmäktiges godkännande` + an infinitive."""
    return st(BE, "Bolaget", "prohibition", "får inte", aim, aim, obj, negated=True)


def num(line):
    """A numbered line's text without its number."""
    return line.split(" ", 1)[1]


AGARDIREKTIV = [
    rec("title", GL[4], [("Brännvikens Energi AB", BE, ORG)], doc=D, kind="heading"),
    rec("1", num(GL[5]), doc=D, kind="heading", label="1"),
    rec("1.1", GL[6], [("Brännvikens Energi AB", BE, ORG), ("Sörbyns kommun", SK, ORG)],
        [pres("ägs", "äga", "pass")],
        [st(SK, "Sörbyns kommun", "none", None, "äga", "ägs", "Brännvikens Energi AB",
            passive=True)], doc=D, parent="1"),
    rec("1.2", GL[7],
        [("kommunfullmäktige", KF, POL), ("bolagsstämma", BST, POL), ("bolaget", BE, ORG)],
        [HAR, sup("antagits", "anta", "pass"), SKA, inf("fastställas", "fastställa", "pass")],
        [st(KF, "kommunfullmäktige", "none", None, "anta", "antagits", "Ägardirektivet",
            passive=True),
         st(None, None, "obligation", "ska", "fastställa", "fastställas", "Ägardirektivet",
            passive=True)], doc=D, parent="1"),
    rec("2", num(GL[8]), [("Bolagets", BE, ORG)], doc=D, kind="heading", label="2"),
    rec("2.1", GL[9], [("Bolaget", BE, ORG)], [SKA, inf("framställa"), inf("leverera")],
        [st(BE, "Bolaget", "obligation", "ska", "framställa", "framställa", AG_PRODUCE),
         st(BE, "Bolaget", "obligation", "ska", "leverera", "leverera", AG_PRODUCE)],
        doc=D, parent="2"),
    rec("2.2", GL[10], [("Bolaget", BE, ORG)],
        [SKA, inf("bedriva"), pres("anges", "ange", "pass")],
        [st(BE, "Bolaget", "obligation", "ska", "bedriva", "bedriva", "sin verksamhet",
            condition="enligt de kommunala befogenheter som anges i kommunallagen")],
        doc=D, parent="2"),
    rec("3", num(GL[11]), doc=D, kind="heading", label="3"),
    rec("3.1", GL[12], [("Styrelsen", ST, POL), ("kommunstyrelsen", KST, POL)],
        [SKA, inf("upprätta"), inf("överlämna")],
        [st(ST, "Styrelsen", "obligation", "ska", "upprätta", "upprätta", "en affärsplan"),
         st(ST, "Styrelsen", "obligation", "ska", "överlämna", "överlämna",
            "den till kommunstyrelsen")], doc=D, parent="3"),
    rec("3.2", GL[13],
        [("Bolaget", BE, ORG), ("fullmäktiges", KF, POL), ("dotterbolag", "dotterbolag", ORG)],
        [FAR, inf("bilda"), inf("förvärva")],
        [proh("bilda", "dotterbolag"), proh("förvärva", "fast egendom")], doc=D, parent="3"),
    rec("3.3", GL[14], [("Kommunen", SK, ORG), ("bolaget", BE, ORG)],
        [SKA, pres("ges", "ge", "pass"), inf("ta"), pres("går", "gå"),
         pres("överstiger", "överstiga")],
        [st(SK, "Kommunen", "obligation", "ska ges möjlighet att", "ta", "ta",
            "ställning innan bolaget går vidare med en investering som överstiger 20 miljoner "
            "kronor")],
        doc=D, parent="3"),
    rec("4", num(GL[15]), doc=D, kind="heading", label="4"),
    rec("4.1", num(GL[16]), [("Bolaget", BE, ORG)],
        [SKA, inf("ge"), pres("motsvarar", "motsvara")],
        [st(BE, "Bolaget", "obligation", "ska", "ge", "ge",
            "en avkastning på eget kapital som över tid motsvarar minst fem procent")],
        doc=D, parent="4", label="4.1"),
    rec("4.2", num(GL[17]),
        [("kommunen", SK, ORG), ("bolagsstämman", BST, POL), ("styrelsen", ST, POL)],
        [pres("beslutas", "besluta", "pass")],
        [st(BST, "bolagsstämman", "none", None, "besluta", "beslutas",
            "Utdelning till kommunen", passive=True)], doc=D, parent="4", label="4.2"),
    rec("4.3", num(GL[18]), [("Styrelsen", ST, POL), ("kommunstyrelsen", KST, POL)],
        [SKA, inf("redovisa"), HAR, sup("följts", "följa", "pass")],
        [st(ST, "Styrelsen", "obligation", "ska", "redovisa", "redovisa",
            "för kommunstyrelsen hur ägardirektivet har följts")], doc=D, parent="4",
        label="4.3"),
    rec("5", num(GL[19]), doc=D, kind="heading", label="5"),
    rec("5.1", GL[20], [("Bolaget", BE, ORG), ("kommunstyrelsen", KST, POL)],
        [SKA, inf("underrätta"), HAR],
        [st(BE, "Bolaget", "obligation", "ska", "underrätta", "underrätta",
            "kommunstyrelsen om händelser som har väsentlig betydelse för verksamheten")], doc=D,
        parent="5"),
    rec("m1", GL[21], [("kommunfullmäktige", KF, POL)], doc=D, parent="5"),
    rec("m2", GL[22], doc=D, parent="5"),
]

# (3) An attestreglemente, one paragraph a line, with a flattened two-column table.
D = "w51-y-attest"
AT_TEXT = """Attestreglemente för Hjortmossa kommun
Antaget av kommunfullmäktige 2026-05-11, § 74
1 Syfte
Reglementet syftar till att säkerställa att varje ekonomisk transaktion kontrolleras innan \
den bokförs.
2 Ansvar
Det åligger varje nämnd att utse beslutsattestanter och behörighetsattestanter för sina \
verksamheter.
Förvaltningschefen ansvarar för att attestrutinerna inom förvaltningen följs och att \
förteckningen över attestanter hålls aktuell.
Ekonomichefen ska årligen följa upp att reglementet tillämpas och redovisa iakttagna brister \
för kommunstyrelsen.
3 Roller
Roll Ansvar
Beslutsattestant Ansvarar för att utgiften är förenlig med budget och fattade beslut.
Behörighetsattestant Kontrollerar att leveransen har skett och att beloppet stämmer med \
avtal eller prislista.
Ekonomienheten Registrerar attestanterna i ekonomisystemet och tilldelar dem behörighet.
4 Jäv
En attestant får inte attestera utgifter som avser attestanten själv.
Beslutsattest och behörighetsattest av samma utgift får inte utföras av samma attestant.
Kommunstyrelsen får besluta om undantag från denna regel om det finns särskilda skäl.
"""
TL = AT_TEXT.split("\n")
BA = "beslutsattestant"
BHA = "behörighetsattestant"
ATT = "attestant"
FC = "förvaltningschef"
EKE = "ekonomienhet"
ATTEST = [
    rec("title", TL[0], [("Hjortmossa kommun", "hjortmossa kommun", ORG)], doc=D,
        kind="heading"),
    rec("m1", TL[1], [("kommunfullmäktige", KF, POL)], doc=D),
    rec("1", num(TL[2]), doc=D, kind="heading", label="1"),
    rec("1.1", TL[3], [],
        [pres("syftar", "syfta"), inf("säkerställa"), pres("kontrolleras", "kontrollera", "pass"),
         pres("bokförs", "bokföra", "pass")], doc=D, parent="1"),
    rec("2", num(TL[4]), doc=D, kind="heading", label="2"),
    rec("2.1", TL[5], [("nämnd", NMD, POL), ("beslutsattestanter", BA, TJP),
                       ("behörighetsattestanter", BHA, TJP)],
        [pres("åligger", "åligga"), inf("utse")],
        [st(NMD, "nämnd", "obligation", "åligger", "utse", "utse",
            "beslutsattestanter och behörighetsattestanter för sina verksamheter")],
        doc=D, parent="2"),
    rec("2.2", TL[6],
        [("Förvaltningschefen", FC, TJP), ("förvaltningen", "förvaltning", FORV),
         ("attestanter", ATT, TJP)],
        [pres("ansvarar", "ansvara"), pres("följs", "följa", "pass"),
         pres("hålls", "hålla", "pass")],
        [st(FC, "Förvaltningschefen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att attestrutinerna inom förvaltningen följs och att förteckningen över "
            "attestanter hålls aktuell")], doc=D, parent="2"),
    rec("2.3", TL[7], [("Ekonomichefen", "ekonomichef", TJP), ("kommunstyrelsen", KST, POL)],
        [SKA, inf("följa"), pres("tillämpas", "tillämpa", "pass"), inf("redovisa")],
        [st("ekonomichef", "Ekonomichefen", "obligation", "ska", "följa", "följa",
            "att reglementet tillämpas"),
         st("ekonomichef", "Ekonomichefen", "obligation", "ska", "redovisa", "redovisa",
            "iakttagna brister för kommunstyrelsen")], doc=D, parent="2"),
    rec("3", num(TL[8]), doc=D, kind="heading", label="3"),
    rec("3.h", TL[9], doc=D, kind="heading", parent="3"),
    rec("3.1", TL[10], [("Beslutsattestant", BA, TJP)],
        [pres("Ansvarar", "ansvara"), AR],
        [st(BA, "Beslutsattestant", "responsibility", "Ansvarar för", "ansvara", "Ansvarar",
            "att utgiften är förenlig med budget och fattade beslut")], doc=D, parent="3"),
    rec("3.2", TL[11], [("Behörighetsattestant", BHA, TJP)],
        [pres("Kontrollerar", "kontrollera"), HAR, sup("skett", "ske"),
         pres("stämmer", "stämma")],
        [st(BHA, "Behörighetsattestant", "none", None, "kontrollera", "Kontrollerar",
            "att leveransen har skett och att beloppet stämmer med avtal eller prislista")],
        doc=D, parent="3"),
    rec("3.3", TL[12], [("Ekonomienheten", EKE, FORV), ("attestanterna", ATT, TJP)],
        [pres("Registrerar", "registrera"), pres("tilldelar", "tilldela")],
        [st(EKE, "Ekonomienheten", "none", None, "registrera", "Registrerar",
            "attestanterna i ekonomisystemet"),
         st(EKE, "Ekonomienheten", "none", None, "tilldela", "tilldelar", "dem behörighet")],
        doc=D, parent="3"),
    rec("4", num(TL[13]), doc=D, kind="heading", label="4"),
    rec("4.1", TL[14], [("attestant", ATT, TJP), ("attestanten", ATT, TJP)],
        [FAR, inf("attestera"), pres("avser", "avse")],
        [st(ATT, "attestant", "prohibition", "får inte", "attestera", "attestera",
            "utgifter som avser attestanten själv", negated=True)], doc=D, parent="4"),
    rec("4.2", TL[15], [("attestant", ATT, TJP)],
        [FAR, inf("utföras", "utföra", "pass")],
        [st(ATT, "attestant", "prohibition", "får inte", "utföra", "utföras",
            "Beslutsattest och behörighetsattest av samma utgift", negated=True,
            passive=True)], doc=D, parent="4"),
    rec("4.3", TL[16], [("Kommunstyrelsen", KST, POL)],
        [FAR, inf("besluta"), pres("finns", "finnas")],
        [st(KST, "Kommunstyrelsen", "permission", "får", "besluta", "besluta",
            "om undantag från denna regel", condition="om det finns särskilda skäl")],
        doc=D, parent="4"),
]

# (4) A krisledningsnämnd's reglemente as a Word export: a blank line after every paragraph.
D = "w51-y-krisledning"
KB = [
    "Reglemente för krisledningsnämnden i Ålstorps kommun",
    "Antaget av kommunfullmäktige den 14 september 2026, § 102",
    "§ 1 Uppgifter",
    "Krisledningsnämnden utövar kommunens krisledning när en extraordinär händelse har "
    "inträffat (LEH 2 kap 2 §).",
    "§ 2 Nämndens befogenheter",
    "Nämnden får besluta att överta ärenden från andra nämnder i den utsträckning som krävs "
    "med hänsyn till händelsens art (LEH 2 kap 4 §).",
    "§ 3 Ordförandens beslutanderätt",
    "Ordföranden, eller vid förfall för denne vice ordföranden, får fatta beslut på nämndens "
    "vägnar om det inte kan avvaktas att nämnden sammanträder (KL 6 kap 39 §).",
    "Beslut som ordföranden har fattat ska anmälas vid nästa sammanträde med nämnden.",
    "§ 4 Sammanträden",
    "Ordföranden kallar nämnden till sammanträde när hon eller han bedömer att läget kräver "
    "det.",
    "Nämnden är beslutför om minst tre av dess fem ledamöter deltar.",
    "Kallelse får ske per telefon eller e-post om tiden inte medger skriftlig kallelse.",
    "§ 5 Återrapportering",
    "Nämnden ska fortlöpande informera kommunstyrelsen om läget och om de beslut som har "
    "fattats.",
    "När nämnden upphör att verka återgår beslutanderätten till ordinarie nämnder "
    "(LEH 2 kap 6 §).",
    "Kommunfullmäktige får besluta att nämndens verksamhet ska upphöra (LEH 2 kap 7 §).",
]
KRIS_TEXT = page(KB)
KN = "krisledningsnämnd"
KNO = "krisledningsnämndens ordförande"
KNV = "krisledningsnämndens vice ordförande"
K_COND = "om det inte kan avvaktas att nämnden sammanträder"
K_OBJ = "beslut på nämndens vägnar"


def khead(n, line, actors=()):
    """A verbless `§ N Rubrik` heading of the krisledningsnämnd's reglemente."""
    label = f"§ {n}"
    return rec(f"§{n}", body(line, label), actors, doc=D, kind="heading", label=label)


KRIS = [
    rec("title", KB[0], [("krisledningsnämnden", KN, POL),
                         ("Ålstorps kommun", "ålstorps kommun", ORG)], doc=D, kind="heading"),
    rec("m1", KB[1], [("kommunfullmäktige", KF, POL)], doc=D),
    khead(1, KB[2]),
    rec("§1.1", KB[3], [("Krisledningsnämnden", KN, POL),
                        ("kommunens", "ålstorps kommun", ORG)],
        [pres("utövar", "utöva"), HAR, sup("inträffat", "inträffa")],
        [st(KN, "Krisledningsnämnden", "none", None, "utöva", "utövar",
            "kommunens krisledning",
            condition="när en extraordinär händelse har inträffat")], doc=D,
        parent="§1"),
    khead(2, KB[4], [("Nämndens", NMD, POL)]),
    rec("§2.1", KB[5], [("Nämnden", NMD, POL), ("nämnder", NMD, POL)],
        [FAR, inf("besluta"), inf("överta"), pres("krävs", "kräva", "pass")],
        [st(NMD, "Nämnden", "permission", "får", "besluta", "besluta",
            "att överta ärenden från andra nämnder i den utsträckning som krävs med hänsyn "
            "till händelsens art")], doc=D, parent="§2"),
    khead(3, KB[6], [("Ordförandens", KNO, FTV)]),
    rec("§3.1", KB[7],
        [("Ordföranden", KNO, FTV), ("vice ordföranden", KNV, FTV), ("nämndens", NMD, POL),
         ("nämnden", NMD, POL)],
        [FAR, inf("fatta"), KAN, inf("avvaktas", "avvakta", "pass"),
         pres("sammanträder", "sammanträda")],
        [st(KNO, "Ordföranden", "permission", "får", "fatta", "fatta", K_OBJ,
            condition=K_COND),
         st(KNV, "vice ordföranden", "permission", "får", "fatta", "fatta", K_OBJ,
            condition=K_COND)], doc=D, parent="§3"),
    rec("§3.2", KB[8], [("ordföranden", KNO, FTV), ("nämnden", NMD, POL)],
        [HAR, sup("fattat", "fatta"), SKA, inf("anmälas", "anmäla", "pass")],
        [st(None, None, "obligation", "ska", "anmäla", "anmälas",
            "Beslut som ordföranden har fattat", passive=True)], doc=D, parent="§3"),
    khead(4, KB[9]),
    rec("§4.1", KB[10], [("Ordföranden", KNO, FTV), ("nämnden", NMD, POL)],
        [pres("kallar", "kalla"), pres("bedömer", "bedöma"), pres("kräver", "kräva")],
        [st(KNO, "Ordföranden", "none", None, "kalla", "kallar", "nämnden till sammanträde",
            condition="när hon eller han bedömer att läget kräver det")], doc=D, parent="§4"),
    rec("§4.2", KB[11], [("Nämnden", NMD, POL), ("ledamöter", "ledamot", FTV)],
        [AR, pres("deltar", "delta")],
        [st(NMD, "Nämnden", "none", None, "vara", "är", "beslutför",
            condition="om minst tre av dess fem ledamöter deltar")], doc=D, parent="§4"),
    rec("§4.3", KB[12], [], [FAR, inf("ske"), pres("medger", "medge")],
        conditions=["om tiden inte medger skriftlig kallelse"], doc=D, parent="§4"),
    khead(5, KB[13]),
    rec("§5.1", KB[14], [("Nämnden", NMD, POL), ("kommunstyrelsen", KST, POL)],
        [SKA, inf("informera"), HAR, sup("fattats", "fatta", "pass")],
        [st(NMD, "Nämnden", "obligation", "ska", "informera", "informera",
            "kommunstyrelsen om läget och om de beslut som har fattats")], doc=D,
        parent="§5"),
    rec("§5.2", KB[15], [("nämnden", NMD, POL), ("nämnder", NMD, POL)],
        [pres("upphör", "upphöra"), inf("verka"), pres("återgår", "återgå")],
        conditions=["När nämnden upphör att verka"], doc=D, parent="§5"),
    rec("§5.3", KB[16], [("Kommunfullmäktige", KF, POL), ("nämndens", NMD, POL)],
        [FAR, inf("besluta"), SKA, inf("upphöra")],
        [st(KF, "Kommunfullmäktige", "permission", "får", "besluta", "besluta",
            "att nämndens verksamhet ska upphöra")], doc=D, parent="§5"),
]

# (5) An instruktion för förvaltningschefen from a scan: OCR damage kept, capitals headings.
D = "w51-y-instruktion"
IB = [
    "INSTRUKTION FÖR FÖRVALTNINGSCHEFEN VID MILJÖ- OCH BYGGFÖRVALTNINGEN",
    "Fastställd av miljö- och byggnärnnden i Kornäs kommun 2026-06-09, § 63",
    "1. INLEDNING",
    "Förvaltningschefen är högste chef inom förvaltningen och leder, sarnordnar och föl-\n"
    "jer upp förvaltningens arbete.",
    "2. UPPDRAG",
    "Förvaltningschefen ska verkställa nämndens beslut och se ti1l att förvalt-\n"
    "ningens verksamhet bedrivs effektivt och i enlighet med lagar och andra\n"
    "författningar.",
    "Förvaltningschefen ansvarar för att ärenden som ska avgöras av nämnden bereds\n"
    "på ett sakkunnigt sätt och att beslutsunderlagen håller god kva1itet.",
    "3. EKONOMI OCH PERSONAL",
    "Förvaltningschefen har rätt att anställa personal inom ramen för den budget som\n"
    "nämnden har fastställt. Chefer som är direkt underställda förvalt-\n"
    "ningschefen anställs dock av miljö- och byggnämndens arbetsutskott.",
    "Förvaltningschefen får inte på egen hand ändra avgifter eller taxor. Sådana ärenden ska\n"
    "alltid avgöras av nämnden.",
    "4. RAPPORTER1NG",
    "Förvaltningschefen ska varje månad rapportera det ekonomiska utfallet till\n"
    "nämnden. Vid avvikelser som kan påverka årets resultat ska förvaltnings-\n"
    "chefen utan dröjsmål underrätta ordföranden.",
    "5. FRÅNVARO",
    "Vid förvaltningschefens frånvaro tjänstgör den ställföreträdande förvaltnings-\n"
    "chefen. Denne får dock inte fatta beslut av principiell betydelse.",
]
INSTR_TEXT = page(IB)
MBN = "miljö- och byggnämnd"
MBF = "miljö- och byggförvaltning"
MBAU = "miljö- och byggnämndens arbetsutskott"
MBO = "miljö- och byggnämndens ordförande"
FV = "förvaltning"
SFC = "ställföreträdande förvaltningschef"
I_LEDA = "förvaltningens arbete"


def ihead(n, line):
    """A numbered heading in capitals."""
    label = f"{n}."
    return rec(str(n), body(line, label), doc=D, kind="heading", label=label)


INSTRUKTION = [
    rec("title", IB[0], [("FÖRVALTNINGSCHEFEN", FC, TJP), ("MILJÖ- OCH BYGGFÖRVALTNINGEN",
                                                          MBF, FORV)], doc=D, kind="heading"),
    rec("m1", IB[1], [("miljö- och byggnärnnden", MBN, POL),
                      ("Kornäs kommun", "kornäs kommun", ORG)], doc=D),
    ihead(1, IB[2]),
    rec("1.1", unwrap(IB[3]),
        [("Förvaltningschefen", FC, TJP), ("förvaltningen", FV, FORV),
         ("förvaltningens", FV, FORV)],
        [AR, pres("leder", "leda"), pres("sarnordnar", "samordna"), pres("följer", "följa")],
        [st(FC, "Förvaltningschefen", "none", None, "vara", "är",
            "högste chef inom förvaltningen"),
         st(FC, "Förvaltningschefen", "none", None, "leda", "leder", I_LEDA),
         st(FC, "Förvaltningschefen", "none", None, "samordna", "sarnordnar", I_LEDA),
         st(FC, "Förvaltningschefen", "none", None, "följa", "följer", I_LEDA)],
        doc=D, parent="1"),
    ihead(2, IB[4]),
    rec("2.1", unwrap(IB[5]),
        [("Förvaltningschefen", FC, TJP), ("nämndens", NMD, POL), ("förvaltningens", FV, FORV)],
        [SKA, inf("verkställa"), inf("se"), pres("bedrivs", "bedriva", "pass")],
        [st(FC, "Förvaltningschefen", "obligation", "ska", "verkställa", "verkställa",
            "nämndens beslut"),
         st(FC, "Förvaltningschefen", "obligation", "ska se ti1l att", "se", "se",
            "ti1l att förvaltningens verksamhet bedrivs effektivt och i enlighet med lagar "
            "och andra författningar")],
        conditions=["i enlighet med lagar och andra författningar"], doc=D, parent="2"),
    rec("2.2", unwrap(IB[6]), [("Förvaltningschefen", FC, TJP), ("nämnden", NMD, POL)],
        [pres("ansvarar", "ansvara"), SKA, inf("avgöras", "avgöra", "pass"),
         pres("bereds", "bereda", "pass"), pres("håller", "hålla")],
        [st(FC, "Förvaltningschefen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att ärenden som ska avgöras av nämnden bereds på ett sakkunnigt sätt och att "
            "beslutsunderlagen håller god kva1itet")], doc=D, parent="2"),
    ihead(3, IB[7]),
    rec("3.1", unwrap(IB[8]),
        [("Förvaltningschefen", FC, TJP), ("personal", "personal", TJP), ("nämnden", NMD, POL),
         ("Chefer", "chef", TJP), ("förvaltningschefen", FC, TJP),
         ("miljö- och byggnämndens arbetsutskott", MBAU, POL)],
        [HAR, inf("anställa"), ("har", "ha", "pres", "act", 1), sup("fastställt", "fastställa"),
         AR, pres("anställs", "anställa", "pass")],
        [st(FC, "Förvaltningschefen", "permission", "har rätt att", "anställa", "anställa",
            "personal", condition="inom ramen för den budget som nämnden har fastställt"),
         st(MBAU, "miljö- och byggnämndens arbetsutskott", "none", None, "anställa",
            "anställs", "Chefer som är direkt underställda förvaltningschefen", passive=True)],
        doc=D, parent="3"),
    rec("3.2", unwrap(IB[9]), [("Förvaltningschefen", FC, TJP), ("nämnden", NMD, POL)],
        [FAR, inf("ändra"), SKA, inf("avgöras", "avgöra", "pass")],
        [st(FC, "Förvaltningschefen", "prohibition", "får inte", "ändra", "ändra",
            "avgifter eller taxor", negated=True),
         st(NMD, "nämnden", "obligation", "ska", "avgöra", "avgöras", "Sådana ärenden",
            passive=True)], doc=D, parent="3"),
    ihead(4, IB[10]),
    rec("4.1", unwrap(IB[11]),
        [("Förvaltningschefen", FC, TJP), ("nämnden", NMD, POL), ("förvaltningschefen", FC, TJP),
         ("ordföranden", MBO, FTV)],
        [SKA, inf("rapportera"), KAN, inf("påverka"), ("ska", "skola", "pres", "act", 1),
         inf("underrätta")],
        [st(FC, "Förvaltningschefen", "obligation", "ska", "rapportera", "rapportera",
            "det ekonomiska utfallet till nämnden"),
         st(FC, "förvaltningschefen", "obligation", "ska", "underrätta", "underrätta",
            "ordföranden", condition="Vid avvikelser som kan påverka årets resultat")],
        doc=D, parent="4"),
    ihead(5, IB[12]),
    rec("5.1", unwrap(IB[13]),
        [("förvaltningschefens", FC, TJP), ("ställföreträdande förvaltningschefen", SFC, TJP)],
        [pres("tjänstgör", "tjänstgöra"), FAR, inf("fatta")],
        [st(SFC, "ställföreträdande förvaltningschefen", "none", None, "tjänstgöra",
            "tjänstgör", None, condition="Vid förvaltningschefens frånvaro")],
        doc=D, parent="5"),
]

# (6) A bostadsrättsförening's stadgar: blank-line blocks, `§ N Rubrik` headings.
D = "w51-y-stadgar"
SB = [
    "Stadgar för Bostadsrättsföreningen Lingonriset 7",
    "Antagna vid föreningsstämma den 22 maj 2026",
    "§ 1 Firma och ändamål",
    "Föreningens firma är Bostadsrättsföreningen Lingonriset 7. Föreningen har\n"
    "till ändamål att förvalta fastigheten Lingonriset 7 och upplåta bostäder i den\n"
    "med bostadsrätt.",
    "§ 9 Föreningsstämma",
    "Ordinarie föreningsstämma skall hållas inom sex månader efter räkenskapsårets slut.\n"
    "Stämman väljer "
    "styrelse, revisor och valberedning.",
    "§ 12 Styrelse",
    "I styrelsen ingår fem ledamöter och två suppleanter. Ledamot väljs för en tid av\n"
    "högst två år.",
    "§ 14 Styrelsens åligganden",
    "Styrelsen skall handha föreningens angelägenheter och företräda föreningen.",
    "Det åligger styrelsen att:\n"
    "1. avge årsredovisning till revisorerna senast sex veckor före\n"
    "ordinarie föreningsstämma,\n"
    "2. föra medlemsförteckning och lägenhetsförteckning,\n"
    "3. besiktiga föreningens egendom en gång om året.",
    "Ledamot som har ett personligt intresse i en fråga får inte delta i styrelsens\n"
    "behandling av frågan.",
    "§ 15 Firmateckning",
    "Föreningens firma tecknas av styrelsen i sin helhet. Styrelsen får därtill utse två\n"
    "ledamöter att gemensamt teckna firman.",
    "§ 20 Revision",
    "Stämman väljer en eller två revisorer. Revisorerna skall granska styrelsens\n"
    "förvaltning och föreningens räkenskaper och lämna revisionsberättelse senast\n"
    "tre veckor före stämman.",
]
STAD_TEXT = page(SB)
BRF = "bostadsrättsföreningen lingonriset 7"
FST = "föreningsstämma"
STM = "stämma"
LEAD = SB[10].split("\n")
ITEMS = unwrap("\n".join(LEAD[1:])).split(" 2. ")
ITEM1 = ITEMS[0][3:]
ITEM2, ITEM3 = ITEMS[1].split(" 3. ")


def shead(n, line, actors=()):
    """A verbless `§ N Rubrik` heading of the stadgar."""
    label = f"§ {n}"
    return rec(f"§{n}", body(line, label), actors, doc=D, kind="heading", label=label)


def alig(aim, obj):
    """An item under `Det åligger styrelsen att:`."""
    return st(ST, "styrelsen", "obligation", "åligger", aim, aim, obj)


STADGAR = [
    rec("title", SB[0], [("Bostadsrättsföreningen Lingonriset 7", BRF, ORG)], doc=D,
        kind="heading"),
    rec("m1", SB[1], [("föreningsstämma", FST, POL)], doc=D),
    shead(1, SB[2]),
    rec("§1.1", unwrap(SB[3]),
        [("Föreningens", BRF, ORG), ("Föreningen", BRF, ORG)],
        [AR, HAR, inf("förvalta"), inf("upplåta")],
        [st(BRF, "Föreningen", "obligation", "har till ändamål att", "förvalta", "förvalta",
            "fastigheten Lingonriset 7"),
         st(BRF, "Föreningen", "obligation", "har till ändamål att", "upplåta", "upplåta",
            "bostäder i den med bostadsrätt")], doc=D, parent="§1"),
    shead(9, SB[4], [("Föreningsstämma", FST, POL)]),
    rec("§9.1", unwrap(SB[5]),
        [("föreningsstämma", FST, POL), ("Stämman", STM, POL), ("styrelse", ST, POL),
         ("revisor", REV, FTV), ("valberedning", "valberedning", POL)],
        [SKALL, inf("hållas", "hålla", "pass"), pres("väljer", "välja")],
        [st(FST, "föreningsstämma", "obligation", "skall", "hålla", "hållas",
            "inom sex månader efter räkenskapsårets slut", passive=True),
         st(STM, "Stämman", "none", None, "välja", "väljer",
            "styrelse, revisor och valberedning")], doc=D, parent="§9"),
    shead(12, SB[6], [("Styrelse", ST, POL)]),
    rec("§12.1", unwrap(SB[7]),
        [("styrelsen", ST, POL), ("ledamöter", "ledamot", FTV),
         ("suppleanter", "suppleant", FTV), ("Ledamot", "ledamot", FTV)],
        [pres("ingår", "ingå"), pres("väljs", "välja", "pass")],
        [st("ledamot", "ledamöter", "none", None, "ingå", "ingår", "styrelsen"),
         st("suppleant", "suppleanter", "none", None, "ingå", "ingår", "styrelsen"),
         st("ledamot", "Ledamot", "none", None, "välja", "väljs", "för en tid av högst två år",
            passive=True)], doc=D, parent="§12"),
    shead(14, SB[8], [("Styrelsens", ST, POL)]),
    rec("§14.1", SB[9],
        [("Styrelsen", ST, POL), ("föreningens", BRF, ORG), ("föreningen", BRF, ORG)],
        [SKALL, inf("handha"), inf("företräda")],
        [st(ST, "Styrelsen", "obligation", "skall", "handha", "handha",
            "föreningens angelägenheter"),
         st(ST, "Styrelsen", "obligation", "skall", "företräda", "företräda", "föreningen")],
        doc=D, parent="§14"),
    rec("§14.2", LEAD[0], [("styrelsen", ST, POL)], [pres("åligger", "åligga")], doc=D,
        parent="§14"),
    item("§14.2.a", ITEM1, [("revisorerna", REV, FTV), ("föreningsstämma", FST, POL)],
         [inf("avge")],
         [alig("avge", "årsredovisning till revisorerna senast sex veckor före ordinarie "
               "föreningsstämma")], doc=D, parent="§14.2", label="1."),
    item("§14.2.b", ITEM2, [], [inf("föra")],
         [alig("föra", "medlemsförteckning och lägenhetsförteckning")], doc=D,
         parent="§14.2", label="2."),
    item("§14.2.c", ITEM3, [("föreningens", BRF, ORG)], [inf("besiktiga")],
         [alig("besiktiga", "föreningens egendom en gång om året")], doc=D, parent="§14.2",
         label="3."),
    rec("§14.3", unwrap(SB[11]), [("Ledamot", "ledamot", FTV), ("styrelsens", ST, POL)],
        [HAR, FAR, inf("delta")],
        [st("ledamot", "Ledamot", "prohibition", "får inte", "delta", "delta",
            "i styrelsens behandling av frågan", negated=True)], doc=D, parent="§14"),
    shead(15, SB[12]),
    rec("§15.1", unwrap(SB[13]),
        [("Föreningens", BRF, ORG), ("styrelsen", ST, POL), ("Styrelsen", ST, POL),
         ("ledamöter", "ledamot", FTV)],
        [pres("tecknas", "teckna", "pass"), FAR, inf("utse"), inf("teckna")],
        [st(ST, "styrelsen", "none", None, "teckna", "tecknas", "Föreningens firma",
            passive=True),
         st(ST, "Styrelsen", "permission", "får", "utse", "utse",
            "två ledamöter att gemensamt teckna firman")], doc=D, parent="§15"),
    shead(20, SB[14]),
    rec("§20.1", unwrap(SB[15]),
        [("Stämman", STM, POL), ("revisorer", REV, FTV), ("Revisorerna", REV, FTV),
         ("styrelsens", ST, POL), ("föreningens", BRF, ORG), ("stämman", STM, POL)],
        [pres("väljer", "välja"), SKALL, inf("granska"), inf("lämna")],
        [st(STM, "Stämman", "none", None, "välja", "väljer", "en eller två revisorer"),
         st(REV, "Revisorerna", "obligation", "skall", "granska", "granska",
            "styrelsens förvaltning och föreningens räkenskaper"),
         st(REV, "Revisorerna", "obligation", "skall", "lämna", "lämna",
            "revisionsberättelse senast tre veckor före stämman")], doc=D, parent="§20"),
]

DOCUMENTS = {"w51-y-revision": (REV_TEXT, REVISION),
             "w51-y-agardirektiv": (AG_TEXT, AGARDIREKTIV),
             "w51-y-attest": (AT_TEXT, ATTEST),
             "w51-y-krisledning": (KRIS_TEXT, KRIS),
             "w51-y-instruktion": (INSTR_TEXT, INSTRUKTION),
             "w51-y-stadgar": (STAD_TEXT, STADGAR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w51-y", DOCUMENTS)
