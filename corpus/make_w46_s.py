"""Builds corpus/dev/w46-s.jsonl and the small documents corpus/dev/w46-s-*.txt with their
gold: invented material for round 46, writer S (analysis 46-bm, segmentation of municipal
PDF prints; gold by hand from docs/annotation.md): bm cause 1, an adoption history written
as finite past passives after the document's definite kind noun, its stops lost in a page
line (``Avtalet antogs <date>, <nr> av <organ> i <ort> … Avtalet gäller från och med``)
after a verbless cover heading (`w46-s-lonenamnd`), with the negatives of a punctuated
prose sentence (``Riktlinjen antogs … § 40.``: a sentence with its statement, as the real
dev document real-gotene has it), a modal passive and a past active (`w46-s-avgifter`);
bm cause 2, a page line whose page index ``2`` opens it while the body's own numbering
restarts at ``1`` after a sentence end (`w46-s-lonenamnd`; the negative ``1 000 kronor``);
bm cause 5, a fused page counter of the label's number after it (``2 2(6) <Heading>
<sentence>``, `w46-s-delegering`, a one-word and a two-word heading; the control of a
line without the counter); bm cause 4, a page-1 line whose history after the cover's series
word in capitals has decision numbers ``14/19`` and ``Tillägg enligt …`` continuations,
then the title's repeat and a one-word heading stacked under it (`w46-s-individ`).
bm cause 8, page clauses whose inline ``N Heading`` stands before a sentence whose
subject is no actor (``4 Direktionen Antalet ledamöter … ska vara sju``: no statement) or an
actor (`w46-s-direktion`). Offsets computed.
Run: python corpus/make_w46_s.py corpus/dev"""

import sys

from records import AR, FAR, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w46-s", conditions_from_statements=True)


def past(word, lemma, voice="act", nth=0):
    return (word, lemma, "past", voice, nth)


D = "w46-s-lonenamnd"
LON_TEXT = """Samarbetsavtal om gemensam lönenämnd

1 SAMARBETSAVTAL Västby kommun och Norrå kommun Avtalet antogs 2020-03-16, 31 av \
Kommunfullmäktige i Västby Avtalet antogs , 45 av Kommunfullmäktige i Norrå Avtalet gäller \
från och med Inledning Kommunerna inrättar en gemensam lönenämnd. Reglementet för nämnden ska \
antas av fullmäktige i båda kommunerna.

2 Bakgrund Kommunerna sköter i dag lönerna själva. Avgiften för tjänsten höjdes med 1 000 \
kronor. 1 Uppdrag Nämnden ska sköta löneutbetalningarna åt båda kommunerna. 2 Ekonomi \
Kostnaderna fördelas efter folkmängd. Västby kommun ska redovisa utfallet varje kvartal.
"""
KF = "kommunfullmäktige"
GL = "gemensam lönenämnd"
VK = "västby kommun"
LON_META = ("Avtalet antogs 2020-03-16, 31 av Kommunfullmäktige i Västby Avtalet antogs , 45 av "
            "Kommunfullmäktige i Norrå Avtalet gäller från och med")
LON_1 = ("Kommunerna inrättar en gemensam lönenämnd. Reglementet för nämnden ska antas av "
         "fullmäktige i båda kommunerna.")
