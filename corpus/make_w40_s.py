"""Builds corpus/dev/w40-s.jsonl and the small documents corpus/dev/w40-s-*.txt with their
gold: invented material for round 40, writer S (analyses of parts aw and ax; gold by hand
from docs/annotation.md before the rules): aw-S1 a web page's numbered list whose items end
in `,` (several longer than eight words) before headings with a statute cite, each over a
bare `§ N` line (`w40-s-rad`), and a width-wrapped reglemente whose lines break after a
comma mid-sentence with a heading over a bare `§ N` line (`w40-s-val`, the negative: its
wrapped lines still join); aw-A4 a coordinator hyphen glued in capitals
(`IDROTTS-OCH FRILUFTSNÄMNDEN`, `w40-s-kultur`); aw-S4 a flattened taxa line (`w40-s-taxa`):
a one-word numbered heading before a sentence opening with a capitalised preposition, inline
`a) b) c)` items, capitalised dash items after a colon
with no stop between them, and a `punkt a) och b)` reference (the negative); aw-S3 a 5dok
cover (`w40-s-bisyssla`): document-info labels one a line with their values (the title
repeated as `Dokumentnamn`'s value, a lone `-` a lost value) and lone `(N)` page counters;
ax-8 a web stadgar whose sentence line with a modal lost its stop (`w40-s-klubb`: a paragraph
with an implicit statement, no heading), beside headings `Ekonomi` and `Beslut som kan
överklagas` (the negative: a relative's modal); ax-2 a docplayer förbundsordning whose page
lines open with the page index and then a section number that continues it (`3 4 Direktion
…` after page line `2 1 Uppgifter …`, `w40-s-forbund`): each page line one clause, id and
label the page index, the section number kept in its text; aw-S3 (c) a web reglemente whose
decision reference `<date> <register> § N` stands on the line above its adoption line
(`w40-s-fritid`: one metadata clause). Offsets computed.
Run: python corpus/make_w40_s.py corpus/dev"""

import sys

from records import FTV, ORG, OVR, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w40-s", conditions_from_statements=True)


PR = "pensionärsråd"
HOERAS = ("höras", "höra", "inf", "pass")


def heard(obj):
    return st(PR, "rådet", "obligation", "ska", "höra", "höras", obj, passive=True)


D = "w40-s-rad"
RAD_TEXT = """Arbetsordning för pensionärsrådet i Ekby kommun
Rådet yttrar sig i frågor som rör äldre. Därutöver ska rådet höras i ärenden om:
1. Planer för boenden och träffpunkter för äldre i egen regi,
2. Förändringar av färdtjänstens regler och avgifter under det kommande året,
3. Avgifter för hemtjänst och trygghetslarm,
4. Lokaler för studiecirklar och motion i alla kommundelar och byar,
5. Kulturutbudet för äldre på biblioteken och i samlingslokalerna,
6. Budgeten för äldreomsorgen inför varje nytt verksamhetsår,
Sammansättning (KL 6:2)
§ 1
Pensionärsrådet har elva ledamöter.
Ordförande (KL 6:9)
§ 2
Vid första sammanträdet väljer rådet en ordförande.
"""
RAD_ITEMS = [
    "Planer för boenden och träffpunkter för äldre i egen regi,",
    "Förändringar av färdtjänstens regler och avgifter under det kommande året,",
    "Avgifter för hemtjänst och trygghetslarm,",
    "Lokaler för studiecirklar och motion i alla kommundelar och byar,",
    "Kulturutbudet för äldre på biblioteken och i samlingslokalerna,",
    "Budgeten för äldreomsorgen inför varje nytt verksamhetsår,",
]
RAD = [
    rec("title", "Arbetsordning för pensionärsrådet i Ekby kommun",
        [("pensionärsrådet", PR, POL), ("Ekby kommun", "ekby kommun", "organisation")],
        doc=D, kind="heading"),
    rec("1", "Rådet yttrar sig i frågor som rör äldre. Därutöver ska rådet höras i ärenden om:",
        [("Rådet", PR, POL), ("rådet", PR, POL)],
        [("yttrar", "yttra", "pres", "act"), ("rör", "röra", "pres", "act"), SKA, HOERAS],
        [st(PR, "Rådet", "none", None, "yttra", "yttrar", "sig i frågor som rör äldre")], doc=D),
    *[rec(f"1.{letter}", item, statements=[heard(item.rstrip(","))], doc=D, kind="list_item",
          parent="1", label=f"{number}.")
      for number, (letter, item) in enumerate(zip("abcdef", RAD_ITEMS, strict=True), start=1)],
    rec("h1", "Sammansättning (KL 6:2)", doc=D, kind="heading"),
    rec("§1", "Pensionärsrådet har elva ledamöter.",
        [("Pensionärsrådet", PR, POL), ("ledamöter", "ledamot", FTV)],
        [("har", "ha", "pres", "act")],
        [st(PR, "Pensionärsrådet", "none", None, "ha", "har", "elva ledamöter")],
        doc=D, parent="h1", label="§ 1"),
    rec("h2", "Ordförande (KL 6:9)", [("Ordförande", "ordförande", FTV)], doc=D, kind="heading"),
    rec("§2", "Vid första sammanträdet väljer rådet en ordförande.",
        [("rådet", PR, POL), ("ordförande", "ordförande", FTV)],
        [("väljer", "välja", "pres", "act")],
        [st(PR, "rådet", "none", None, "välja", "väljer", "en ordförande",
            condition="Vid första sammanträdet")], doc=D, parent="h2", label="§ 2"),
]

