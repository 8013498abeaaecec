"""Builds corpus/dev/w42-n.jsonl and the small documents corpus/dev/w42-n-*.txt with their
gold: invented material for round 42, writer N (a new-user trial; gold by hand from
docs/annotation.md before the rules): N1 the organisation a title names as the owner of the
board its document is for (`Arbetsordning för styrelsen i Stiftelsen …`, `… i Föreningen …`)
is the document's, not a municipality its text names as the body that appoints the members
or receives a report, so a bare `styrelsen` is that organisation's board, `styrelse` (§2.3,
round 14 and 42: `w42-n-minnesfond`, `w42-n-bygdegard`), and the negative: a municipality's
own reglemente naming a stiftelse in its text keeps `kommunstyrelse` (`w42-n-kommunstyrelse`);
N2 the intensifier `själv`/`själva` between a modal and an infinitive the tagger read as a
noun; N4 a coordinated `av`-agent after a determiner, an adverb and a participle (`av A och en
särskilt utsedd B`: both agents, §5.2 round 4), and the negative where the conjunct is no
actor. `Förslag … kan väckas av varje ledamot` is (ledamot, none, väcka, passive) as §5.3
writes (`kan` of possibility with an actor `av`-agent). Offsets computed.
Run: python corpus/make_w42_n.py corpus/dev"""

import sys

from records import FTV, KAN, ORG, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w42-n")

HAR = ("har", "ha", "pres", "act")

D = "w42-n-minnesfond"
MF_TITLE = "Arbetsordning för styrelsen i Stiftelsen Lindgårdens minnesfond"
MF_1 = ("Styrelsen består av fem ledamöter som utses av kommunfullmäktige i Norrvikens kommun. "
        "Styrelsen väljer bland ledamöterna ordförande och kassör för ett år i taget.")
MF_2 = ("Styrelsen sammanträder minst fyra gånger per år. Ordföranden kallar till sammanträde "
        "senast tio dagar i förväg. En ledamot har rätt att begära att styrelsen sammankallas.")
MF_3 = "Protokollet justeras av ordföranden och en särskilt utsedd ledamot."
MF_4 = "Styrelsen ska varje år upprätta en årsredovisning. Kassören sköter den löpande bokföringen."
MF_5 = "Ledamoten ska själv anmäla jäv till ordföranden."
MF_6 = "Förslag till ändringar kan väckas av varje ledamot."
CHAIR = "styrelsens ordförande"
MF = [
    rec("title", MF_TITLE,
        [("styrelsen", "styrelse", POL),
         ("Stiftelsen Lindgårdens minnesfond", "stiftelsen lindgårdens minnesfond", ORG)],
        doc=D, kind="heading"),
    rec("§1", "Styrelsens sammansättning", [("Styrelsens", "styrelse", POL)], doc=D,
        kind="heading", label="§ 1"),
    rec("§1.1", MF_1,
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("kommunfullmäktige", "kommunfullmäktige", POL),
         ("Norrvikens kommun", "norrvikens kommun", ORG), ("Styrelsen", "styrelse", POL, 1),
         ("ledamöterna", "ledamot", FTV), ("ordförande", "ordförande", FTV),
         ("kassör", "kassör", FTV)],
        [("består", "bestå", "pres", "act"), ("utses", "utse", "pres", "pass"),
         ("väljer", "välja", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består",
            "av fem ledamöter som utses av kommunfullmäktige i Norrvikens kommun"),
         st("styrelse", "Styrelsen", "none", None, "välja", "väljer",
            "bland ledamöterna ordförande och kassör för ett år i taget")],
        doc=D, parent="§1"),
    rec("§2", "Sammanträden", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", MF_2,
        [("Styrelsen", "styrelse", POL), ("Ordföranden", CHAIR, FTV),
         ("ledamot", "ledamot", FTV), ("styrelsen", "styrelse", POL)],
        [("sammanträder", "sammanträda", "pres", "act"), ("kallar", "kalla", "pres", "act"),
         HAR, ("begära", "begära", "inf", "act"),
         ("sammankallas", "sammankalla", "pres", "pass")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "fyra gånger per år"),
         st(CHAIR, "Ordföranden", "none", None, "kalla", "kallar",
            "till sammanträde senast tio dagar i förväg"),
         st("ledamot", "ledamot", "permission", "har rätt att", "begära", "begära",
            "att styrelsen sammankallas")],
        doc=D, parent="§2"),
    rec("§3", "Protokoll", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", MF_3, [("ordföranden", CHAIR, FTV), ("ledamot", "ledamot", FTV)],
        [("justeras", "justera", "pres", "pass")],
        [st(CHAIR, "ordföranden", "none", None, "justera", "justeras", "Protokollet",
            passive=True),
         st("ledamot", "ledamot", "none", None, "justera", "justeras", "Protokollet",
            passive=True)],
        doc=D, parent="§3"),
    rec("§4", "Räkenskaper", doc=D, kind="heading", label="§ 4"),
    rec("§4.1", MF_4, [("Styrelsen", "styrelse", POL), ("Kassören", "kassör", FTV)],
        [SKA, ("upprätta", "upprätta", "inf", "act"), ("sköter", "sköta", "pres", "act")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "upprätta", "upprätta",
            "en årsredovisning"),
         st("kassör", "Kassören", "none", None, "sköta", "sköter", "den löpande bokföringen")],
        doc=D, parent="§4"),
    rec("§5", "Jäv", doc=D, kind="heading", label="§ 5"),
    rec("§5.1", MF_5, [("Ledamoten", "ledamot", FTV), ("ordföranden", CHAIR, FTV)],
        [SKA, ("anmäla", "anmäla", "inf", "act")],
        [st("ledamot", "Ledamoten", "obligation", "ska", "anmäla", "anmäla",
            "jäv till ordföranden")],
        doc=D, parent="§5"),
    rec("§6", "Ändring", doc=D, kind="heading", label="§ 6"),
    rec("§6.1", MF_6, [("ledamot", "ledamot", FTV)],
        [KAN, ("väckas", "väcka", "inf", "pass")],
        [st("ledamot", "ledamot", "none", None, "väcka", "väckas", "Förslag till ändringar",
            passive=True)],
        doc=D, parent="§6"),
]