LON_2 = "Kommunerna sköter i dag lönerna själva. Avgiften för tjänsten höjdes med 1 000 kronor."
LON_S1 = "Nämnden ska sköta löneutbetalningarna åt båda kommunerna."
LON_S2 = "Kostnaderna fördelas efter folkmängd. Västby kommun ska redovisa utfallet varje kvartal."
LON = [
    rec("title", "Samarbetsavtal om gemensam lönenämnd", [("gemensam lönenämnd", GL, POL)],
        doc=D, kind="heading"),
    # the cover's verbless heading before the history (bm cause 1: the history opens after it)
    rec("1", "SAMARBETSAVTAL Västby kommun och Norrå kommun",
        [("Västby kommun", VK, ORG), ("Norrå kommun", "norrå kommun", ORG)], doc=D,
        kind="heading", label="1"),
    # §1.2 flattened adoption history: actors, no verb, no statement
    rec("m1", LON_META, [("Kommunfullmäktige", KF, POL), ("Kommunfullmäktige", KF, POL, 1)],
        doc=D, parent="1"),
    rec("h1", "Inledning", doc=D, kind="heading", parent="1"),
    rec("1.1", LON_1,
        [("Kommunerna", "kommun", ORG), ("gemensam lönenämnd", GL, POL),
         ("nämnden", "nämnd", POL), ("fullmäktige", KF, POL), ("kommunerna", "kommun", ORG)],
        [pres("inrättar", "inrätta"), SKA, inf("antas", "anta", "pass")],
        [st("kommun", "Kommunerna", "none", None, "inrätta", "inrättar", "en gemensam lönenämnd"),
         st(KF, "fullmäktige", "obligation", "ska", "anta", "antas", "Reglementet för nämnden",
            passive=True)], doc=D, parent="1"),
    # bm cause 2: the page index ``2`` opens the line; the body's numbering restarts at ``1``
    rec("2", "Bakgrund", doc=D, kind="heading", label="2"),
    rec("2.1", LON_2, [("Kommunerna", "kommun", ORG)],
        [pres("sköter", "sköta"), past("höjdes", "höja", "pass")],
        [st("kommun", "Kommunerna", "none", None, "sköta", "sköter", "lönerna")], doc=D,
        parent="2"),
    rec("s1", "Uppdrag", doc=D, kind="heading", label="1"),
    rec("s1.1", LON_S1, [("Nämnden", "nämnd", POL), ("kommunerna", "kommun", ORG)],
        [SKA, inf("sköta")],
        [st("nämnd", "Nämnden", "obligation", "ska", "sköta", "sköta",
            "löneutbetalningarna åt båda kommunerna")], doc=D, parent="s1"),
    rec("s2", "Ekonomi", doc=D, kind="heading", label="2"),
    rec("s2.1", LON_S2, [("Västby kommun", VK, ORG)],
        [pres("fördelas", "fördela", "pass"), SKA, inf("redovisa")],
        [st(VK, "Västby kommun", "obligation", "ska", "redovisa", "redovisa",
            "utfallet varje kvartal")], doc=D, parent="s2"),
]

D = "w46-s-avgifter"
AVG_TEXT = """Riktlinje för avgifter i Västby kommun

Riktlinjen antogs av kommunstyrelsen den 2 mars 2021, § 40. Den ersätter tidigare riktlinjer \
för avgifter.

Taxan ska fastställas av kommunfullmäktige varje år. Nämnden antog en ny taxa i mars 2019.
"""
KS = "kommunstyrelse"
AVG_1 = ("Riktlinjen antogs av kommunstyrelsen den 2 mars 2021, § 40. Den ersätter tidigare "
         "riktlinjer för avgifter.")
AVG_2 = "Taxan ska fastställas av kommunfullmäktige varje år. Nämnden antog en ny taxa i mars 2019."
AVG = [
    rec("title", "Riktlinje för avgifter i Västby kommun", [("Västby kommun", VK, ORG)], doc=D,
        kind="heading"),
    # negative (bm cause 1): a prose sentence with its own stop stays a sentence (round 46)
    rec("1", AVG_1, [("kommunstyrelsen", KS, POL)],
        [past("antogs", "anta", "pass"), pres("ersätter", "ersätta")],
        [st(KS, "kommunstyrelsen", "none", None, "anta", "antogs", "Riktlinjen",
            passive=True)], doc=D),
    rec("2", AVG_2, [("kommunfullmäktige", KF, POL), ("Nämnden", "nämnd", POL)],
        [SKA, inf("fastställas", "fastställa", "pass"), past("antog", "anta")],
        [st(KF, "kommunfullmäktige", "obligation", "ska", "fastställa", "fastställas", "Taxan",
            passive=True),
         st("nämnd", "Nämnden", "none", None, "anta", "antog", "en ny taxa")], doc=D),
]

D = "w46-s-delegering"
DEL_TEXT = """Delegationsordning för miljönämnden

Nämnden beslutar om delegering av sina ärenden. Delegaten ska anmäla besluten till nämnden vid \
nästa sammanträde.

2 2(6) Brådskande ärenden Förvaltningschefen får besluta i brådskande ärenden.

5 5 (6) Ansvar och uppföljning Avdelningscheferna ska följa upp delegationsbesluten varje år.

4 Uppföljning Nämnden ska varje år pröva om delegationen behöver ändras.
"""
DEL_1 = ("Nämnden beslutar om delegering av sina ärenden. Delegaten ska anmäla besluten till "
         "nämnden vid nästa sammanträde.")
