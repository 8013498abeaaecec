"""Builds corpus/dev/w54-y.jsonl and the pages corpus/dev/w54-y-*.txt with their gold: the blind
probe w54-y of round 54 (invented documents of the four kinds the project is judged on, as copied
from a PDF viewer, a browser or a Word export), written and annotated by hand from
docs/annotation.md §1–§5 and the rulings at its end before any run; the writer never ran the
extractor on them.
`w54-y-kommundirektor` (an instruktion för kommundirektören exported from Word to PDF and copied
back: a running header with the kommun's name above every page (furniture, page 1's copy
included), a title and an adoption line, a contents list with dot leaders and page numbers (one
heading clause), `N.` headings, a `3.1` subheading over printed `3.1.1`/`3.1.2` paragraphs,
line-end hyphens, page footers `Sida N av 3`, `Kommundirektören är …`, `ansvarar för att … och
att … i enlighet med …`, `har rätt att … , om inte …`, a lead-in `Kommundirektören ska inom
ramen för … :` over `-` items (one `se till att`), `får delegera`, a non-actor `ska ske`, `Vid
befarade underskott ska kommundirektören …`, an `Ersättare` section with `Vid förfall för …`
and `Om även denne har förfall utser …`);
`w54-y-stadsdirektor` (a stad's stadsdirektör page: a cookie notice with its two buttons, skip
link, menu, search control and `/` trail (chrome), `Stadsdirektören är stadens högsta
tjänsteperson och leder …`, a `Stadsledningskontoret` heading and paragraph with a fronted place
and a late subject, `Till sin hjälp har stadsdirektören en ledningsgrupp som består av:` over
title lines without markers, a contact card, a news teaser under `Aktuellt`, an update line);
`w54-y-delegationsordning` (a byggnadsnämnd's delegationsordning copied from a web table, one
cell a line: a preamble `Delegering innebär att …` (no statement), a passive with `med stöd av
delegation`, `Ersättare för delegaten är …, om inte …`, `Vidaredelegering får ske endast om …`,
a header row `Nr` ⏎ `Ärende` ⏎ `Delegat` ⏎ `Lagrum` (one heading) and rows of four lines each,
the number the label, no statements);
`w54-y-arbetsordning` (an arbetsordning för styrelsen i ett kommunalt bostadsbolag from a PDF:
`N.` headings, hyphen breaks, a running footer, `Styrelsen sammanträder minst sex gånger per
år`, `ska styrelsen sammanträda när …`, `Ordföranden ska särskilt:` over `•` items (one `i samråd
med` before the infinitive), `Kallelse jämte föredragningslista ska sändas …`, `Styrelsen är
beslutför när …`, `Vid … ska protokoll föras`, `Protokollet ska justeras av X och Y`, a `bilaga`
reference, a signature block);
`w54-y-reglemente` (a miljönämnd's reglemente as a web page, `§ N` glued to the paragraph's
sentence: `Utöver vad som föreskrivs i kommunallagen gäller …`, `Nämnden fullgör kommunens
uppgifter enligt …`, `Nämnden ansvarar för:` over lines without markers, `Nämnden får yttra sig
…`, `ska samråda med …`, `Ordföranden får kalla … om det behövs`, `ska se till att … i enlighet
med … (6 kap. 6 § KL)`, `Om ordföranden inte kan …, ska vice ordföranden …`, an owner line
(chrome), an update line);
`w54-y-forbundsordning` (a räddningstjänstförbund's förbundsordning as flattened PDF text: a
capitals title, `§ N Rubrik` lines, width-wrapped paragraphs with line-end hyphens, page footers
`Förbundsordning … N (3)`, `Förbundet har till uppgift att … fullgöra …`, `ska även bedriva
tillsyn enligt lagen (…) om …`, `Direktionen ska bestå av …`, `Varje medlemskommun väljer …`,
`Förbundsdirektionen ska leda … och ansvara för att …`, an agentless `Kostnaderna fördelas …`
without a cue (no statement), `Medlemskommunerna ska betala …`, `Om en medlem vill utträda …
ska medlemmen …`).
Offsets computed.
Run: python corpus/make_w54_y.py corpus/dev"""

import re
import sys

