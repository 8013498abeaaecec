"""Builds corpus/dev/w43-g.jsonl and the documents corpus/dev/w43-g-*.txt with their gold:
invented material for round 43, writer G (analysis probe43, segmentation causes; gold
written by hand per docs/annotation.md ahead of the rules). Cause 2: blank-line blocks with
a word hyphenated across a line break *inside* a block are no double-spaced PDF layer
(`w43-g-solvik`: the last dash item of a lead-in line, without a full stop, stays apart
from the next block); the negative is a real layer, an empty line after every line and
words hyphenated across the empty lines (`w43-g-skarvik`). Cause 6: a dash list run into
its lead-in's line after a colon in a blank-line document (`w43-g-solvik`,
`w43-g-dalby`), with the negatives of spaced dashes in a sentence, a gapped compound and
a year range, and a short line of web text, one line a clause (`w43-g-ekbacka`, §1.2: the
line stays whole). Cause 8: the title repeated under a page counter (`w43-g-solvik`; the
negative a numbered heading under a counter, `w43-g-dalby`). Causes 3 and 10: a flattened
delegation table (`w43-g-vasterby`) whose column-header rows (four tables, in the column
labels of layout.yaml `table_column_labels`) are headings without actors and whose rows
with an unpunctuated remark sentence (an agent passive, a modal) are paragraphs; the
negative a numbered heading of seven words without a verb.
Offsets computed. Run: python corpus/make_w43_g.py corpus/dev"""

import sys

from records import AR, EXT, FORV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w43-g", conditions_from_statements=True)


def item(doc, cid, text, label, actors=(), verbs=(), statements=()):
    return rec(cid, text, actors, verbs, statements, doc=doc, kind="list_item",
               parent=cid.rsplit(".", 1)[0], label=label)


# --- cause 2 (positive) and cause 8: blank-line blocks of wrapped lines ---------------------
D = "w43-g-solvik"
SV_TEXT = """Instruktion för kommundirektören i Solviks kommun

Fastställd av kommunstyrelsen den 14 januari 2026, § 7

1. Kommundirektörens ställning

Kommundirektören är chef för kommunledningskontoret och leder arbetet i kommunens \
förvaltningar. Kommundirektören rapporterar till kommunstyrelsen.

Kommundirektören ska särskilt:
- företräda kommunen i frågor om samverkan med grannkommunerna,
- samordna förvaltningarnas planering

Förvaltningscheferna ska hålla kommundirektören underrättad om viktiga händelser inom sina \
verksamheter.

Sida 2 av 2
Instruktion för kommundirektören i Solviks kommun

2. Ekonomi

Kommundirektören ansvarar för: - kommunens budgetprocess och långtidsplanering - \
lönepolitiken och kompetensförsörjningen - uppföljning av förvaltningarnas ekonomi

Kommundirektören ska i samråd med ekonomi-
chefen lämna förslag till budget. Ekonomichefen ansvarar för
kommunens redovisning.

Kommunstyrelsen följer upp kommundirektörens arbete varje år och lämnar en skriftlig \
bedömning till personalutskottet.
"""
KD, SK, KS, FC = "kommundirektör", "solviks kommun", "kommunstyrelse", "förvaltningschef"
EC = "ekonomichef"
SV_RESP = [("kommunens budgetprocess och långtidsplanering", [("kommunens", SK, ORG)]),
           ("lönepolitiken och kompetensförsörjningen", []),
           ("uppföljning av förvaltningarnas ekonomi", [("förvaltningarnas", "förvaltning", FORV)])]
