"""Builds corpus/dev/w51-f.jsonl and the documents corpus/dev/w51-f-*.txt with their gold:
invented material for round 51, writer f (layout of member lists, prints and web pages).
`w51-f-delegation` (a byggnadsnämnd's delegationsordning copied from a PDF viewer, a flattened
table whose rows `1.2 … Byggnadsinspektör Beslutet ska …` are followed by a full sentence
line `Har X förhinder, får …` (a clause of its own, §1.2), a lower-case wrapped row (one row),
and case headings over `Delegat:` / `Lagrum:` field lines later in the document);
`w51-f-insynsrad` (an agency's insynsråd page: a `Hem` menu run of one- and two-word lines
without skip link or account link (ruling y1: chrome), a member list of `Name` ⏎ `Title,
Organisation` line pairs under `Ordförande:` / `Ledamöter:` labels (ruling b2: one clause a
pair, no statement, the title's role an actor), `Till sidans topp`);
`w51-f-kulturnamnd` (a nämnd page: a cookie notice with `Godkänn alla kakor` / `Neka kakor`
buttons, the definite skip link `Gå till innehållet`, a menu and a `›` trail; a sentence that
opens with the skip link's words stays text);
`w51-f-arbetsordning` (a förbund's arbetsordning printed by a document site: a capitals title
wrapped over blank-line-separated lines, each but the last ending in a preposition or a
conjunction (ruling b3: one heading), bare `(1)`, `(2)`, `(3)` page counters between blank
lines (page furniture), a capitals section heading that ends in a noun (a heading of its
own)). Gold by hand from docs/annotation.md §1, §2, §5 and the round 51 rulings before any
run. Offsets computed.
Run: python corpus/make_w51_f.py corpus/dev"""

import sys

from records import AR, FAR, FTV, HAR, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w51-f", conditions_from_statements=True)


def row(line):
    """A numbered table row's text without its number (the label)."""
    return line.split(" ", 1)[1]


# (a) A byggnadsnämnd's delegationsordning copied from a PDF viewer, one clause a line.
D = "w51-f-delegation"
DEL_TEXT = """Delegationsordning för bygg- och miljönämnden i Ekholms kommun
1 Bygglov
Ärende Lagrum Delegat Anmärkning
1.1 Beslut om bygglov för enbostadshus PBL 9 kap. 2 § Bygglovshandläggare
1.2 Beslut om startbesked PBL 10 kap. 23 § Byggnadsinspektör Beslutet ska anmälas till \
nämnden
Har byggnadsinspektören förhinder, får beslutet fattas av förvaltningschefen.
1.3 Beslut om avgift enligt
gällande taxa Bygglovshandläggare
2 Ekonomi
Ärende Lagrum Delegat Anmärkning
2.1 Avskrivning av fordran KL 6 kap. 37 § Förvaltningschef
Överstiger fordran ett prisbasbelopp, ska ärendet lyftas till nämnden.
3 Tillsyn
3.1 Beslut om föreläggande med vite
Delegat: Byggnadsinspektör
Lagrum: PBL 11 kap. 37 §
3.2 Beslut om byggsanktionsavgift
Delegat: Förvaltningschef
"""
DL = DEL_TEXT.split("\n")
BMN = "bygg- och miljönämnd"
BLH = "bygglovshandläggare"
BI = "byggnadsinspektör"
FC = "förvaltningschef"
DELEGATION = [
    rec("title", DL[0], [("bygg- och miljönämnden", BMN, POL),
                         ("Ekholms kommun", "ekholms kommun", ORG)], doc=D, kind="heading"),
    rec("1", "Bygglov", doc=D, kind="heading", label="1"),
    rec("1.h", DL[2], [("Delegat", "delegat", TJP)], doc=D, kind="heading", parent="1"),
    rec("1.1", row(DL[3]), [("Bygglovshandläggare", BLH, TJP)], doc=D, parent="1", label="1.1"),
    rec("1.2", row(DL[4]), [("Byggnadsinspektör", BI, TJP), ("nämnden", "nämnd", POL)],
        [SKA, inf("anmälas", "anmäla", "pass")],
        [st(None, None, "obligation", "ska", "anmäla", "anmälas", "Beslutet", passive=True)],
        doc=D, parent="1", label="1.2"),
    rec("1.p1", DL[5], [("byggnadsinspektören", BI, TJP), ("förvaltningschefen", FC, TJP)],
        [pres("Har", "ha"), FAR, inf("fattas", "fatta", "pass")],
        [st(FC, "förvaltningschefen", "permission", "får", "fatta", "fattas", "beslutet",
            passive=True, condition="Har byggnadsinspektören förhinder")], doc=D, parent="1"),
    rec("1.3", row(DL[6]) + " " + DL[7], [("Bygglovshandläggare", BLH, TJP)], doc=D,
        parent="1", label="1.3"),
    rec("2", "Ekonomi", doc=D, kind="heading", label="2"),
    rec("2.h", DL[9], [("Delegat", "delegat", TJP)], doc=D, kind="heading", parent="2"),
    rec("2.1", row(DL[10]), [("Förvaltningschef", FC, TJP)], doc=D, parent="2", label="2.1"),
    rec("2.p1", DL[11], [("nämnden", "nämnd", POL)],
        [pres("Överstiger", "överstiga"), SKA, inf("lyftas", "lyfta", "pass")],
        [st(None, None, "obligation", "ska", "lyfta", "lyftas", "ärendet", passive=True,
            condition="Överstiger fordran ett prisbasbelopp")], doc=D, parent="2"),
    rec("3", "Tillsyn", doc=D, kind="heading", label="3"),
    rec("3.1", "Beslut om föreläggande med vite", doc=D, kind="heading", parent="3",
        label="3.1"),
    rec("3.1.1", DL[14], [("Delegat", "delegat", TJP), ("Byggnadsinspektör", BI, TJP)], doc=D,
        parent="3.1"),
    rec("3.1.2", DL[15], doc=D, parent="3.1"),
    rec("3.2", "Beslut om byggsanktionsavgift", doc=D, kind="heading", parent="3",
        label="3.2"),
    rec("3.2.1", DL[17], [("Delegat", "delegat", TJP), ("Förvaltningschef", FC, TJP)], doc=D,
        parent="3.2"),
]

