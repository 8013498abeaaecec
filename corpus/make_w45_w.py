"""Builds corpus/dev/w45-w.jsonl and the small documents corpus/dev/w45-w-*.txt with their
gold: invented material for round 45, writer W (layout families the segmenter had not met;
gold written by hand from docs/annotation.md before the rules): a Word document saved as plain
text with CRLF line ends, a contents list whose entries hold a tab and a page number, numbered
headings `1`, `1.1`, `1.1.1` with a tab after the number, a soft line break inside a sentence
and a tab-separated table (`w45-w-wordtext`); a web table copied one cell a line, its header
row repeated under each heading, empty cells as empty lines or missing (`w45-w-celltabell`); an
office-suite PDF text layer with capitals headings, footnote numbers glued to words and the
footnotes at the page foot, bare page numbers and form feeds, Symbol-font bullets, ligatures
and no-break spaces (`w45-w-pdflager`); a Markdown export saved as ``.txt`` with `#`/`##`
headings, inline emphasis and a link, `- ` and `1. ` items and a `> ` note
(`w45-w-markdown`); a footnote mark glued to an actor (`Kommunstyrelsen3`, open).
Negatives: a sentence ending in a year and a statute number (no footnote),
a word with a lone asterisk, a single short heading line between paragraphs. Offsets computed.
Run: python corpus/make_w45_w.py corpus/dev"""

import sys

from records import EXT, FORV, FTV, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w45-w", conditions_from_statements=True)

FAR = ("får", "få", "pres", "act")

D = "w45-w-wordtext"
WORD_LINES = [
    "Instruktion för förvaltningschefen i Lundmarks kommun",
    "",
    "Innehåll",
    "1\tInledning\t2",
    "1.1\tGiltighet\t2",
    "2\tFörvaltningschefens uppdrag\t2",
    "2.1\tLedning\t3",
    "2.1.1\tEkonomi\t3",
    "3\tDelegering\t4",
    "",
    "1\tInledning",
    "1.1\tGiltighet",
    "Instruktionen gäller från den 1 januari 2025 och ersätter",
    "den tidigare instruktionen.",
    "2\tFörvaltningschefens uppdrag",
    "2.1\tLedning",
    "Förvaltningschefen ska leda förvaltningens arbete och se till att byggnadsnämndens beslut",
    "verkställs.",
    "2.1.1\tEkonomi",
    "Förvaltningschefen ansvarar för att budgeten följs.",
    "Ekonomi",
    "Byggnadsnämnden fastställer budgeten varje år.",
    "3\tDelegering",
    "Ärende\tDelegat\tAnmärkning",
    "Yttrande i bygglovsärenden\tFörvaltningschefen\tEfter samråd",
    "Beslut om tillsynsavgift\tBygglovschefen\t",
    "",
]
WORD_TEXT = "\r\n".join(WORD_LINES)
FC = "förvaltningschef"
BN = "byggnadsnämnd"
WORD = [
    rec("title", "Instruktion för förvaltningschefen i Lundmarks kommun",
        [("förvaltningschefen", FC, TJP), ("Lundmarks kommun", "lundmarks kommun", "organisation")],
        doc=D, kind="heading"),
    rec("toc", "Innehåll 1 Inledning 2 1.1 Giltighet 2 2 Förvaltningschefens uppdrag 2 "
        "2.1 Ledning 3 2.1.1 Ekonomi 3 3 Delegering 4",
        [("Förvaltningschefens", FC, TJP)], doc=D, kind="heading"),
    rec("1", "Inledning", doc=D, kind="heading", label="1"),
    rec("1.1", "Giltighet", doc=D, kind="heading", label="1.1", parent="1"),
    rec("1.1.1", "Instruktionen gäller från den 1 januari 2025 och ersätter den tidigare "
        "instruktionen.", [], [pres("gäller", "gälla"), pres("ersätter", "ersätta")],
        doc=D, parent="1.1"),
    rec("2", "Förvaltningschefens uppdrag", [("Förvaltningschefens", FC, TJP)], doc=D,
        kind="heading", label="2"),
    rec("2.1", "Ledning", doc=D, kind="heading", label="2.1", parent="2"),
    rec("2.1.a", "Förvaltningschefen ska leda förvaltningens arbete och se till att "
        "byggnadsnämndens beslut verkställs.",
        [("Förvaltningschefen", FC, TJP), ("förvaltningens", "förvaltning", FORV),
         ("byggnadsnämndens", BN, POL)],
        [SKA, inf("leda"), inf("se"), pres("verkställs", "verkställa", "pass")],
        [st(FC, "Förvaltningschefen", "obligation", "ska", "leda", "leda",
            "förvaltningens arbete"),
         st(FC, "Förvaltningschefen", "obligation", "ska", "se", "se",
            "till att byggnadsnämndens beslut verkställs")], doc=D, parent="2.1"),
    rec("2.1.1", "Ekonomi", doc=D, kind="heading", label="2.1.1", parent="2.1"),
    rec("2.1.1.a", "Förvaltningschefen ansvarar för att budgeten följs.",
        [("Förvaltningschefen", FC, TJP)],
        [pres("ansvarar", "ansvara"), pres("följs", "följa", "pass")],
        [st(FC, "Förvaltningschefen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för att budgeten följs")], doc=D, parent="2.1.1"),
    # negative: a one-word line between two sentences is a heading, no table cell
    rec("2.1.1.h", "Ekonomi", doc=D, kind="heading", parent="2.1.1"),
    rec("2.1.1.b", "Byggnadsnämnden fastställer budgeten varje år.",
        [("Byggnadsnämnden", BN, POL)], [pres("fastställer", "fastställa")],
        [st(BN, "Byggnadsnämnden", "none", None, "fastställa", "fastställer",
            "budgeten varje år")], doc=D, parent="2.1.1"),
    rec("3", "Delegering", doc=D, kind="heading", label="3"),
    rec("3.h", "Ärende Delegat Anmärkning", doc=D, kind="heading", parent="3"),
    rec("3.1", "Yttrande i bygglovsärenden Förvaltningschefen Efter samråd",
        [("Förvaltningschefen", FC, TJP)], doc=D, parent="3"),
    rec("3.2", "Beslut om tillsynsavgift Bygglovschefen",
        [("Bygglovschefen", "bygglovschef", TJP)], doc=D, parent="3"),
]