DEL = [
    rec("title", "Delegationsordning för miljönämnden", [("miljönämnden", "miljönämnd", POL)],
        doc=D, kind="heading"),
    rec("1", DEL_1,
        [("Nämnden", "nämnd", POL), ("Delegaten", "delegat", TJP), ("nämnden", "nämnd", POL)],
        [pres("beslutar", "besluta"), SKA, inf("anmäla")],
        [st("nämnd", "Nämnden", "none", None, "besluta", "beslutar",
            "om delegering av sina ärenden"),
         st("delegat", "Delegaten", "obligation", "ska", "anmäla", "anmäla",
            "besluten till nämnden vid nästa sammanträde")], doc=D),
    # bm cause 5: the page counter after the label belongs to it (as ``1 1`` in w42-s)
    rec("2", "Brådskande ärenden", doc=D, kind="heading", label="2 2(6)"),
    rec("2.1", "Förvaltningschefen får besluta i brådskande ärenden.",
        [("Förvaltningschefen", "förvaltningschef", TJP)], [FAR, inf("besluta")],
        [st("förvaltningschef", "Förvaltningschefen", "permission", "får", "besluta", "besluta",
            "i brådskande ärenden")], doc=D, parent="2"),
    # a single counted line again (page 5 of 6; no run with the page before), two words
    rec("5", "Ansvar och uppföljning", doc=D, kind="heading", label="5 5 (6)"),
    rec("5.1", "Avdelningscheferna ska följa upp delegationsbesluten varje år.",
        [("Avdelningscheferna", "avdelningschef", TJP)], [SKA, inf("följa")],
        [st("avdelningschef", "Avdelningscheferna", "obligation", "ska", "följa", "följa",
            "upp delegationsbesluten varje år")], doc=D, parent="5"),
    # control: the same layout without a counter (round 45, bj-C1)
    rec("4", "Uppföljning", doc=D, kind="heading", label="4"),
    rec("4.1", "Nämnden ska varje år pröva om delegationen behöver ändras.",
        [("Nämnden", "nämnd", POL)],
        [SKA, inf("pröva"), pres("behöver", "behöva"), inf("ändras", "ändra", "pass")],
        [st("nämnd", "Nämnden", "obligation", "ska", "pröva", "pröva",
            "om delegationen behöver ändras")], doc=D, parent="4"),
]

D = "w46-s-individ"
IND_TEXT = """Delegationsordning för individnämnden

1 FÖRFATTNING Antagen av individnämnden 14/19 Ändring enligt ordförandens beslut Tillägg enligt \
individnämnden 33/20, 41/21 Delegationsordning för individnämnden Delegering Nämnden får uppdra \
åt ett utskott att besluta i ärenden om bistånd. Delegerade beslut ska anmälas till nämnden vid \
nästa sammanträde.

2 Jäv Delegaten får inte besluta i ett ärende där han eller hon är jävig.
"""
IN = "individnämnd"
IND_META = ("FÖRFATTNING Antagen av individnämnden 14/19 Ändring enligt ordförandens beslut "
            "Tillägg enligt individnämnden 33/20, 41/21")
IND_1 = ("Nämnden får uppdra åt ett utskott att besluta i ärenden om bistånd. Delegerade beslut "
         "ska anmälas till nämnden vid nästa sammanträde.")
IND = [
    rec("title", "Delegationsordning för individnämnden", [("individnämnden", IN, POL)], doc=D,
        kind="heading"),
    # bm cause 4: the cover's series word and an amendment history with decision numbers
    # (§1.2: one metadata clause, actors, no statement), the title's repeat and the section's
    # heading stacked under it
    rec("1", IND_META,
        [("individnämnden", IN, POL), ("ordförandens", "individnämndens ordförande", FTV),
         ("individnämnden", IN, POL, 1)], doc=D, label="1"),
    rec("h1", "Delegationsordning för individnämnden", [("individnämnden", IN, POL)], doc=D,
        kind="heading", parent="1"),
    rec("h2", "Delegering", doc=D, kind="heading", parent="1"),
    rec("1.1", IND_1,
        [("Nämnden", "nämnd", POL), ("utskott", "utskott", POL), ("nämnden", "nämnd", POL)],
        [FAR, inf("uppdra"), inf("besluta"), SKA, inf("anmälas", "anmäla", "pass")],
        [st("nämnd", "Nämnden", "permission", "får", "uppdra", "uppdra",
            "åt ett utskott att besluta i ärenden om bistånd"),
         st(None, None, "obligation", "ska", "anmäla", "anmälas",
            "Delegerade beslut", passive=True)], doc=D, parent="1"),
    rec("2", "Jäv", doc=D, kind="heading", label="2"),
    rec("2.1", "Delegaten får inte besluta i ett ärende där han eller hon är jävig.",
        [("Delegaten", "delegat", TJP)], [FAR, inf("besluta"), AR],
        [st("delegat", "Delegaten", "prohibition", "får inte", "besluta", "besluta",
            "i ett ärende där han eller hon är jävig", negated=True)], doc=D, parent="2"),
]