# (b) An agency's insynsråd page: a home menu, a member list of name and title line pairs.
D = "w51-f-insynsrad"
INS_TEXT = """Hem
Om oss
Organisation
Insynsråd
Insynsrådet ger generaldirektören råd i frågor om Skogsverkets verksamhet.
Regeringen utser ledamöterna i insynsrådet för högst tre år i taget.
Ordförande:
Margit Sundqvist
Generaldirektör, Skogsverket
Ledamöter:
Tomas Lindgren
Riksdagsledamot, Kristdemokraterna
Helena Nordmark
Landshövding, Länsstyrelsen i Norrfjälls län
Olle Bäckström
Förbundsordförande, Skogsägarnas riksförbund
Insynsrådet sammanträder fyra gånger per år.
Till sidans topp
"""
IL = INS_TEXT.split("\n")
SV = "skogsverket"
GD = "generaldirektör"
IR = "insynsråd"
INSYN = [
    rec("title", IL[3], [("Insynsråd", IR, POL)], doc=D, kind="heading"),
    rec("1", IL[4],
        [("Insynsrådet", IR, POL), ("generaldirektören", GD, TJP), ("Skogsverkets", SV, ORG)],
        [pres("ger", "ge")],
        [st(IR, "Insynsrådet", "none", None, "ge", "ger",
            "generaldirektören råd i frågor om Skogsverkets verksamhet")], doc=D),
    rec("2", IL[5],
        [("Regeringen", "regering", "extern"), ("ledamöterna", "ledamot", FTV),
         ("insynsrådet", IR, POL)],
        [pres("utser", "utse")],
        [st("regering", "Regeringen", "none", None, "utse", "utser",
            "ledamöterna i insynsrådet")], doc=D),
    rec("3", IL[6], [("Ordförande", "ordförande", FTV)], doc=D),
    rec("3.1", f"{IL[7]} {IL[8]}", [("Generaldirektör", GD, TJP), ("Skogsverket", SV, ORG)],
        doc=D),
    rec("4", IL[9], [("Ledamöter", "ledamot", FTV)], doc=D),
    rec("4.1", f"{IL[10]} {IL[11]}",
        [("Riksdagsledamot", "riksdagsledamot", FTV),
         ("Kristdemokraterna", "kristdemokraterna", POL)], doc=D),
    rec("4.2", f"{IL[12]} {IL[13]}",
        [("Landshövding", "landshövding", TJP),
         ("Länsstyrelsen i Norrfjälls län", "länsstyrelsen i norrfjälls län", "extern")],
        doc=D),
    rec("4.3", f"{IL[14]} {IL[15]}",
        [("Förbundsordförande", "förbundsordförande", FTV),
         ("Skogsägarnas riksförbund", "skogsägarnas riksförbund", ORG)], doc=D),
    rec("5", IL[16], [("Insynsrådet", IR, POL)], [pres("sammanträder", "sammanträda")],
        [st(IR, "Insynsrådet", "none", None, "sammanträda", "sammanträder",
            "fyra gånger per år")], doc=D),
]