D = "w42-n-bygdegard"
BG_TITLE = "Arbetsordning för styrelsen i Föreningen Västra Åsens bygdegård"
BG_1 = ("Styrelsen består av sju ledamöter. Två ledamöter utses av Åsby kommun. Styrelsen "
        "förvaltar fastigheten.")
BG_2 = ("Ordföranden leder styrelsens sammanträden. Styrelsen ska årligen redovisa verksamheten "
        "för Åsby kommun.")
BG = [
    rec("title", BG_TITLE,
        [("styrelsen", "styrelse", POL),
         ("Föreningen Västra Åsens bygdegård", "föreningen västra åsens bygdegård", ORG)],
        doc=D, kind="heading"),
    rec("§1", "Styrelsen", [("Styrelsen", "styrelse", POL)], doc=D, kind="heading",
        label="§ 1"),
    rec("§1.1", BG_1,
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("ledamöter", "ledamot", FTV, 1), ("Åsby kommun", "åsby kommun", ORG),
         ("Styrelsen", "styrelse", POL, 1)],
        [("består", "bestå", "pres", "act"), ("utses", "utse", "pres", "pass"),
         ("förvaltar", "förvalta", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består", "av sju ledamöter"),
         st("åsby kommun", "Åsby kommun", "none", None, "utse", "utses", "Två ledamöter",
            passive=True),
         st("styrelse", "Styrelsen", "none", None, "förvalta", "förvaltar", "fastigheten")],
        doc=D, parent="§1"),
    rec("§2", "Ordföranden", [("Ordföranden", CHAIR, FTV)], doc=D, kind="heading",
        label="§ 2"),
    rec("§2.1", BG_2,
        [("Ordföranden", CHAIR, FTV), ("styrelsens", "styrelse", POL),
         ("Styrelsen", "styrelse", POL), ("Åsby kommun", "åsby kommun", ORG)],
        [("leder", "leda", "pres", "act"), SKA, ("redovisa", "redovisa", "inf", "act")],
        [st(CHAIR, "Ordföranden", "none", None, "leda", "leder", "styrelsens sammanträden"),
         st("styrelse", "Styrelsen", "obligation", "ska", "redovisa", "redovisa",
            "verksamheten för Åsby kommun")],
        doc=D, parent="§2"),
]

D = "w42-n-kommunstyrelse"
KS_TITLE = "Reglemente för kommunstyrelsen i Ekvikens kommun"
KS_1 = ("Styrelsen bereder kommunens budget för nästa år. Styrelsen utser ledamöterna i "
        "Stiftelsen Ekvikens hembygdsgård.")