D = "w40-s-val"
VAL_TEXT = """Reglemente för valnämnden i Ekby kommun

Valnämnden ansvarar för allmänna val och för folkomröstningar i orten,
och valnämnden ska i god tid före varje val informera om
vallokalernas öppettider och om förtidsröstningen.
Sammansättning
§ 3
Valnämnden består av fem ledamöter och fem
ersättare.
"""
VN = "valnämnd"
VAL_1 = ("Valnämnden ansvarar för allmänna val och för folkomröstningar i orten, och valnämnden "
         "ska i god tid före varje val informera om vallokalernas öppettider och om "
         "förtidsröstningen.")
VAL = [
    rec("title", "Reglemente för valnämnden i Ekby kommun",
        [("valnämnden", VN, POL), ("Ekby kommun", "ekby kommun", "organisation")],
        doc=D, kind="heading"),
    rec("1", VAL_1, [("Valnämnden", VN, POL), ("valnämnden", VN, POL)],
        [("ansvarar", "ansvara", "pres", "act"), SKA, ("informera", "informera", "inf", "act")],
        [st(VN, "Valnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för allmänna val och för folkomröstningar i orten"),
         st(VN, "valnämnden", "obligation", "ska", "informera", "informera",
            "om vallokalernas öppettider och om förtidsröstningen",
            condition="i god tid före varje val")], doc=D),
    rec("h1", "Sammansättning", doc=D, kind="heading"),
    rec("§3", "Valnämnden består av fem ledamöter och fem ersättare.",
        [("Valnämnden", VN, POL), ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV)],
        [("består", "bestå", "pres", "act")],
        [st(VN, "Valnämnden", "none", None, "bestå", "består",
            "av fem ledamöter och fem ersättare")], doc=D, parent="h1", label="§ 3"),
]

D = "w40-s-kultur"
KULTUR_TEXT = """REGLEMENTE FÖR IDROTTS-OCH FRILUFTSNÄMNDEN

IDROTTS-OCH FRILUFTSNÄMNDEN ska ansvara för motionsspåren.
"""
KFN = "idrotts- och friluftsnämnd"
KULTUR = [
    rec("title", "REGLEMENTE FÖR IDROTTS- OCH FRILUFTSNÄMNDEN",
        [("IDROTTS- OCH FRILUFTSNÄMNDEN", KFN, POL)], doc=D, kind="heading"),
    rec("1", "IDROTTS- OCH FRILUFTSNÄMNDEN ska ansvara för motionsspåren.",
        [("IDROTTS- OCH FRILUFTSNÄMNDEN", KFN, POL)], [SKA, ("ansvara", "ansvara", "inf", "act")],
        [st(KFN, "IDROTTS- OCH FRILUFTSNÄMNDEN", "obligation", "ska ansvara för", "ansvara",
            "ansvara", "för motionsspåren")], doc=D),
]