# (c) A nämnd page: cookie notice and buttons, the definite skip link, menu and trail.
D = "w51-f-kulturnamnd"
KN_TEXT = """Vi använder kakor för att webbplatsen ska fungera så bra som möjligt för dig.
Godkänn alla kakor
Neka kakor
Gå till innehållet
Meny
Politik
Hem › Politik › Nämnder › Kultur- och fritidsnämnden
Kultur- och fritidsnämnden
Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola och idrottsanläggningar.
Nämnden har nio ledamöter och nio ersättare.
Gå till innehållet i reglementet för att läsa om nämndens uppgifter.
"""
KL = KN_TEXT.split("\n")
KFN = "kultur- och fritidsnämnd"
KULTUR = [
    rec("title", KL[7], [("Kultur- och fritidsnämnden", KFN, POL)], doc=D, kind="heading"),
    rec("1", KL[8], [("Kultur- och fritidsnämnden", KFN, POL)], [pres("ansvarar", "ansvara")],
        [st(KFN, "Kultur- och fritidsnämnden", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "bibliotek, kulturskola och idrottsanläggningar")], doc=D),
    rec("2", KL[9], [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV),
                     ("ersättare", "ersättare", FTV)], [HAR],
        [st("nämnd", "Nämnden", "none", None, "ha", "har", "nio ledamöter och nio ersättare")],
        doc=D),
    rec("3", KL[10], [("nämndens", "nämnd", POL)], [("Gå", "gå", "imp", "act"), inf("läsa")],
        doc=D),
]

# (d) A förbund's arbetsordning printed by a document site: wrapped capitals title, counters.
D = "w51-f-arbetsordning"
AO_TEXT = """ARBETSORDNING FÖR

DIREKTIONEN, FÖRBUNDSCHEFEN OCH

REVISORERNA I SJÖDALENS RÄDDNINGSFÖRBUND

(1)

SAMMANTRÄDEN

1 § Direktionen sammanträder minst fyra gånger per år.

2 § Ordföranden kallar till sammanträde senast sju dagar i förväg.

(2)

LEDNING OCH GRANSKNING

3 § Förbundschefen ansvarar för förbundets löpande verksamhet.

4 § Revisorerna granskar förbundets verksamhet varje år.

(3)

5 § Denna arbetsordning gäller från och med den 1 mars 2027.
"""
AL = [line for line in AO_TEXT.split("\n") if line]
SRF = "sjödalens räddningsförbund"
DIR = "direktion"
ORD = "ordförande"


def para(n, line, actors=(), verbs=(), statements=(), *, parent):
    """A `N §` paragraph: its text after the label."""
    label = f"{n} §"
    return rec(f"§{n}", line[len(label) + 1:], actors, verbs, statements, doc=D, parent=parent,
               label=label)


ARBETS = [
    rec("title", " ".join(AL[:3]),
        [("DIREKTIONEN", DIR, POL), ("FÖRBUNDSCHEFEN", "förbundschef", TJP),
         ("REVISORERNA", "revisor", FTV), ("SJÖDALENS RÄDDNINGSFÖRBUND", SRF, ORG)], doc=D,
        kind="heading"),
    rec("h1", AL[4], doc=D, kind="heading"),
    para(1, AL[5], [("Direktionen", DIR, POL)], [pres("sammanträder", "sammanträda")],
         [st(DIR, "Direktionen", "none", None, "sammanträda", "sammanträder",
             "minst fyra gånger per år")], parent="h1"),
    para(2, AL[6], [("Ordföranden", ORD, FTV)], [pres("kallar", "kalla")],
         [st(ORD, "Ordföranden", "none", None, "kalla", "kallar",
             "till sammanträde senast sju dagar i förväg")], parent="h1"),
    rec("h2", AL[8], doc=D, kind="heading"),
    para(3, AL[9], [("Förbundschefen", "förbundschef", TJP), ("förbundets", "förbund", ORG)],
         [pres("ansvarar", "ansvara")],
         [st("förbundschef", "Förbundschefen", "responsibility", "ansvarar för", "ansvara",
             "ansvarar", "förbundets löpande verksamhet")], parent="h2"),
    para(4, AL[10], [("Revisorerna", "revisor", FTV), ("förbundets", "förbund", ORG)],
         [pres("granskar", "granska")],
         [st("revisor", "Revisorerna", "none", None, "granska", "granskar",
             "förbundets verksamhet varje år")], parent="h2"),
    para(5, AL[12], [], [pres("gäller", "gälla")], parent="h2"),
]

DOCUMENTS = {"w51-f-delegation": (DEL_TEXT, DELEGATION),
             "w51-f-insynsrad": (INS_TEXT, INSYN),
             "w51-f-kulturnamnd": (KN_TEXT, KULTUR),
             "w51-f-arbetsordning": (AO_TEXT, ARBETS)}

if __name__ == "__main__":
    _ = (AR, OVR)
    write_part(sys.argv[1], "w51-f", DOCUMENTS)