SV = [
    rec("title", "Instruktion för kommundirektören i Solviks kommun",
        [("kommundirektören", KD, TJP), ("Solviks kommun", SK, ORG)], doc=D, kind="heading"),
    rec("m1", "Fastställd av kommunstyrelsen den 14 januari 2026, § 7",
        [("kommunstyrelsen", KS, POL)], doc=D),
    rec("1", "Kommundirektörens ställning", [("Kommundirektörens", KD, TJP)], doc=D,
        kind="heading", label="1."),
    rec("1.1", "Kommundirektören är chef för kommunledningskontoret och leder arbetet i "
        "kommunens förvaltningar. Kommundirektören rapporterar till kommunstyrelsen.",
        [("Kommundirektören", KD, TJP), ("kommunledningskontoret", "kommunledningskontor", FORV),
         ("kommunens", SK, ORG), ("förvaltningar", "förvaltning", FORV),
         ("Kommundirektören", KD, TJP, 1), ("kommunstyrelsen", KS, POL)],
        [AR, pres("leder", "leda"), pres("rapporterar", "rapportera")],
        [st(KD, "Kommundirektören", "none", None, "vara", "är",
            "chef för kommunledningskontoret"),
         st(KD, "Kommundirektören", "none", None, "leda", "leder",
            "arbetet i kommunens förvaltningar"),
         st(KD, "Kommundirektören", "none", None, "rapportera", "rapporterar",
            "till kommunstyrelsen")], doc=D, parent="1"),
    rec("1.2", "Kommundirektören ska särskilt:", [("Kommundirektören", KD, TJP)], [SKA], doc=D,
        parent="1"),
    item(D, "1.2.a", "företräda kommunen i frågor om samverkan med grannkommunerna,", "-",
         [("kommunen", SK, ORG), ("grannkommunerna", "grannkommun", ORG)],
         [inf("företräda")],
         [st(KD, "Kommundirektören", "obligation", "ska", "företräda", "företräda",
             "kommunen i frågor om samverkan med grannkommunerna")]),
    item(D, "1.2.b", "samordna förvaltningarnas planering", "-",
         [("förvaltningarnas", "förvaltning", FORV)], [inf("samordna")],
         [st(KD, "Kommundirektören", "obligation", "ska", "samordna", "samordna",
             "förvaltningarnas planering")]),
    rec("1.3", "Förvaltningscheferna ska hålla kommundirektören underrättad om viktiga "
        "händelser inom sina verksamheter.",
        [("Förvaltningscheferna", FC, TJP), ("kommundirektören", KD, TJP)],
        [SKA, inf("hålla")],
        [st(FC, "Förvaltningscheferna", "obligation", "ska", "hålla", "hålla",
            "kommundirektören underrättad om viktiga händelser inom sina verksamheter")],
        doc=D, parent="1"),
    rec("2", "Ekonomi", doc=D, kind="heading", label="2."),
    rec("2.1", "Kommundirektören ansvarar för:", [("Kommundirektören", KD, TJP)],
        [pres("ansvarar", "ansvara")], doc=D, parent="2"),
    *[item(D, f"2.1.{letter}", text, "-", actors, (),
           [st(KD, "Kommundirektören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
               text)])
      for letter, (text, actors) in zip("abc", SV_RESP, strict=True)],
    rec("2.2", "Kommundirektören ska i samråd med ekonomichefen lämna förslag till budget. "
        "Ekonomichefen ansvarar för kommunens redovisning.",
        [("Kommundirektören", KD, TJP), ("ekonomichefen", EC, TJP), ("Ekonomichefen", EC, TJP),
         ("kommunens", SK, ORG)],
        [SKA, inf("lämna"), pres("ansvarar", "ansvara")],
        [st(KD, "Kommundirektören", "obligation", "ska", "lämna", "lämna",
            "förslag till budget"),
         st(EC, "Ekonomichefen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "kommunens redovisning")], doc=D, parent="2"),
    rec("2.3", "Kommunstyrelsen följer upp kommundirektörens arbete varje år och lämnar en "
        "skriftlig bedömning till personalutskottet.",
        [("Kommunstyrelsen", KS, POL), ("kommundirektörens", KD, TJP),
         ("personalutskottet", "personalutskott", POL)],
        [pres("följer", "följa"), pres("lämnar", "lämna")],
        [st(KS, "Kommunstyrelsen", "none", None, "följa", "följer",
            "kommundirektörens arbete"),
         st(KS, "Kommunstyrelsen", "none", None, "lämna", "lämnar",
            "en skriftlig bedömning till personalutskottet")], doc=D, parent="2"),
]

# --- cause 2 (negative): a real double-spaced PDF text layer --------------------------------
D = "w43-g-skarvik"
SKV_TEXT = """Förordning (2031:44) med instruktion för Skarviks hamnförbund

Uppgifter

1 §

Hamnförbundet ska samordna hamnverksamheten i länet och utfärda före-

skrifter om hamnavgifter. Förbundet ska också samarbeta med länsstyrelsen

i frågor som rör farleder.

Ledning

2 §

Förbundet leds av direktionen. Direktionen ansvarar för verksam-

heten och utser en förbundschef.

3 §

Förbundschefen ska leda förbundets kansli.
"""
HF, DIR, FBC = "skarviks hamnförbund", "direktion", "förbundschef"
SKV = [
    rec("title", "Förordning (2031:44) med instruktion för Skarviks hamnförbund",
        [("Skarviks hamnförbund", HF, ORG)], doc=D, kind="heading"),
    rec("h1", "Uppgifter", doc=D, kind="heading"),
    rec("§1", "Hamnförbundet ska samordna hamnverksamheten i länet och utfärda föreskrifter "
        "om hamnavgifter. Förbundet ska också samarbeta med länsstyrelsen i frågor som rör "
        "farleder.",
        [("Hamnförbundet", HF, ORG), ("Förbundet", HF, ORG),
         ("länsstyrelsen", "länsstyrelse", EXT)],
        [SKA, inf("samordna"), inf("utfärda"), (*SKA, 1), inf("samarbeta"), pres("rör", "röra")],
        [st(HF, "Hamnförbundet", "obligation", "ska", "samordna", "samordna",
            "hamnverksamheten i länet"),
         st(HF, "Hamnförbundet", "obligation", "ska", "utfärda", "utfärda",
            "föreskrifter om hamnavgifter"),
         st(HF, "Förbundet", "obligation", "ska", "samarbeta", "samarbeta",
            "med länsstyrelsen i frågor som rör farleder")], doc=D, parent="h1", label="1 §"),
    rec("h2", "Ledning", doc=D, kind="heading"),
    rec("§2", "Förbundet leds av direktionen. Direktionen ansvarar för verksamheten och "
        "utser en förbundschef.",
        [("Förbundet", HF, ORG), ("direktionen", DIR, POL), ("Direktionen", DIR, POL),
         ("förbundschef", FBC, TJP)],
        [pres("leds", "leda", "pass"), pres("ansvarar", "ansvara"), pres("utser", "utse")],
        [st(DIR, "direktionen", "none", None, "leda", "leds", "Förbundet", passive=True),
         st(DIR, "Direktionen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "verksamheten"),
         st(DIR, "Direktionen", "none", None, "utse", "utser", "en förbundschef")],
        doc=D, parent="h2", label="2 §"),
    rec("§3", "Förbundschefen ska leda förbundets kansli.",
        [("Förbundschefen", FBC, TJP), ("förbundets", HF, ORG)], [SKA, inf("leda")],
        [st(FBC, "Förbundschefen", "obligation", "ska", "leda", "leda", "förbundets kansli")],
        doc=D, parent="h2", label="3 §"),
]

# --- cause 6: a dash list run into its lead-in's line; cause 8 negative -------------------
D = "w43-g-dalby"
DB_TEXT = """Reglemente för utbildningsnämnden i Dalby kommun

1. Uppgifter

Utbildningsnämnden ansvarar för: - skolskjutsar - elevhälsans organisation - uppföljning av \
kunskapsresultaten

Förvaltningschefen ska: - leda utbildningsförvaltningen - verkställa nämndens beslut

Nämnden – kommunens organ för skolfrågor – beslutar om skolskjuts.

Frågor om löne- och personalpolitik bereds av personalutskottet.

Sida 2 av 3
2. Sammanträden

Nämnden antar en plan för perioden 2026 - 2027.
"""
UN, DK, FC2 = "utbildningsnämnd", "dalby kommun", "förvaltningschef"
DB_RESP = [("skolskjutsar", []), ("elevhälsans organisation", []),
           ("uppföljning av kunskapsresultaten", [])]
DB = [
    rec("title", "Reglemente för utbildningsnämnden i Dalby kommun",
        [("utbildningsnämnden", UN, POL), ("Dalby kommun", DK, ORG)], doc=D, kind="heading"),
    rec("1", "Uppgifter", doc=D, kind="heading", label="1."),
    rec("1.1", "Utbildningsnämnden ansvarar för:", [("Utbildningsnämnden", UN, POL)],
        [pres("ansvarar", "ansvara")], doc=D, parent="1"),
    *[item(D, f"1.1.{letter}", text, "-", actors, (),
           [st(UN, "Utbildningsnämnden", "responsibility", "ansvarar för", "ansvara",
               "ansvarar", text)])
      for letter, (text, actors) in zip("abc", DB_RESP, strict=True)],
    rec("1.2", "Förvaltningschefen ska:", [("Förvaltningschefen", FC2, TJP)], [SKA], doc=D,
        parent="1"),
    item(D, "1.2.a", "leda utbildningsförvaltningen", "-",
         [("utbildningsförvaltningen", "utbildningsförvaltning", FORV)], [inf("leda")],
         [st(FC2, "Förvaltningschefen", "obligation", "ska", "leda", "leda",
             "utbildningsförvaltningen")]),
    item(D, "1.2.b", "verkställa nämndens beslut", "-", [("nämndens", "nämnd", POL)],
         [inf("verkställa")],
         [st(FC2, "Förvaltningschefen", "obligation", "ska", "verkställa", "verkställa",
             "nämndens beslut")]),
    rec("1.3", "Nämnden – kommunens organ för skolfrågor – beslutar om skolskjuts.",
        [("Nämnden", "nämnd", POL), ("kommunens", DK, ORG)], [pres("beslutar", "besluta")],
        [st("nämnd", "Nämnden", "none", None, "besluta", "beslutar", "om skolskjuts")],
        doc=D, parent="1"),
    rec("1.4", "Frågor om löne- och personalpolitik bereds av personalutskottet.",
        [("personalutskottet", "personalutskott", POL)], [pres("bereds", "bereda", "pass")],
        [st("personalutskott", "personalutskottet", "none", None, "bereda", "bereds",
            "Frågor om löne- och personalpolitik", passive=True)], doc=D, parent="1"),
    rec("2", "Sammanträden", doc=D, kind="heading", label="2."),
    rec("2.1", "Nämnden antar en plan för perioden 2026 - 2027.",
        [("Nämnden", "nämnd", POL)], [pres("antar", "anta")],
        [st("nämnd", "Nämnden", "none", None, "anta", "antar",
            "en plan för perioden 2026 - 2027")], doc=D, parent="2"),
]

# --- causes 3 and 10: a flattened delegation table ------------------------------------------
D = "w43-g-vasterby"
VB_TEXT = """Delegationsordning för socialnämnden i Västerby kommun

Gäller från 2026-02-01

1. Allmänt

Nämnden delegerar beslutanderätt till de tjänstepersoner som anges i förteckningen.

2. Delegationsförteckning

Ärende Delegat Lagrum Anmärkning
1 Beslut om bistånd i form av särskilt boende Enhetschef 4 kap. 1 § SoL Avslag beslutas av utskottet
2 Beslut om färdtjänst Handläggare 7 § LF Beslutet ska anmälas till nämnden
3 Beslut om hemtjänst Biståndshandläggare 4 kap. 1 § SoL

3. Anmälan av beslut och uppföljning av delegationen

Ärende Beslutsfattare Ersättare Kommentar
1 Yttrande till tingsrätten i vårdnadsmål Socialsekreterare Enhetschef Yttrandet undertecknas av \
avdelningschefen

4. Delegation inom äldreomsorgen

Ärendegrupp Delegat Vidaredelegation Anmärkningar
1 Beslut om trygghetslarm Biståndshandläggare Nej
2 Beslut om korttidsvistelse Enhetschef Ja

5. Delegation inom ekonomiskt bistånd

Ärendetyp Beslutsnivå Ersättare Lagstöd Kommentarer
1 Beslut om återkrav Enhetschef Handläggare 9 kap. 1 § SoL
"""
SN, VK = "socialnämnd", "västerby kommun"
VB = [
    rec("title", "Delegationsordning för socialnämnden i Västerby kommun",
        [("socialnämnden", SN, POL), ("Västerby kommun", VK, ORG)], doc=D, kind="heading"),
    rec("m1", "Gäller från 2026-02-01", doc=D),
    rec("1", "Allmänt", doc=D, kind="heading", label="1."),
    rec("1.1", "Nämnden delegerar beslutanderätt till de tjänstepersoner som anges i "
        "förteckningen.",
        [("Nämnden", "nämnd", POL), ("tjänstepersoner", "tjänsteperson", TJP)],
        [pres("delegerar", "delegera"), pres("anges", "ange", "pass")],
        [st("nämnd", "Nämnden", "none", None, "delegera", "delegerar",
            "beslutanderätt till de tjänstepersoner som anges i förteckningen")],
        doc=D, parent="1"),
    rec("2", "Delegationsförteckning", doc=D, kind="heading", label="2."),
    rec("2.1", "Ärende Delegat Lagrum Anmärkning", doc=D, kind="heading", parent="2"),
    rec("2.2", "Beslut om bistånd i form av särskilt boende Enhetschef 4 kap. 1 § SoL Avslag "
        "beslutas av utskottet",
        [("Enhetschef", "enhetschef", TJP), ("utskottet", "utskott", POL)],
        [pres("beslutas", "besluta", "pass")],
        [st("utskott", "utskottet", "none", None, "besluta", "beslutas", "Avslag",
            passive=True)], doc=D, parent="2", label="1"),
    rec("2.3", "Beslut om färdtjänst Handläggare 7 § LF Beslutet ska anmälas till nämnden",
        [("Handläggare", "handläggare", TJP), ("nämnden", "nämnd", POL)],
        [SKA, inf("anmälas", "anmäla", "pass")],
        [st(None, None, "obligation", "ska", "anmäla", "anmälas", "Beslutet", passive=True)],
        doc=D, parent="2", label="2"),
    rec("2.4", "Beslut om hemtjänst Biståndshandläggare 4 kap. 1 § SoL",
        [("Biståndshandläggare", "biståndshandläggare", TJP)], doc=D, parent="2", label="3"),
    rec("3", "Anmälan av beslut och uppföljning av delegationen", doc=D, kind="heading",
        label="3."),
    rec("3.1", "Ärende Beslutsfattare Ersättare Kommentar", doc=D, kind="heading", parent="3"),
    rec("3.2", "Yttrande till tingsrätten i vårdnadsmål Socialsekreterare Enhetschef "
        "Yttrandet undertecknas av avdelningschefen",
        [("tingsrätten", "tingsrätt", EXT), ("Socialsekreterare", "socialsekreterare", TJP),
         ("Enhetschef", "enhetschef", TJP), ("avdelningschefen", "avdelningschef", TJP)],
        [pres("undertecknas", "underteckna", "pass")],
        [st("avdelningschef", "avdelningschefen", "none", None, "underteckna",
            "undertecknas", "Yttrandet", passive=True)], doc=D, parent="3", label="1"),
    rec("4", "Delegation inom äldreomsorgen", doc=D, kind="heading", label="4."),
    rec("4.1", "Ärendegrupp Delegat Vidaredelegation Anmärkningar", doc=D, kind="heading",
        parent="4"),
    rec("4.2", "Beslut om trygghetslarm Biståndshandläggare Nej",
        [("Biståndshandläggare", "biståndshandläggare", TJP)], doc=D, parent="4", label="1"),
    rec("4.3", "Beslut om korttidsvistelse Enhetschef Ja", [("Enhetschef", "enhetschef", TJP)],
        doc=D, parent="4", label="2"),
    rec("5", "Delegation inom ekonomiskt bistånd", doc=D, kind="heading", label="5."),
    rec("5.1", "Ärendetyp Beslutsnivå Ersättare Lagstöd Kommentarer", doc=D, kind="heading",
        parent="5"),
    rec("5.2", "Beslut om återkrav Enhetschef Handläggare 9 kap. 1 § SoL",
        [("Enhetschef", "enhetschef", TJP), ("Handläggare", "handläggare", TJP)], doc=D,
        parent="5", label="1"),
]

# --- cause 6 (negative): web text, one line a clause --------------------------------------
D = "w43-g-ekbacka"
EB_TEXT = """Kulturnämnden i Ekbacka kommun
Kulturnämnden ansvarar för bibliotek och kulturskola.
Nämndens verksamhet omfattar: - bibliotek - kulturskola - konsthall
Nämnden fördelar bidrag till föreningar.
Nämnden sammanträder minst åtta gånger om året.
"""
KN, EK = "kulturnämnd", "ekbacka kommun"
EB = [
    rec("title", "Kulturnämnden i Ekbacka kommun",
        [("Kulturnämnden", KN, POL), ("Ekbacka kommun", EK, ORG)], doc=D, kind="heading"),
    rec("1", "Kulturnämnden ansvarar för bibliotek och kulturskola.",
        [("Kulturnämnden", KN, POL)], [pres("ansvarar", "ansvara")],
        [st(KN, "Kulturnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "bibliotek och kulturskola")], doc=D, parent="title"),
    rec("2", "Nämndens verksamhet omfattar: - bibliotek - kulturskola - konsthall",
        [("Nämndens", "nämnd", POL)], [pres("omfattar", "omfatta")], doc=D, parent="title"),
    rec("3", "Nämnden fördelar bidrag till föreningar.",
        [("Nämnden", "nämnd", POL), ("föreningar", "förening", ORG)],
        [pres("fördelar", "fördela")],
        [st("nämnd", "Nämnden", "none", None, "fördela", "fördelar", "bidrag till föreningar")],
        doc=D, parent="title"),
    rec("4", "Nämnden sammanträder minst åtta gånger om året.", [("Nämnden", "nämnd", POL)],
        [pres("sammanträder", "sammanträda")],
        [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder",
            "minst åtta gånger om året")], doc=D, parent="title"),
]

DOCUMENTS = {"w43-g-solvik": (SV_TEXT, SV), "w43-g-skarvik": (SKV_TEXT, SKV),
             "w43-g-dalby": (DB_TEXT, DB), "w43-g-vasterby": (VB_TEXT, VB),
             "w43-g-ekbacka": (EB_TEXT, EB)}

if __name__ == "__main__":
    write_part(sys.argv[1], "w43-g", DOCUMENTS)