D = "w45-w-celltabell"
CELL_TEXT = """Delegationsordning för socialnämnden i Björkvik
1 Allmänna ärenden
Nr
Ärende
Delegat
Lagrum
Anmärkning
1.1
Yttrande till förvaltningsrätten
Avdelningschef
KL 6:37

1.2
Beslut att överklaga dom
Socialchef

Efter samråd med ordföranden
2 Ekonomi
Nr
Ärende
Delegat
Lagrum
Anmärkning
2.1
Attest av fakturor
Enhetschef


2.2
Avskrivning av fordringar
Ekonomichef
KL 6:37
Högst fem prisbasbelopp
2.3
Nedskrivning av lager
Ekonomichef

Ekonomichefen ska rapportera till nämnden.
Delegaten ska anmäla besluten till socialnämnden varje månad.
3 Personal
Ärende
Delegat
Anmärkning
Anställning av handläggare
Enhetschef
Socialchefen ska informeras i förväg.
Ledighet upp till en vecka
Enhetschef

Socialchefen informerar nämnden.
"""
SN = "socialnämnd"
HEAD_ROW = "Nr Ärende Delegat Lagrum Anmärkning"
CELL = [
    rec("title", "Delegationsordning för socialnämnden i Björkvik", [("socialnämnden", SN, POL)],
        doc=D, kind="heading"),
    rec("1", "Allmänna ärenden", doc=D, kind="heading", label="1"),
    rec("1.h", HEAD_ROW, doc=D, kind="heading", parent="1"),
    rec("1.1", "Yttrande till förvaltningsrätten Avdelningschef KL 6:37",
        [("förvaltningsrätten", "förvaltningsrätt", EXT),
         ("Avdelningschef", "avdelningschef", TJP)], doc=D, parent="1", label="1.1"),
    rec("1.2", "Beslut att överklaga dom Socialchef Efter samråd med ordföranden",
        [("Socialchef", "socialchef", TJP), ("ordföranden", "socialnämndens ordförande", FTV)],
        [inf("överklaga")], doc=D, parent="1", label="1.2"),
    rec("2", "Ekonomi", doc=D, kind="heading", label="2"),
    rec("2.h", HEAD_ROW, doc=D, kind="heading", parent="2"),
    rec("2.1", "Attest av fakturor Enhetschef", [("Enhetschef", "enhetschef", TJP)], doc=D,
        parent="2", label="2.1"),
    rec("2.2", "Avskrivning av fordringar Ekonomichef KL 6:37 Högst fem prisbasbelopp",
        [("Ekonomichef", "ekonomichef", TJP)], doc=D, parent="2", label="2.2"),
    # a sentence in a numbered row's last cell keeps its statement (the row a table row)
    rec("2.3", "Nedskrivning av lager Ekonomichef Ekonomichefen ska rapportera till nämnden.",
        [("Ekonomichef", "ekonomichef", TJP), ("Ekonomichefen", "ekonomichef", TJP),
         ("nämnden", "nämnd", POL)], [SKA, inf("rapportera")],
        [st("ekonomichef", "Ekonomichefen", "obligation", "ska", "rapportera", "rapportera",
            "till nämnden")], doc=D, parent="2", label="2.3"),
    # negative: a sentence line after the table is no cell of its last row
    rec("2.4", "Delegaten ska anmäla besluten till socialnämnden varje månad.",
        [("Delegaten", "delegat", TJP), ("socialnämnden", SN, POL)], [SKA, inf("anmäla")],
        [st("delegat", "Delegaten", "obligation", "ska", "anmäla", "anmäla",
            "besluten till socialnämnden varje månad")], doc=D, parent="2"),
    # rows without numbers: a sentence in a row's last cell stays in the row; a short
    # sentence after the last row is no cell (negative)
    rec("3", "Personal", doc=D, kind="heading", label="3"),
    rec("3.h", "Ärende Delegat Anmärkning", doc=D, kind="heading", parent="3"),
    rec("3.1", "Anställning av handläggare Enhetschef Socialchefen ska informeras i förväg.",
        [("handläggare", "handläggare", TJP), ("Enhetschef", "enhetschef", TJP),
         ("Socialchefen", "socialchef", TJP)],
        [SKA, inf("informeras", "informera", "pass")], doc=D, parent="3"),
    rec("3.2", "Ledighet upp till en vecka Enhetschef", [("Enhetschef", "enhetschef", TJP)],
        doc=D, parent="3"),
    rec("3.3", "Socialchefen informerar nämnden.",
        [("Socialchefen", "socialchef", TJP), ("nämnden", "nämnd", POL)],
        [pres("informerar", "informera")],
        [st("socialchef", "Socialchefen", "none", None, "informera", "informerar", "nämnden")],
        doc=D, parent="3"),
]