D = "w46-s-direktion"
DIR_TEXT = """Förbundsordning för Ekdalens räddningsförbund

2 Förbundsordning för Ekdalens räddningsförbund Fullmäktige i varje medlemskommun väljer \
ledamöter och ersättare. 4 Direktionen Antalet ledamöter i direktionen ska vara sju. 5 \
Ordförande Direktionen väljer ordförande och vice ordförande bland ledamöterna.

3 Förbundsordning för Ekdalens räddningsförbund 6 Revision Förbundet granskas av fem \
revisorer. Revisorerna ska lämna sin berättelse till medlemmarna.
"""
ER = "ekdalens räddningsförbund"
DIR_2 = ("Förbundsordning för Ekdalens räddningsförbund Fullmäktige i varje medlemskommun väljer "
         "ledamöter och ersättare. 4 Direktionen Antalet ledamöter i direktionen ska vara sju. 5 "
         "Ordförande Direktionen väljer ordförande och vice ordförande bland ledamöterna.")
DIR_3 = ("Förbundsordning för Ekdalens räddningsförbund 6 Revision Förbundet granskas av fem "
         "revisorer. Revisorerna ska lämna sin berättelse till medlemmarna.")
FTV_ = "förtroendevald"
DIR = [
    rec("title", "Förbundsordning för Ekdalens räddningsförbund",
        [("Ekdalens räddningsförbund", ER, ORG)], doc=D, kind="heading"),
    # bm cause 8: page clauses (index and title repeat) keep their inline ``N Heading``; the
    # heading is no sentence's subject (no statement for ``Antalet … ska vara sju``)
    rec("2", DIR_2,
        [("Ekdalens räddningsförbund", ER, ORG), ("Fullmäktige", "fullmäktige", POL),
         ("medlemskommun", "medlemskommun", ORG), ("ledamöter", "ledamot", FTV_),
         ("ersättare", "ersättare", FTV_), ("Direktionen", "direktion", POL),
         ("ledamöter", "ledamot", FTV_, 1), ("direktionen", "direktion", POL),
         ("Ordförande", "ordförande", FTV_), ("Direktionen", "direktion", POL, 1),
         ("ordförande", "ordförande", FTV_), ("vice ordförande", "vice ordförande", FTV_),
         ("ledamöterna", "ledamot", FTV_)],
        [pres("väljer", "välja"), SKA, inf("vara"), pres("väljer", "välja", "act", 1)],
        [st("fullmäktige", "Fullmäktige", "none", None, "välja", "väljer",
            "ledamöter och ersättare"),
         st("direktion", "Direktionen", "none", None, "välja", "väljer",
            "ordförande och vice ordförande bland ledamöterna")], doc=D, label="2"),
    rec("3", DIR_3,
        [("Ekdalens räddningsförbund", ER, ORG), ("Förbundet", ER, ORG),
         ("revisorer", "revisor", FTV_), ("Revisorerna", "revisor", FTV_),
         ("medlemmarna", "medlem", "övrig")],
        [pres("granskas", "granska", "pass"), SKA, inf("lämna")],
        [st("revisor", "revisorer", "none", None, "granska", "granskas", "Förbundet",
            passive=True),
         st("revisor", "Revisorerna", "obligation", "ska", "lämna", "lämna",
            "sin berättelse till medlemmarna")], doc=D, label="3"),
]

DOCUMENTS = {"w46-s-lonenamnd": (LON_TEXT, LON), "w46-s-avgifter": (AVG_TEXT, AVG),
             "w46-s-delegering": (DEL_TEXT, DEL), "w46-s-individ": (IND_TEXT, IND),
             "w46-s-direktion": (DIR_TEXT, DIR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w46-s", DOCUMENTS)