from records import (
    AR,
    EXT,
    FAR,
    FORV,
    HAR,
    ORG,
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
rec = records_for("w54-y", conditions_from_statements=True)
item = list_item_maker(rec, "")
KF = "kommunfullmäktige"
KST = "kommunstyrelse"
ST = "styrelse"
SKA1 = ("ska", "skola", "pres", "act", 1)
SKA2 = ("ska", "skola", "pres", "act", 2)
FAR1 = ("får", "få", "pres", "act", 1)
AR1 = ("är", "vara", "pres", "act", 1)
HAR1 = ("har", "ha", "pres", "act", 1)


def unwrap(block):
    """A block's lines as §1.1 joins them: a line-end hyphen before a lower-case letter joins
    the word, any other line break is one space, runs of spaces are one space."""
    text = re.sub(r"(?<=[^\W\d_])-\n(?=[a-zåäö])", "", block).replace("\n", " ")
    return re.sub(r" {2,}", " ", text).strip()


def body(block, label):
    """A labelled block's clause text: unwrapped, without its label."""
    text = unwrap(block)
    assert text.startswith(label + " "), (label, text)
    return text[len(label) + 1:]


def page(blocks):
    """A document's text from its blank-line blocks."""
    return "\n\n".join(blocks) + "\n"


# (1) An instruktion för kommundirektören exported from Word to PDF and copied back.
D = "w54-y-kommundirektor"
HEAD = "Hallsberga kommun · Styrdokument"
KB = [
    HEAD,
    "Instruktion för kommundirektören",
    "Antagen av kommunstyrelsen 2026-10-12, § 187",
    "Innehåll\n"
    "1. Instruktionens syfte ...... 2\n"
    "2. Ansvar och befogenheter .. 2\n"
    "3. Uppdrag .................. 2\n"
    "3.1 Ledning av förvaltningen . 2\n"
    "3.2 Ekonomi och uppföljning . 3\n"
    "4. Ersättare för kommundirektören ... 3",
    "                                                            Sida 1 av 3",
    HEAD,
    "1. Instruktionens syfte",
    "Kommundirektören är Hallsberga kommuns högsta tjänsteperson och leder ar-\n"
    "betet på kommunledningskontoret. Denna instruktion beskriver arbetsför-\n"
    "delningen mellan kommunstyrelsen och kommundirektören (6 kap. 6 § KL).",
    "2. Ansvar och befogenheter",
    "Kommundirektören ansvarar för att kommunstyrelsens beslut verkställs och\n"
    "att förvaltningens arbete bedrivs effektivt och i enlighet med gällande lag-\n"
    "stiftning.",
    "Kommundirektören har rätt att fatta beslut om förvaltningens inre organisa-\n"
    "tion, om inte kommunstyrelsen bestämt annat.",
    "3. Uppdrag",
    "3.1 Ledning av förvaltningen",
    "3.1.1 Kommundirektören ska inom ramen för kommunstyrelsens budget och mål:\n"
    "- leda och samordna förvaltningens verksamhet,\n"
    "- bereda ärenden inför kommunstyrelsens och arbetsutskottets sammanträden,\n"
    "- se till att fattade beslut följs upp och återrapporteras till kommun-\n"
    "styrelsen.",
    "3.1.2 Kommundirektören får delegera uppgifter till förvaltningscheferna.\n"
    "Sådan delegering ska ske skriftligen.",
    "                                                            Sida 2 av 3",
    HEAD,
    "3.2 Ekonomi och uppföljning",
    "3.2.1 Kommundirektören ska månadsvis redovisa det ekonomiska utfallet för\n"
    "kommunstyrelsen. Vid befarade underskott ska kommundirektören utan dröjs-\n"
    "mål föreslå åtgärder.",
    "4. Ersättare för kommundirektören",
    "Vid förfall för kommundirektören fullgör biträdande kommundirektören\n"
    "kommundirektörens uppgifter. Om även denne har förfall utser kommunstyrel-\n"
    "sens ordförande en ersättare.",
    "                                                            Sida 3 av 3",
]
KD_TEXT = page(KB)
KD = "kommundirektör"
KLK = "kommunledningskontor"
KSO = "kommunstyrelsens ordförande"
BKD = "biträdande kommundirektör"
K_ITEMS = KB[13].split("\n- ")
K_ENL = "i enlighet med gällande lagstiftning"


def khead(n, block, actors=(), parent=None):
    """A numbered heading `N.` or `N.N`."""
    label = f"{n}." if "." not in n else n
    return rec(n, body(block, label), actors, doc=D, kind="heading", parent=parent, label=label)


def kpara(cid, text, actors=(), verbs=(), statements=(), conditions=(), parent=None,
          label=""):
    """A paragraph of the instruktion."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=parent or cid.rsplit(".", 1)[0], label=label)


def kdska(cid, text, actors, verbs, statements):
    """A `-` item under `Kommundirektören ska inom ramen för …:`."""
    return item(cid, unwrap(text), actors, verbs, statements, doc=D, parent="3.1.1", label="-")


def kd(aim, obj, deontic="obligation", modal="ska", aim_text=None, text="Kommundirektören",
       **kw):
    """The kommundirektör's act."""
    return st(KD, text, deontic, modal, aim, aim_text or aim, obj, **kw)


KOMMUNDIREKTOR = [
    rec("title", KB[1], [("kommundirektören", KD, TJP)], doc=D, kind="heading"),
    rec("m1", KB[2], [("kommunstyrelsen", KST, POL)], doc=D),
    rec("toc", unwrap(KB[3]),
        [("Ersättare", "ersättare", TJP), ("kommundirektören", KD, TJP)],
        doc=D, kind="heading"),
    khead("1", KB[6]),
    kpara("1.1", unwrap(KB[7]),
          [("Kommundirektören", KD, TJP), ("kommunledningskontoret", KLK, FORV),
           ("Hallsberga kommuns", "hallsberga kommun", ORG), ("kommunstyrelsen", KST, POL),
           ("kommundirektören", KD, TJP)],
          [AR, pres("leder", "leda"), pres("beskriver", "beskriva")],
          [kd("vara", "Hallsberga kommuns högsta tjänsteperson", "none", None, "är"),
           kd("leda", "arbetet på kommunledningskontoret", "none", None, "leder")]),
    khead("2", KB[8]),
    kpara("2.1", unwrap(KB[9]),
          [("Kommundirektören", KD, TJP), ("kommunstyrelsens", KST, POL),
           ("förvaltningens", "förvaltning", FORV)],
          [pres("ansvarar", "ansvara"), pres("verkställs", "verkställa", "pass"),
           pres("bedrivs", "bedriva", "pass")],
          [kd("ansvara", "att kommunstyrelsens beslut verkställs och att förvaltningens arbete "
              "bedrivs effektivt och i enlighet med gällande lagstiftning", "responsibility",
              "ansvarar för", "ansvarar")],
          [K_ENL]),
    kpara("2.2", unwrap(KB[10]),
          [("Kommundirektören", KD, TJP), ("förvaltningens", "förvaltning", FORV),
           ("kommunstyrelsen", KST, POL)],
          [HAR, inf("fatta"), sup("bestämt", "bestämma")],
          [kd("fatta", "beslut om förvaltningens inre organisation", "permission",
              "har rätt att", condition="om inte kommunstyrelsen bestämt annat")]),
    khead("3", KB[11]),
    khead("3.1", KB[12], parent="3"),
    kpara("3.1.1", body(K_ITEMS[0], "3.1.1"),
          [("Kommundirektören", KD, TJP), ("kommunstyrelsens", KST, POL)], [SKA], (),
          ["inom ramen för kommunstyrelsens budget och mål"], label="3.1.1"),
    kdska("3.1.1.a", K_ITEMS[1], [("förvaltningens", "förvaltning", FORV)],
          [inf("leda"), inf("samordna")],
          [kd("leda", "förvaltningens verksamhet", text="Kommundirektören"),
           kd("samordna", "förvaltningens verksamhet")]),
    kdska("3.1.1.b", K_ITEMS[2],
          [("kommunstyrelsens", KST, POL), ("arbetsutskottets", "arbetsutskott", POL)],
          [inf("bereda")],
          [kd("bereda", "ärenden inför kommunstyrelsens och arbetsutskottets sammanträden")]),
    kdska("3.1.1.c", K_ITEMS[3], [("kommunstyrelsen", KST, POL)],
          [inf("se"), pres("följs", "följa", "pass"),
           pres("återrapporteras", "återrapportera", "pass")],
          [kd("se", "fattade beslut följs upp och återrapporteras till kommunstyrelsen",
              modal="ska se till att")]),
    kpara("3.1.2", body(KB[14], "3.1.2"),
          [("Kommundirektören", KD, TJP), ("förvaltningscheferna", "förvaltningschef", TJP)],
          [FAR, inf("delegera"), SKA, inf("ske")],
          [kd("delegera", "uppgifter till förvaltningscheferna", "permission", "får")],
          label="3.1.2"),
    khead("3.2", KB[17], parent="3"),
    kpara("3.2.1", body(KB[18], "3.2.1"),
          [("Kommundirektören", KD, TJP), ("kommunstyrelsen", KST, POL),
           ("kommundirektören", KD, TJP)],
          [SKA, inf("redovisa"), SKA1, inf("föreslå")],
          [kd("redovisa", "det ekonomiska utfallet för kommunstyrelsen"),
           kd("föreslå", "åtgärder", text="kommundirektören",
              condition="Vid befarade underskott")],
          label="3.2.1"),
    khead("4", KB[19], [("Ersättare", "ersättare", TJP), ("kommundirektören", KD, TJP)]),
    kpara("4.1", unwrap(KB[20]),
          [("kommundirektören", KD, TJP), ("biträdande kommundirektören", BKD, TJP),
           ("kommundirektörens", KD, TJP), ("kommunstyrelsens ordförande", KSO, FTV),
           ("ersättare", "ersättare", TJP)],
          [pres("fullgör", "fullgöra"), HAR, pres("utser", "utse")],
          [st(BKD, "biträdande kommundirektören", "none", None, "fullgöra", "fullgör",
              "kommundirektörens uppgifter", condition="Vid förfall för kommundirektören"),
           st(KSO, "kommunstyrelsens ordförande", "none", None, "utse", "utser",
              "en ersättare", condition="Om även denne har förfall")]),
]

# (2) A stad's page about its stadsdirektör, copied from a browser: one line a clause.
D = "w54-y-stadsdirektor"
SD_TEXT = """Kvarnvik.se sparar kakor i din webbläsare så att du slipper fylla i dina val \
varje gång.
Godkänn alla kakor
Endast nödvändiga
Hoppa till innehållet
Meny
Sök
Start / Kommun och politik / Så styrs staden / Stadsdirektör
Stadsdirektör
I Kvarnviks stad är stadsdirektören den högsta tjänstepersonen och leder arbetet i \
stadens förvaltningar. Stadsdirektören utses och anställs av kommunstyrelsen.
Stadsledningskontoret
Stadsledningskontoret stöder stadsdirektören i arbetet med att styra och samordna stadens \
verksamheter. På stadsledningskontoret arbetar omkring 140 medarbetare.
Ledningsgrupp
Till sin hjälp har stadsdirektören en ledningsgrupp som i dag består av:
biträdande stadsdirektör
ekonomidirektör
HR-direktör
kommunikationsdirektör
förvaltningscheferna för stadens nio förvaltningar
Kontakt
Stadsdirektör
Johan Ekerot
Telefon: 0470-55 20 00
Aktuellt
Stadsledningskontoret tar nu fram en ny modell för stadens budgetarbete.
Senast uppdaterad: 2026-11-20
"""
SL = SD_TEXT.split("\n")
SDIR = "stadsdirektör"
KS = "kvarnviks stad"
SLK = "stadsledningskontor"
LG = "ledningsgrupp"


def ledamot(cid, line, actors):
    """A title line under `… en ledningsgrupp som består av:` (the relative clause's verb)."""
    return item(cid, line, actors, (),
                [st(LG, "ledningsgrupp", "none", None, "bestå", "består", line)],
                doc=D, parent="3")


STADSDIREKTOR = [
    rec("title", SL[7], [("Stadsdirektör", SDIR, TJP)], doc=D, kind="heading"),
    rec("1", SL[8],
        [("Kvarnviks stad", KS, ORG), ("stadsdirektören", SDIR, TJP), ("stadens", KS, ORG),
         ("förvaltningar", "förvaltning", FORV), ("Stadsdirektören", SDIR, TJP),
         ("kommunstyrelsen", KST, POL)],
        [AR, pres("leder", "leda"), pres("utses", "utse", "pass"),
         pres("anställs", "anställa", "pass")],
        [st(SDIR, "stadsdirektören", "none", None, "vara", "är", "den högsta tjänstepersonen"),
         st(SDIR, "stadsdirektören", "none", None, "leda", "leder",
            "arbetet i stadens förvaltningar"),
         st(KST, "kommunstyrelsen", "none", None, "utse", "utses", "Stadsdirektören",
            passive=True),
         st(KST, "kommunstyrelsen", "none", None, "anställa", "anställs", "Stadsdirektören",
            passive=True)], doc=D),
    rec("h1", SL[9], [("Stadsledningskontoret", SLK, FORV)], doc=D, kind="heading"),
    rec("2", SL[10],
        [("Stadsledningskontoret", SLK, FORV), ("stadsdirektören", SDIR, TJP),
         ("stadens", KS, ORG), ("stadsledningskontoret", SLK, FORV),
         ("medarbetare", "medarbetare", TJP)],
        [pres("stöder", "stödja"), inf("styra"), inf("samordna"), pres("arbetar", "arbeta")],
        [st(SLK, "Stadsledningskontoret", "none", None, "stödja", "stöder",
            "stadsdirektören i arbetet med att styra och samordna stadens verksamheter"),
         st("medarbetare", "medarbetare", "none", None, "arbeta", "arbetar")],
        doc=D, parent="h1"),
    rec("h2", SL[11], [("Ledningsgrupp", LG, FORV)], doc=D, kind="heading"),
    rec("3", SL[12], [("stadsdirektören", SDIR, TJP), ("ledningsgrupp", LG, FORV)],
        [HAR, pres("består", "bestå")], doc=D, parent="h2"),
    ledamot("3.a", SL[13], [("biträdande stadsdirektör", "biträdande stadsdirektör", TJP)]),
    ledamot("3.b", SL[14], [("ekonomidirektör", "ekonomidirektör", TJP)]),
    ledamot("3.c", SL[15], [("HR-direktör", "hr-direktör", TJP)]),
    ledamot("3.d", SL[16], [("kommunikationsdirektör", "kommunikationsdirektör", TJP)]),
    ledamot("3.e", SL[17],
            [("förvaltningscheferna", "förvaltningschef", TJP), ("stadens", KS, ORG),
             ("förvaltningar", "förvaltning", FORV)]),
    rec("h3", SL[18], doc=D, kind="heading"),
    rec("m1", " ".join(SL[19:22]), [("Stadsdirektör", SDIR, TJP)], doc=D, parent="h3"),
    rec("h4", SL[22], doc=D, kind="heading"),
    rec("4", SL[23], [("Stadsledningskontoret", SLK, FORV), ("stadens", KS, ORG)],
        [pres("tar", "ta")],
        [st(SLK, "Stadsledningskontoret", "none", None, "ta", "tar",
            "en ny modell för stadens budgetarbete")], doc=D, parent="h4"),
    rec("m2", SL[24], doc=D, parent="h4"),
]

# (3) A byggnadsnämnd's delegationsordning copied from a web table: one cell a line.
D = "w54-y-delegationsordning"
DO_TEXT = """Delegationsordning för byggnadsnämnden
Antagen av byggnadsnämnden 2026-08-27, § 96
Inledning
Delegering innebär att nämnden överlåter åt en delegat att fatta beslut på nämndens vägnar. \
Ett delegationsbeslut har samma rättsverkan som ett beslut av nämnden.
Beslut som fattas med stöd av denna ordning ska i sin helhet redovisas för byggnadsnämnden \
vid nästkommande ordinarie sammanträde.
Ersättare för delegaten är delegatens närmaste chef, om inte annat anges i förteckningen.
Vidaredelegering får ske endast om det anges särskilt i förteckningen.
Ärendeförteckning
Nr
Ärende
Delegat
Lagrum
1.1
Bygglov för nybyggnad av enbostadshus
Bygglovshandläggare
PBL 9:2
1.2
Beslut om startbesked
Byggnadsinspektör
PBL 10:23
1.3
Beslut om ingripandeavgift upp till ett prisbasbelopp
Byggchef
PBL 11:51
"""
DL = DO_TEXT.split("\n")
BN = "byggnadsnämnd"
DEL = "delegat"
MSD = "med stöd av denna ordning"


def drow(n, actor, canonical):
    """A table row: its cells after the number joined in column order, the number its label."""
    first = 8 + 4 * n
    text = " ".join(DL[first + 1:first + 4])
    return rec(f"1.{n}", text, [(actor, canonical, TJP)], doc=D, parent="h2", label=f"1.{n}")


DELEGATIONSORDNING = [
    rec("title", DL[0], [("byggnadsnämnden", BN, POL)], doc=D, kind="heading"),
    rec("m1", DL[1], [("byggnadsnämnden", BN, POL)], doc=D),
    rec("h1", DL[2], doc=D, kind="heading"),
    rec("1", DL[3],
        [("nämnden", "nämnd", POL), ("delegat", DEL, TJP), ("nämndens", "nämnd", POL),
         ("nämnden", "nämnd", POL, 1)],
        [pres("innebär", "innebära"), pres("överlåter", "överlåta"), inf("fatta"), HAR],
        doc=D, parent="h1"),
    rec("2", DL[4], [("byggnadsnämnden", BN, POL)],
        [pres("fattas", "fatta", "pass"), SKA, inf("redovisas", "redovisa", "pass")],
        [st(None, None, "obligation", "ska", "redovisa", "redovisas",
            "för byggnadsnämnden vid nästkommande ordinarie sammanträde", passive=True,
            condition=MSD)], doc=D, parent="h1"),
    rec("3", DL[5],
        [("Ersättare", "ersättare", TJP), ("delegaten", DEL, TJP), ("delegatens", DEL, TJP)],
        [AR, pres("anges", "ange", "pass")],
        [st("ersättare", "Ersättare", "none", None, "vara", "är", "delegatens närmaste chef",
            condition="om inte annat anges i förteckningen")], doc=D, parent="h1"),
    rec("4", DL[6], [], [FAR, inf("ske"), pres("anges", "ange", "pass")], (),
        ["om det anges särskilt i förteckningen"], doc=D, parent="h1"),
    rec("h2", DL[7], doc=D, kind="heading"),
    rec("h3", " ".join(DL[8:12]), doc=D, kind="heading", parent="h2"),
    drow(1, "Bygglovshandläggare", "bygglovshandläggare"),
    drow(2, "Byggnadsinspektör", "byggnadsinspektör"),
    drow(3, "Byggchef", "byggchef"),
]

# (4) An arbetsordning för styrelsen i ett kommunalt bostadsbolag copied from a PDF viewer.
D = "w54-y-arbetsordning"
FOOT = "Tallmohem AB – Arbetsordning för styrelsen                        Sida {} av 2"
AB = [
    "Arbetsordning för styrelsen i Tallmohem AB",
    "Beslutad vid styrelsens första sammanträde efter årsstämman 2026-05-06.",
    "1. Mötesplan",
    "Styrelsen sammanträder sju gånger per år enligt en plan som fastställs i\n"
    "januari. Utöver de ordinarie sammanträdena ska styrelsen sammanträda när\n"
    "ordföranden eller verkställande direktören anser att det behövs.",
    "2. Ordförandens ansvar",
    "Ordföranden ska särskilt:\n"
    "• leda styrelsens arbete och bevaka att styrelsens beslut verkställs,\n"
    "• i samråd med vd:n ta fram ett förslag till föredragningslista inför\n"
    "varje möte,\n"
    "• hålla kontakt med ägaren i frågor av principiell betydelse.",
    "3. Kallelse och föredragningslista",
    "Kallelse jämte föredragningslista ska sändas till ledamöterna och supple-\n"
    "anterna senast åtta kalenderdagar före mötet. Underlaget för varje ärende\n"
    "ska bifogas kallelsen.",
    FOOT.format(1),
    "4. Beslutförhet",
    "Styrelsen är beslutför när ordföranden och minst tre andra ledamöter är när-\n"
    "varande. Beslut fattas med enkel majoritet.",
    "5. Protokoll",
    "Vid styrelsens sammanträden ska protokoll föras. Protokollen ska justeras\n"
    "av ordföranden och av vice ordföranden.",
    "6. Arbetsfördelning",
    "Hur arbetet fördelas mellan styrelsen och vd framgår av VD-instruktionen\n"
    "(bilaga 1).",
    "Tallmo den 6 maj 2026\nFör styrelsen\nKarin Westholm\nOrdförande",
    FOOT.format(2),
]
AO_TEXT = page(AB)
SO = "styrelsens ordförande"
VDIR = "verkställande direktör"
A_ITEMS = AB[5].split("\n• ")


def ahead(n, block, actors=()):
    """A numbered heading `N. Rubrik`."""
    return rec(str(n), body(block, f"{n}."), actors, doc=D, kind="heading", label=f"{n}.")


def apara(cid, block, actors=(), verbs=(), statements=(), conditions=()):
    """The paragraph of section N."""
    return rec(cid, unwrap(block), actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def ordf(cid, text, actors, verbs, statements):
    """A `•` item under `Ordföranden ska särskilt:`."""
    return item(cid, unwrap(text), actors, verbs, statements, doc=D, parent="2.1", label="•")


def so(aim, obj, **kw):
    """The chair's duty in one item (the actor is the lead-in's)."""
    return st(SO, "Ordföranden", "obligation", "ska", aim, aim, obj, **kw)


ARBETSORDNING = [
    rec("title", AB[0], [("styrelsen", ST, POL), ("Tallmohem AB", "tallmohem ab", ORG)],
        doc=D, kind="heading"),
    rec("m1", AB[1], [("styrelsens", ST, POL), ("årsstämman", "årsstämma", POL)], doc=D),
    ahead(1, AB[2]),
    apara("1.1", AB[3],
          [("Styrelsen", ST, POL), ("styrelsen", ST, POL), ("ordföranden", SO, FTV),
           ("verkställande direktören", VDIR, TJP)],
          [pres("sammanträder", "sammanträda"), pres("fastställs", "fastställa", "pass"), SKA,
           inf("sammanträda"), pres("anser", "anse"), pres("behövs", "behöva", "pass")],
          [st(ST, "Styrelsen", "none", None, "sammanträda", "sammanträder",
              "sju gånger per år", condition="enligt en plan som fastställs i januari"),
           st(ST, "styrelsen", "obligation", "ska", "sammanträda", "sammanträda", None,
              condition="när ordföranden eller verkställande direktören anser att det behövs")]),
    ahead(2, AB[4], [("Ordförandens", SO, FTV)]),
    apara("2.1", A_ITEMS[0], [("Ordföranden", SO, FTV)], [SKA]),
    ordf("2.1.a", A_ITEMS[1], [("styrelsens", ST, POL), ("styrelsens", ST, POL, 1)],
         [inf("leda"), inf("bevaka"), pres("verkställs", "verkställa", "pass")],
         [so("leda", "styrelsens arbete"),
          so("bevaka", "att styrelsens beslut verkställs")]),
    ordf("2.1.b", A_ITEMS[2], [("vd:n", "vd", TJP)], [inf("ta")],
         [so("ta", "ett förslag till föredragningslista inför varje möte",
             condition="i samråd med vd:n")]),
    ordf("2.1.c", A_ITEMS[3], [("ägaren", "ägare", ORG)], [inf("hålla")],
         [so("hålla", "kontakt med ägaren i frågor av principiell betydelse")]),
    ahead(3, AB[6]),
    apara("3.1", AB[7],
          [("ledamöterna", "ledamot", FTV), ("suppleanterna", "suppleant", FTV)],
          [SKA, inf("sändas", "sända", "pass"), SKA1, inf("bifogas", "bifoga", "pass")],
          [st(None, None, "obligation", "ska", "sända", "sändas",
              "till ledamöterna och suppleanterna senast åtta kalenderdagar före mötet",
              passive=True),
           st(None, None, "obligation", "ska", "bifoga", "bifogas", "kallelsen",
              passive=True)]),
    ahead(4, AB[9]),
    apara("4.1", AB[10],
          [("Styrelsen", ST, POL), ("ordföranden", SO, FTV), ("ledamöter", "ledamot", FTV)],
          [AR, AR1, pres("fattas", "fatta", "pass")],
          [st(ST, "Styrelsen", "none", None, "vara", "är", "beslutför",
              condition="när ordföranden och minst tre andra ledamöter är närvarande")]),
    ahead(5, AB[11]),
    apara("5.1", AB[12],
          [("styrelsens", ST, POL), ("ordföranden", SO, FTV),
           ("vice ordföranden", "vice ordförande", FTV)],
          [SKA, inf("föras", "föra", "pass"), SKA1, inf("justeras", "justera", "pass")],
          [st(None, None, "obligation", "ska", "föra", "föras", None, passive=True,
              condition="Vid styrelsens sammanträden"),
           st(SO, "ordföranden", "obligation", "ska", "justera", "justeras", "Protokollen",
              passive=True),
           st("vice ordförande", "vice ordföranden", "obligation", "ska", "justera", "justeras",
              "Protokollen", passive=True)]),
    ahead(6, AB[13]),
    apara("6.1", AB[14],
          [("styrelsen", ST, POL), ("vd", "vd", TJP)],
          [pres("fördelas", "fördela", "pass"), pres("framgår", "framgå")]),
    rec("m2", unwrap(AB[15]), [("styrelsen", ST, POL), ("Ordförande", SO, FTV)], doc=D,
        parent="6"),
]

# (5) A miljönämnd's reglemente as a web page: `§ N` glued to its paragraph, one line a clause.
D = "w54-y-reglemente"
RG_TEXT = """Gå direkt till innehållet
Meny
Startsida / Bo, bygga och miljö / Miljö och hälsa / Miljönämndens reglemente
Reglemente för miljönämnden i Sörbyholms kommun
Beslutat av kommunfullmäktige 2026-03-23, § 31
§ 1 Utöver vad som föreskrivs i 6 kap. kommunallagen gäller följande bestämmelser för \
miljönämnden.
§ 2 Nämnden fullgör kommunens åligganden enligt miljöbalken, livsmedelslagen och \
strålskyddslagen.
§ 3 Nämnden ansvarar för:
tillsyn över miljöfarlig verksamhet inom kommunens geografiska område,
offentlig kontroll av livsmedel,
kommunens arbete med naturvård och miljöövervakning.
§ 4 Nämnden får yttra sig till andra myndigheter i frågor som rör nämndens \
verksamhetsområde.
§ 5 Nämnden ska i god tid samråda med kommunstyrelsen i frågor som har betydelse för \
kommunens översiktsplanering.
§ 6 Nämnden ska se till att dess verksamhet bedrivs med god kvalitet och i enlighet med \
fullmäktiges beslutade mål (6 kap. 6 § KL).
§ 7 Nämnden sammanträder normalt tio gånger per år. Ordföranden får kalla nämnden till ett \
extra sammanträde om det behövs.
§ 8 Om ordföranden inte kan delta i ett sammanträde, ska vice ordföranden överta \
ordförandens uppgifter.
Sidansvarig: Miljöförvaltningen
Senast uppdaterad: 2026-04-02
"""
GL = RG_TEXT.split("\n")
MN = "miljönämnd"
SK = "sörbyholms kommun"
MNO = "miljönämndens ordförande"
MYN = ("myndigheter", "myndighet", EXT)


def par(n, line, actors=(), verbs=(), statements=(), conditions=()):
    """A `§ N` paragraph: the label before its first sentence."""
    return rec(f"§{n}", body(line, f"§ {n}"), actors, verbs, statements, conditions, doc=D,
               label=f"§ {n}")


def nmd(deontic, modal, aim, aim_text, obj, text="Nämnden", **kw):
    """The nämnd's act."""
    return st("nämnd", text, deontic, modal, aim, aim_text, obj, **kw)


def uppgift(cid, line, actors):
    """A line under `Nämnden ansvarar för:` (a responsibility, the item its object)."""
    return item(cid, line, actors, (),
                [nmd("responsibility", "ansvarar för", "ansvara", "ansvarar", line[:-1])],
                doc=D, parent="§3")


RG_ENL = "i enlighet med fullmäktiges beslutade mål"
REGLEMENTE = [
    rec("title", GL[3], [("miljönämnden", MN, POL), ("Sörbyholms kommun", SK, ORG)], doc=D,
        kind="heading"),
    rec("m1", GL[4], [("kommunfullmäktige", KF, POL)], doc=D),
    par(1, GL[5], [("miljönämnden", MN, POL)],
        [pres("föreskrivs", "föreskriva", "pass"), pres("gäller", "gälla")]),
    par(2, GL[6], [("Nämnden", "nämnd", POL), ("kommunens", SK, ORG)],
        [pres("fullgör", "fullgöra")],
        [nmd("none", None, "fullgöra", "fullgör", "kommunens åligganden",
             condition="enligt miljöbalken, livsmedelslagen och strålskyddslagen")]),
    par(3, GL[7], [("Nämnden", "nämnd", POL)], [pres("ansvarar", "ansvara")]),
    uppgift("§3.a", GL[8], [("kommunens", SK, ORG)]),
    uppgift("§3.b", GL[9], []),
    uppgift("§3.c", GL[10], [("kommunens", SK, ORG)]),
    par(4, GL[11], [("Nämnden", "nämnd", POL), MYN, ("nämndens", "nämnd", POL)],
        [FAR, inf("yttra"), pres("rör", "röra")],
        [nmd("permission", "får", "yttra", "yttra",
             "till andra myndigheter i frågor som rör nämndens verksamhetsområde")]),
    par(5, GL[12],
        [("Nämnden", "nämnd", POL), ("kommunstyrelsen", KST, POL), ("kommunens", SK, ORG)],
        [SKA, inf("samråda"), HAR],
        [nmd("obligation", "ska", "samråda", "samråda",
             "med kommunstyrelsen i frågor som har betydelse för kommunens översiktsplanering")]),
    par(6, GL[13], [("Nämnden", "nämnd", POL), ("fullmäktiges", KF, POL)],
        [SKA, inf("se"), pres("bedrivs", "bedriva", "pass")],
        [nmd("obligation", "ska se till att", "se", "se",
             "dess verksamhet bedrivs med god kvalitet och i enlighet med fullmäktiges "
             "beslutade mål")],
        [RG_ENL]),
    par(7, GL[14], [("Nämnden", "nämnd", POL), ("Ordföranden", MNO, FTV),
                    ("nämnden", "nämnd", POL)],
        [pres("sammanträder", "sammanträda"), FAR, inf("kalla"),
         pres("behövs", "behöva", "pass")],
        [nmd("none", None, "sammanträda", "sammanträder", "tio gånger per år"),
         st(MNO, "Ordföranden", "permission", "får", "kalla", "kalla",
            "nämnden till ett extra sammanträde", condition="om det behövs")]),
    par(8, GL[15],
        [("ordföranden", MNO, FTV), ("vice ordföranden", "vice ordförande", FTV),
         ("ordförandens", MNO, FTV)],
        [("kan", "kunna", "pres", "act"), inf("delta"), SKA, inf("överta")],
        [st("vice ordförande", "vice ordföranden", "obligation", "ska", "överta", "överta",
            "ordförandens uppgifter",
            condition="Om ordföranden inte kan delta i ett sammanträde")]),
    rec("m2", GL[17], doc=D, parent="§8"),
]

# (6) A räddningstjänstförbund's förbundsordning as flattened PDF text: no blank lines.
D = "w54-y-forbundsordning"
FB_TEXT = """FÖRBUNDSORDNING FÖR RÄDDNINGSTJÄNSTEN SJÖMARKEN
Antagen av medlemskommunernas fullmäktige 2026-10-26
§ 1 Namn och säte
Förbundets namn är Räddningstjänsten Sjömarken. Förbundet har sitt säte i Ekeby
kommun.
§ 2 Verksamhet
Förbundet har till uppgift att sköta räddningstjänst och förebyggande arbete åt
medlemskommunerna enligt lag om skydd mot olyckor. Förbundet
ska även utöva tillsyn över hanteringen av brandfarliga varor i medlemskommu-
nerna.
Förbundsordning Räddningstjänsten Sjömarken                                1 (3)
§ 3 Förbundsdirektion
Direktionen ska ha tolv ledamöter och tolv ersättare. Varje medlemskommun utser
fyra ledamöter samt ett lika stort antal ersättare för den mandatperiod som
gäller för fullmäktige i kommunen.
§ 4 Förbundsdirektionens uppgifter
Förbundsdirektionen ska styra förbundets arbete och ansvara för att förbundets
ekonomi är i balans. Direktionen får anställa en räddningschef.
Förbundsordning Räddningstjänsten Sjömarken                                2 (3)
§ 5 Kostnadsfördelning
Kostnaderna fördelas mellan medlemskommunerna i förhållande till antalet invå-
nare i varje kommun vid ingången av budgetåret. Medlemskommunerna ska betala
sina bidrag kvartalsvis i förskott.
§ 6 Utträde
Om en medlem vill utträda ur förbundet ska medlemmen skriftligen säga upp sitt
medlemskap. Uppsägningstiden är tre år räknat från årsskiftet efter uppsägningen.
Förbundsordning Räddningstjänsten Sjömarken                                3 (3)
"""
FL = FB_TEXT.split("\n")
SRF = "räddningstjänsten sjömarken"
MK = "medlemskommun"
FD = "förbundsdirektion"


def fhead(n, line, actors=()):
    """A `§ N Rubrik` heading line."""
    return rec(f"§{n}", body(line, f"§ {n}"), actors, doc=D, kind="heading", label=f"§ {n}")


def fpara(n, lines, actors=(), verbs=(), statements=(), conditions=()):
    """The paragraph under `§ N`, its lines joined as §1.1 joins them."""
    return rec(f"§{n}.1", unwrap("\n".join(lines)), actors, verbs, statements, conditions,
               doc=D, parent=f"§{n}")


F_LAG = "enligt lag om skydd mot olyckor"
FORBUNDSORDNING = [
    rec("title", FL[0], [("RÄDDNINGSTJÄNSTEN SJÖMARKEN", SRF, ORG)], doc=D,
        kind="heading"),
    rec("m1", FL[1], [("medlemskommunernas", MK, ORG), ("fullmäktige", "fullmäktige", POL)],
        doc=D),
    fhead(1, FL[2]),
    fpara(1, FL[3:5],
          [("Förbundets", SRF, ORG), ("Räddningstjänsten Sjömarken", SRF, ORG),
           ("Förbundet", SRF, ORG), ("Ekeby kommun", "ekeby kommun", ORG)],
          [AR, HAR],
          [st(SRF, "Förbundet", "none", None, "ha", "har", "sitt säte i Ekeby kommun")]),
    fhead(2, FL[5]),
    fpara(2, FL[6:10],
          [("Förbundet", SRF, ORG), ("medlemskommunerna", MK, ORG),
           ("Förbundet", SRF, ORG, 1), ("medlemskommunerna", MK, ORG, 1)],
          [HAR, inf("sköta"), SKA, inf("utöva")],
          [st(SRF, "Förbundet", "obligation", "har till uppgift att", "sköta", "sköta",
              "räddningstjänst och förebyggande arbete åt medlemskommunerna", condition=F_LAG),
           st(SRF, "Förbundet", "obligation", "ska", "utöva", "utöva",
              "tillsyn över hanteringen av brandfarliga varor i medlemskommunerna")]),
    fhead(3, FL[11], [("Förbundsdirektion", FD, POL)]),
    fpara(3, FL[12:15],
          [("Direktionen", "direktion", POL), ("ledamöter", "ledamot", FTV),
           ("ersättare", "ersättare", FTV), ("medlemskommun", MK, ORG),
           ("ledamöter", "ledamot", FTV, 1), ("ersättare", "ersättare", FTV, 1),
           ("fullmäktige", "fullmäktige", POL), ("kommunen", "kommun", ORG)],
          [SKA, inf("ha"), pres("utser", "utse"), pres("gäller", "gälla")],
          [st("direktion", "Direktionen", "obligation", "ska", "ha", "ha",
              "tolv ledamöter och tolv ersättare"),
           st(MK, "medlemskommun", "none", None, "utse", "utser",
              "fyra ledamöter samt ett lika stort antal ersättare för den mandatperiod som "
              "gäller för fullmäktige i kommunen")]),
    fhead(4, FL[15], [("Förbundsdirektionens", FD, POL)]),
    fpara(4, FL[16:18],
          [("Förbundsdirektionen", FD, POL), ("förbundets", SRF, ORG),
           ("förbundets", SRF, ORG, 1), ("Direktionen", "direktion", POL),
           ("räddningschef", "räddningschef", TJP)],
          [SKA, inf("styra"), inf("ansvara"), AR, FAR, inf("anställa")],
          [st(FD, "Förbundsdirektionen", "obligation", "ska", "styra", "styra",
              "förbundets arbete"),
           st(FD, "Förbundsdirektionen", "obligation", "ska ansvara för", "ansvara", "ansvara",
              "att förbundets ekonomi är i balans"),
           st("direktion", "Direktionen", "permission", "får", "anställa", "anställa",
              "en räddningschef")]),
    fhead(5, FL[19]),
    fpara(5, FL[20:23],
          [("medlemskommunerna", MK, ORG), ("kommun", "kommun", ORG),
           ("Medlemskommunerna", MK, ORG)],
          [pres("fördelas", "fördela", "pass"), SKA, inf("betala")],
          [st(MK, "Medlemskommunerna", "obligation", "ska", "betala", "betala",
              "sina bidrag kvartalsvis i förskott")]),
    fhead(6, FL[23]),
    fpara(6, FL[24:26],
          [("medlem", "medlem", ORG), ("förbundet", SRF, ORG), ("medlemmen", "medlem", ORG)],
          [pres("vill", "vilja"), inf("utträda"), SKA, inf("säga"), AR],
          [st("medlem", "medlemmen", "obligation", "ska", "säga", "säga", "sitt medlemskap",
              condition="Om en medlem vill utträda ur förbundet")]),
]

DOCUMENTS = {"w54-y-kommundirektor": (KD_TEXT, KOMMUNDIREKTOR),
             "w54-y-stadsdirektor": (SD_TEXT, STADSDIREKTOR),
             "w54-y-delegationsordning": (DO_TEXT, DELEGATIONSORDNING),
             "w54-y-arbetsordning": (AO_TEXT, ARBETSORDNING),
             "w54-y-reglemente": (RG_TEXT, REGLEMENTE),
             "w54-y-forbundsordning": (FB_TEXT, FORBUNDSORDNING)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w54-y", DOCUMENTS)