D = "w45-w-pdflager"
NB = "\u00a0"
PDF_TEXT = f"""REGLEMENTE FÖR VALNÄMNDEN I ÅSBERGA
1 NÄMNDENS UPPGIFTER
Valnämnden fullgör kommunens uppgifter enligt vallagen1 och ansvarar för
valdistriktsindelningen.
Nämnden ska utse röstmottagare i god tid före varje val2. Nämnden ska särskilt:
\uf0b7\tutbilda röstmottagarna,
\uf0b7\tinformera väljarna om var de kan rösta,
o\tsärskilt väljare med funktionsnedsättning.
1 Vallagen (2022:1267).
2 Se även valförordningen.
1
\f2 SAMMANTRÄDEN
Nämnden sammanträder när ordföranden bestämmer. Ordföranden ska kalla till ett extra
sammanträde om minst tre ledamöter begär det.
Nämnden ska ha en ﬁnansiell plan som gäller i enlighet med kommunallagen (2017:725).
Protokollet justeras av ordföranden och en ledamot senast{NB}14{NB}dagar efter sammanträdet.
Kommunstyrelsen3 fastställer nämndens budget.
3 Se kommunallagen 11 kap.
2
"""
VN = "valnämnd"
NMD = "nämnd"  # a bare `nämnden` stays `nämnd` (§2.3)
VORD = "valnämndens ordförande"  # round 46 (chairs): the title's genitive
PDF = [
    rec("title", "REGLEMENTE FÖR VALNÄMNDEN I ÅSBERGA", [("VALNÄMNDEN", VN, POL)], doc=D,
        kind="heading"),
    rec("1", "NÄMNDENS UPPGIFTER", [("NÄMNDENS", NMD, POL)], doc=D, kind="heading", label="1"),
    rec("1.1", "Valnämnden fullgör kommunens uppgifter enligt vallagen1 och ansvarar för "
        "valdistriktsindelningen.",
        [("Valnämnden", VN, POL), ("kommunens", "kommun", "organisation")],
        [pres("fullgör", "fullgöra"), pres("ansvarar", "ansvara")],
        [st(VN, "Valnämnden", "none", None, "fullgöra", "fullgör", "kommunens uppgifter",
            condition="enligt vallagen1"),
         st(VN, "Valnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för valdistriktsindelningen")], doc=D, parent="1"),
    rec("1.2", "Nämnden ska utse röstmottagare i god tid före varje val2. Nämnden ska "
        "särskilt:", [("Nämnden", NMD, POL), ("röstmottagare", "röstmottagare", "övrig"),
                      ("Nämnden", NMD, POL, 1)],
        [SKA, inf("utse"), ("ska", "skola", "pres", "act", 1)],
        [st(NMD, "Nämnden", "obligation", "ska", "utse", "utse",
            "röstmottagare i god tid före varje val2")], doc=D, parent="1"),
    rec("1.2.a", "utbilda röstmottagarna,", [("röstmottagarna", "röstmottagare", "övrig")],
        [inf("utbilda")],
        [st(NMD, "Nämnden", "obligation", "ska", "utbilda", "utbilda", "röstmottagarna")],
        doc=D, kind="list_item", parent="1.2", label="•"),
    rec("1.2.b", "informera väljarna om var de kan rösta,",
        [("väljarna", "väljare", EXT)], [inf("informera"), pres("kan", "kunna"), inf("rösta")],
        [st(NMD, "Nämnden", "obligation", "ska", "informera", "informera",
            "väljarna om var de kan rösta")], doc=D, kind="list_item", parent="1.2", label="•"),
    rec("1.2.b.a", "särskilt väljare med funktionsnedsättning.", [("väljare", "väljare", EXT)],
        doc=D, kind="list_item", parent="1.2.b", label="◦"),
    rec("fn1", "Vallagen (2022:1267).", doc=D, label="1"),
    rec("fn2", "Se även valförordningen.", [], [pres("Se", "se")], doc=D, label="2"),
    rec("2", "SAMMANTRÄDEN", doc=D, kind="heading", label="2"),
    rec("2.1", "Nämnden sammanträder när ordföranden bestämmer. Ordföranden ska kalla till ett "
        "extra sammanträde om minst tre ledamöter begär det.",
        [("Nämnden", NMD, POL), ("ordföranden", VORD, FTV), ("Ordföranden", VORD, FTV),
         ("ledamöter", "ledamot", FTV)],
        [pres("sammanträder", "sammanträda"), pres("bestämmer", "bestämma"), SKA,
         inf("kalla"), pres("begär", "begära")],
        [st(NMD, "Nämnden", "none", None, "sammanträda", "sammanträder", None,
            condition="när ordföranden bestämmer"),
         st(VORD, "Ordföranden", "obligation", "ska", "kalla", "kalla",
            "till ett extra sammanträde", condition="om minst tre ledamöter begär det")],
        doc=D, parent="2"),
    # negative: a year and a statute number in brackets end the sentence, no footnote
    rec("2.2", "Nämnden ska ha en ﬁnansiell plan som gäller i enlighet med kommunallagen "
        "(2017:725).", [("Nämnden", NMD, POL)], [SKA, inf("ha"), pres("gäller", "gälla")],
        [st(NMD, "Nämnden", "obligation", "ska", "ha", "ha",
            "en ﬁnansiell plan som gäller i enlighet med kommunallagen (2017:725)")],
        doc=D, parent="2"),
    rec("2.3", f"Protokollet justeras av ordföranden och en ledamot senast{NB}14{NB}dagar "
        "efter sammanträdet.",
        [("ordföranden", VORD, FTV), ("ledamot", "ledamot", FTV)],
        [pres("justeras", "justera", "pass")],
        [st(VORD, "ordföranden", "none", None, "justera", "justeras", "Protokollet",
            passive=True, condition=f"senast{NB}14{NB}dagar efter sammanträdet"),
         st("ledamot", "ledamot", "none", None, "justera", "justeras",
            "Protokollet", passive=True,
            condition=f"senast{NB}14{NB}dagar efter sammanträdet")],
        doc=D, parent="2"),
    # a footnote number glued to an actor: the mark in no span, the actor found (open in
    # round 45: the tokenizer keeps the mark on the word; a split was tried and dropped)
    rec("2.4", "Kommunstyrelsen3 fastställer nämndens budget.", [("nämndens", NMD, POL)],
        [pres("fastställer", "fastställa")],
        [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "fastställa", "fastställer",
            "nämndens budget")], doc=D, parent="2"),
    rec("fn3", "Se kommunallagen 11 kap.", [], [pres("Se", "se")], doc=D, label="3"),
]
# `records.find` wants a word boundary, and the glued mark leaves none after the actor
PDF[-2]["spans"].insert(0, {"start": 0, "end": 15, "text": "Kommunstyrelsen", "label": "ACTOR",
                            "canonical": "kommunstyrelse", "category": POL})