D = "w40-s-taxa"
TAXA_TEXT = """Taxa för uthyrning av Ekby sporthall
1 Allmänt Denna taxa gäller uthyrning av idrottshallar. 2 Avgiftsformer Enligt denna taxa tas \
följande avgifter ut: a) Timavgift för träning och matcher, b) Dagavgift för tävling och läger, \
c) Avgift för städning efter arrangemang. I timavgiften ingår följande tjänster: - Uppvärmning \
av hallen - Belysning och ventilation - Omklädningsrum med dusch 3 Betalning Föreningen ska \
betala fakturan inom trettio dagar. Avgiften enligt punkt a) och b) betalas i förskott.
"""
TAXA_3 = ("Föreningen ska betala fakturan inom trettio dagar. Avgiften enligt punkt a) och b) "
          "betalas i förskott.")
TAXA = [
    rec("title", "Taxa för uthyrning av Ekby sporthall", doc=D, kind="heading"),
    rec("1", "Allmänt", doc=D, kind="heading", label="1"),
    rec("1.1", "Denna taxa gäller uthyrning av idrottshallar.", [],
        [("gäller", "gälla", "pres", "act")], doc=D, parent="1"),
    rec("2", "Avgiftsformer", doc=D, kind="heading", label="2"),
    rec("2.1", "Enligt denna taxa tas följande avgifter ut:", [], [("tas", "ta", "pres", "pass")],
        doc=D, parent="2"),
    rec("2.1.a", "Timavgift för träning och matcher,", doc=D, kind="list_item", parent="2.1",
        label="a)"),
    rec("2.1.b", "Dagavgift för tävling och läger,", doc=D, kind="list_item", parent="2.1",
        label="b)"),
    rec("2.1.c", "Avgift för städning efter arrangemang.", doc=D, kind="list_item",
        parent="2.1", label="c)"),
    rec("2.2", "I timavgiften ingår följande tjänster:", [], [("ingår", "ingå", "pres", "act")],
        doc=D, parent="2"),
    rec("2.2.a", "Uppvärmning av hallen", doc=D, kind="list_item", parent="2.2", label="-"),
    rec("2.2.b", "Belysning och ventilation", doc=D, kind="list_item", parent="2.2", label="-"),
    rec("2.2.c", "Omklädningsrum med dusch", doc=D, kind="list_item", parent="2.2", label="-"),
    rec("3", "Betalning", doc=D, kind="heading", label="3"),
    rec("3.1", TAXA_3, [("Föreningen", "förening", "organisation")],
        [SKA, ("betala", "betala", "inf", "act"), ("betalas", "betala", "pres", "pass")],
        [st("förening", "Föreningen", "obligation", "ska", "betala", "betala",
            "fakturan inom trettio dagar")], doc=D, parent="3"),
]

D = "w40-s-bisyssla"
BISYSSLA_TEXT = """Riktlinje för bisysslor
Dokumenttyp
Riktlinje
Dokumentnamn
Riktlinje för bisysslor
Fastställd/Upprättad
KF 2031-03-12 § 40
Dokumentansvarig
Personalchef
Giltighetstid
-
(2)
1 Syfte
Riktlinjen ger chefer stöd i frågor om bisysslor.
(3)
2 Ansvar
Personalchefen ska följa upp riktlinjen varje år.
"""
BISYSSLA_FIELDS = ("Dokumenttyp Riktlinje Dokumentnamn Riktlinje för bisysslor "
                   "Fastställd/Upprättad KF 2031-03-12 § 40 Dokumentansvarig Personalchef "
                   "Giltighetstid -")