KS_2 = "Styrelsen sammanträder minst en gång i månaden."
KS = "kommunstyrelse"
KSR = [
    rec("title", KS_TITLE,
        [("kommunstyrelsen", KS, POL), ("Ekvikens kommun", "ekvikens kommun", ORG)],
        doc=D, kind="heading"),
    rec("§1", "Uppgifter", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", KS_1,
        [("Styrelsen", KS, POL), ("kommunens", "ekvikens kommun", ORG),
         ("Styrelsen", KS, POL, 1), ("ledamöterna", "ledamot", FTV),
         ("Stiftelsen Ekvikens hembygdsgård", "stiftelsen ekvikens hembygdsgård", ORG)],
        [("bereder", "bereda", "pres", "act"), ("utser", "utse", "pres", "act")],
        [st(KS, "Styrelsen", "none", None, "bereda", "bereder",
            "kommunens budget för nästa år"),
         st(KS, "Styrelsen", "none", None, "utse", "utser",
            "ledamöterna i Stiftelsen Ekvikens hembygdsgård")],
        doc=D, parent="§1"),
    rec("§2", "Sammanträden", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", KS_2, [("Styrelsen", KS, POL)], [("sammanträder", "sammanträda", "pres", "act")],
        [st(KS, "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "en gång i månaden")],
        doc=D, parent="§2"),
]

SENTENCES = [
    # N2: the intensifier between the modal and an infinitive read as a noun
    rec("n2-1", "Ledamoten ska själv anmäla jäv till ordföranden.",
        [("Ledamoten", "ledamot", FTV), ("ordföranden", "ordförande", FTV)],
        [SKA, ("anmäla", "anmäla", "inf", "act")],
        [st("ledamot", "Ledamoten", "obligation", "ska", "anmäla", "anmäla",
            "jäv till ordföranden")]),
    rec("n2-2", "Revisorerna ska själva granska räkenskaperna.",
        [("Revisorerna", "revisor", FTV)], [SKA, ("granska", "granska", "inf", "act")],
        [st("revisor", "Revisorerna", "obligation", "ska", "granska", "granska",
            "räkenskaperna")]),
    rec("n2-3", "Sekreteraren får själv underteckna kallelsen.",
        [("Sekreteraren", "sekreterare", TJP)],
        [("får", "få", "pres", "act"), ("underteckna", "underteckna", "inf", "act")],
        [st("sekreterare", "Sekreteraren", "permission", "får", "underteckna", "underteckna",
            "kallelsen")]),
    # N4: a coordinated agent after a determiner, an adverb and a participle; the negative
    rec("n4-1", "Avtalet undertecknas av kassören och en särskilt utsedd ledamot.",
        [("kassören", "kassör", FTV), ("ledamot", "ledamot", FTV)],
        [("undertecknas", "underteckna", "pres", "pass")],
        [st("kassör", "kassören", "none", None, "underteckna", "undertecknas", "Avtalet",
            passive=True),
         st("ledamot", "ledamot", "none", None, "underteckna", "undertecknas", "Avtalet",
            passive=True)]),
    rec("n4-2", "Rapporten granskas av revisorn och en tillfälligt förordnad ersättare.",
        [("revisorn", "revisor", FTV), ("ersättare", "ersättare", FTV)],
        [("granskas", "granska", "pres", "pass")],
        [st("revisor", "revisorn", "none", None, "granska", "granskas", "Rapporten",
            passive=True),
         st("ersättare", "ersättare", "none", None, "granska", "granskas", "Rapporten",
            passive=True)]),
    rec("n4-3", "Protokollet justeras av ordföranden och antagna ändringar anslås på "
        "anslagstavlan.",
        [("ordföranden", "ordförande", FTV)],
        [("justeras", "justera", "pres", "pass"), ("anslås", "anslå", "pres", "pass")],
        [st("ordförande", "ordföranden", "none", None, "justera", "justeras", "Protokollet",
            passive=True)]),
]


def _text(title, blocks):
    return "\n\n".join([title, *blocks]) + "\n"


DOCUMENTS = {
    "w42-n-minnesfond": (_text(MF_TITLE, [
        "§ 1 Styrelsens sammansättning", MF_1, "§ 2 Sammanträden", MF_2, "§ 3 Protokoll", MF_3,
        "§ 4 Räkenskaper", MF_4, "§ 5 Jäv", MF_5, "§ 6 Ändring", MF_6]), MF),
    "w42-n-bygdegard": (_text(BG_TITLE, ["§ 1 Styrelsen", BG_1, "§ 2 Ordföranden", BG_2]), BG),
    "w42-n-kommunstyrelse": (_text(KS_TITLE, ["§ 1 Uppgifter", KS_1, "§ 2 Sammanträden", KS_2]),
                             KSR),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w42-n", DOCUMENTS, after=SENTENCES)