D = "w45-w-markdown"
MD_TEXT = """# Stadgar för Idrottsföreningen Kvarnbacken

## 1 § Ändamål

Föreningen ska **främja** motion och idrott för barn och unga i [Kvarnbacken](https://kvarnbacken.example.se/om).

## 2 § Styrelse

Styrelsen består av:

- ordförande,
- kassör,
- tre ledamöter.

> Observera att styrelsen väljs för ett år i taget.

## 3 § Årsmöte

Årsmötet hålls före mars månads utgång. Kallelsen skickas *senast* två veckor före mötet.
På årsmötet ska följande ärenden behandlas:

1. Val av ordförande för mötet.
2. Fastställande av röstlängd.

Medlemsavgiften* fastställs av årsmötet.
"""
IK = "idrottsföreningen kvarnbacken"
MD = [
    rec("title", "Stadgar för Idrottsföreningen Kvarnbacken",
        [("Idrottsföreningen", "idrottsföreningen", "organisation")], doc=D, kind="heading"),
    rec("1", "Ändamål", doc=D, kind="heading", label="1 §"),
    rec("1.1", "Föreningen ska främja motion och idrott för barn och unga i Kvarnbacken.",
        [("Föreningen", "förening", "organisation")], [SKA, inf("främja")],
        [st("förening", "Föreningen", "obligation", "ska", "främja", "främja",
            "motion och idrott för barn och unga i Kvarnbacken")], doc=D, parent="1"),
    rec("2", "Styrelse", doc=D, kind="heading", label="2 §"),
    # a colon lead-in has no statement of its own: its items carry it (§5.1)
    rec("2.1", "Styrelsen består av:", [("Styrelsen", "styrelse", POL)],
        [pres("består", "bestå")], doc=D, parent="2"),
    rec("2.1.a", "ordförande,", [("ordförande", "ordförande", FTV)],
        statements=[st("styrelse", "Styrelsen", "none", None, "bestå", "består", "ordförande,")],
        doc=D, kind="list_item", parent="2.1", label="-"),
    rec("2.1.b", "kassör,", [("kassör", "kassör", FTV)],
        statements=[st("styrelse", "Styrelsen", "none", None, "bestå", "består", "kassör,")],
        doc=D, kind="list_item", parent="2.1", label="-"),
    rec("2.1.c", "tre ledamöter.", [("ledamöter", "ledamot", FTV)],
        statements=[st("styrelse", "Styrelsen", "none", None, "bestå", "består",
                       "tre ledamöter.")],
        doc=D, kind="list_item", parent="2.1", label="-"),
    rec("2.2", "Observera att styrelsen väljs för ett år i taget.",
        [("styrelsen", "styrelse", POL)], [pres("Observera", "observera"),
                                           pres("väljs", "välja", "pass")],
        doc=D, parent="2"),
    rec("3", "Årsmöte", doc=D, kind="heading", label="3 §"),
    rec("3.1", "Årsmötet hålls före mars månads utgång. Kallelsen skickas senast två veckor "
        "före mötet. På årsmötet ska följande ärenden behandlas:",
        [("Årsmötet", "årsmöte", POL), ("årsmötet", "årsmöte", POL)],
        [pres("hålls", "hålla", "pass"), pres("skickas", "skicka", "pass"), SKA,
         inf("behandlas", "behandla", "pass")], doc=D, parent="3"),
    rec("3.1.a", "Val av ordförande för mötet.", [("ordförande", "ordförande", FTV)], doc=D,
        kind="list_item", parent="3.1", label="1."),
    rec("3.1.b", "Fastställande av röstlängd.", doc=D, kind="list_item", parent="3.1",
        label="2."),
    # negative: a lone asterisk glued to a word is no emphasis
    rec("3.2", "Medlemsavgiften* fastställs av årsmötet.", [("årsmötet", "årsmöte", POL)],
        [pres("fastställs", "fastställa", "pass")],
        [st("årsmöte", "årsmötet", "none", None, "fastställa", "fastställs", "Medlemsavgiften*",
            passive=True)], doc=D, parent="3"),
]

DOCUMENTS = {"w45-w-wordtext": (WORD_TEXT, WORD), "w45-w-celltabell": (CELL_TEXT, CELL),
             "w45-w-pdflager": (PDF_TEXT, PDF), "w45-w-markdown": (MD_TEXT, MD)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w45-w", DOCUMENTS)