BISYSSLA = [
    rec("title", "Riktlinje för bisysslor", doc=D, kind="heading"),
    rec("m1", BISYSSLA_FIELDS, [("Personalchef", "personalchef", TJP)], doc=D),
    rec("1", "Syfte", doc=D, kind="heading", label="1"),
    rec("1.1", "Riktlinjen ger chefer stöd i frågor om bisysslor.", [("chefer", "chef", TJP)],
        [("ger", "ge", "pres", "act")], doc=D, parent="1"),
    rec("2", "Ansvar", doc=D, kind="heading", label="2"),
    rec("2.1", "Personalchefen ska följa upp riktlinjen varje år.",
        [("Personalchefen", "personalchef", TJP)], [SKA, ("följa", "följa", "inf", "act")],
        [st("personalchef", "Personalchefen", "obligation", "ska", "följa", "följa",
            "riktlinjen varje år")], doc=D, parent="2"),
]

D = "w40-s-klubb"
KLUBB_TEXT = """Stadgar för Norrvikens seglarklubb

Styrelsen sammanträder minst fyra gånger om året.

Vid varje sammanträde ska protokoll föras

Ekonomi

Räkenskapsåret är kalenderår.

Beslut som kan överklagas

Årsmötet prövar överklaganden.
"""
KLUBB = [
    rec("title", "Stadgar för Norrvikens seglarklubb", doc=D, kind="heading"),
    rec("1", "Styrelsen sammanträder minst fyra gånger om året.", [("Styrelsen", "styrelse", POL)],
        [("sammanträder", "sammanträda", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "minst fyra gånger om året")], doc=D),
    rec("2", "Vid varje sammanträde ska protokoll föras", [],
        [SKA, ("föras", "föra", "inf", "pass")],
        [st(None, None, "obligation", "ska", "föra", "föras", "protokoll", passive=True,
            condition="Vid varje sammanträde")], doc=D),
    rec("h1", "Ekonomi", doc=D, kind="heading"),
    rec("3", "Räkenskapsåret är kalenderår.", [], [("är", "vara", "pres", "act")], doc=D,
        parent="h1"),
    rec("h2", "Beslut som kan överklagas", [],
        [("kan", "kunna", "pres", "act"), ("överklagas", "överklaga", "inf", "pass")], doc=D,
        kind="heading"),
    rec("4", "Årsmötet prövar överklaganden.", [("Årsmötet", "årsmöte", OVR)],
        [("prövar", "pröva", "pres", "act")],
        [st("årsmöte", "Årsmötet", "none", None, "pröva", "prövar", "överklaganden")],
        doc=D, parent="h2"),
]

D = "w40-s-forbund"
FORBUND_TEXT = """Förbundsordning för Norrådalens räddningsförbund

2 1 Uppgifter Förbundet ska driva räddningstjänsten i medlemskommunerna och svara för tillsynen\
 över brandskyddet i deras byggnader och anläggningar under hela året. 2 Säte Förbundet har \
sitt säte i Norrå.

3 4 Direktion Direktionen väljer ordförande och vice ordförande bland sina ledamöter för hela \
mandatperioden. Direktionen sammanträder minst sex gånger om året. 5 Revision Revisorerna \
granskar förbundets verksamhet varje år.

4 6 Ekonomi Medlemskommunerna betalar bidrag till förbundet varje år i förhållande till sin \
andel av förbundets kostnader. Förbundet ska upprätta en budget för varje kalenderår.
"""
NRF, MK = "norrådalens räddningsförbund", "medlemskommun"
FORBUND_2 = FORBUND_TEXT.split("\n")[2][2:]
FORBUND_3 = FORBUND_TEXT.split("\n")[4][2:]
FORBUND_4 = FORBUND_TEXT.split("\n")[6][2:]
FORBUND = [
    rec("title", "Förbundsordning för Norrådalens räddningsförbund",
        [("Norrådalens räddningsförbund", NRF, ORG)], doc=D, kind="heading"),
    rec("2", FORBUND_2,
        [("Förbundet", NRF, ORG), ("medlemskommunerna", MK, ORG), ("Förbundet", NRF, ORG, 1)],
        [SKA, ("driva", "driva", "inf", "act"), ("svara", "svara", "inf", "act"),
         ("har", "ha", "pres", "act")],
        [st(NRF, "Förbundet", "obligation", "ska", "driva", "driva",
            "räddningstjänsten i medlemskommunerna"),
         st(NRF, "Förbundet", "obligation", "ska", "svara", "svara",
            "för tillsynen över brandskyddet i deras byggnader och anläggningar"),
         st(NRF, "Förbundet", "none", None, "ha", "har", "sitt säte i Norrå")],
        doc=D, label="2"),
    rec("3", FORBUND_3,
        [("Direktion", "direktion", POL), ("Direktionen", "direktion", POL),
         ("ordförande", "ordförande", FTV), ("vice ordförande", "vice ordförande", FTV),
         ("ledamöter", "ledamot", FTV), ("Direktionen", "direktion", POL, 1),
         ("Revisorerna", "revisor", FTV), ("förbundets", NRF, ORG)],
        [("väljer", "välja", "pres", "act"), ("sammanträder", "sammanträda", "pres", "act"),
         ("granskar", "granska", "pres", "act")],
        [st("direktion", "Direktionen", "none", None, "välja", "väljer",
            "ordförande och vice ordförande bland sina ledamöter"),
         st("direktion", "Direktionen", "none", None, "sammanträda", "sammanträder",
            "minst sex gånger om året"),
         st("revisor", "Revisorerna", "none", None, "granska", "granskar",
            "förbundets verksamhet")], doc=D, label="3"),
    rec("4", FORBUND_4,
        [("Medlemskommunerna", MK, ORG), ("förbundet", NRF, ORG), ("förbundets", NRF, ORG),
         ("Förbundet", NRF, ORG)],
        [("betalar", "betala", "pres", "act"), SKA, ("upprätta", "upprätta", "inf", "act")],
        [st(MK, "Medlemskommunerna", "none", None, "betala", "betalar", "bidrag till förbundet"),
         st(NRF, "Förbundet", "obligation", "ska", "upprätta", "upprätta",
            "en budget för varje kalenderår")], doc=D, label="4"),
]

D = "w40-s-fritid"
FRITID_TEXT = """Reglemente för fritidsnämnden i Västerby
2031-01-10 FRN § 4
Antaget i KF 2031-02-20
1 § Fritidsnämnden ansvarar för idrottsanläggningarna.
2 § Fritidsnämnden ska samråda med föreningarna.
"""
FRN = "fritidsnämnd"
FRITID = [
    rec("title", "Reglemente för fritidsnämnden i Västerby", [("fritidsnämnden", FRN, POL)],
        doc=D, kind="heading"),
    rec("m1", "2031-01-10 FRN § 4 Antaget i KF 2031-02-20",
        verbs=[("Antaget", "anta", "part", "pass")], doc=D),
    rec("§1", "Fritidsnämnden ansvarar för idrottsanläggningarna.",
        [("Fritidsnämnden", FRN, POL)], [("ansvarar", "ansvara", "pres", "act")],
        [st(FRN, "Fritidsnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för idrottsanläggningarna")], doc=D, label="1 §"),
    rec("§2", "Fritidsnämnden ska samråda med föreningarna.",
        [("Fritidsnämnden", FRN, POL), ("föreningarna", "förening", ORG)],
        [SKA, ("samråda", "samråda", "inf", "act")],
        [st(FRN, "Fritidsnämnden", "obligation", "ska", "samråda", "samråda",
            "med föreningarna")], doc=D, label="2 §"),
]

DOCUMENTS = {"w40-s-rad": (RAD_TEXT, RAD), "w40-s-val": (VAL_TEXT, VAL),
             "w40-s-kultur": (KULTUR_TEXT, KULTUR), "w40-s-taxa": (TAXA_TEXT, TAXA),
             "w40-s-bisyssla": (BISYSSLA_TEXT, BISYSSLA), "w40-s-klubb": (KLUBB_TEXT, KLUBB),
             "w40-s-forbund": (FORBUND_TEXT, FORBUND), "w40-s-fritid": (FRITID_TEXT, FRITID)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w40-s", DOCUMENTS)
