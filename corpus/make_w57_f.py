"""Builds corpus/dev/w57-f.jsonl and the documents corpus/dev/w57-f-*.txt with their gold:
invented material for round 57, writer w57e (general causes of analysis57-cn: university,
agency and foundation pages). `att-*`: adverbials between `att` and its infinitive — a
coordinated adverbial (`själv eller genom ombud`, `självt eller genom ett ombud`, `direkt
eller via X`) and a complex preposition (`i fråga om`, `ifråga om`) — after `äger att`,
`har rätt att`, `har till uppgift att`; as the 3rd sentence with a second coordinated VP, as
the 2nd main clause after `, och`, after a fronted condition, with a comma series in the
object; negatives `att-n1` (an att-clause with its own subject) and `att-n2` (`äger` = owns,
no `att`). `finns-*`: a named apposition after a postposed existential subject (`finns två
nämnder, A och B.`, a numeral before an invariant plural, bracketed abbreviations), also
after a fronted phrase as the 2nd sentence; negative `finns-n1` (no counted head: a series).
`serie-*`: a subject series whose first member has a prepositional attribute naming a body
(`Ledamöter från nämnderna, doktorandombud och en representant för studenterna ingår`);
negative `serie-n1` (place names in the attribute's series). `var-*`: `var`-stem relative
adverbs (`varom`, `varpå`) open a subordinate clause; negative `var-n1` (`Därpå` opening a
main clause). `gen-*`: the genitive owner of a non-actor series member
(`styrelsen och rektors beslutsmöten`) is no subject; negative `gen-n1` (an actor noun owned).
Gold by hand from docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w57_f.py corpus/dev"""

import sys

from records import FTV, HAR, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

NONE, OB, PERM, PROH, RESP = "none", "obligation", "permission", "prohibition", "responsibility"
DOCS = {}
AGER = ("äger", "äga", "pres", "act")
FINNS = ("finns", "finnas", "pres", "act")
UPPG = "har till uppgift att"


def doc(name, records):
    """A document of blank-line blocks."""
    DOCS[f"w57-f-{name}"] = ("\n".join(record["text"] + "\n" for record in records), records)


def rec(name, check=True):
    """The record maker of one document."""
    return records_for(f"w57-f-{name}", check_texts=check, conditions_from_statements=True)


# C1: adverbials between `att` and its infinitive.
r = rec("att-1")
doc("att-1", [r("1", "Styrelsen äger att själv eller genom ombud bevaka dessa rättigheter.",
                [("Styrelsen", "styrelse", POL), ("ombud", "ombud", TJP)],
                [AGER, inf("bevaka")],
                [st("styrelse", "Styrelsen", PERM, "äger att", "bevaka", "bevaka",
                    "dessa rättigheter")])])
r = rec("att-2")
doc("att-2", [r("1", "Revisorerna granskar räkenskaperna. Protokollet justeras inom en vecka. "
                "Kassören har rätt att själv eller genom ombud verkställa utbetalningar och "
                "ska redovisa dem för styrelsen.",
                [("Revisorerna", "revisor", FTV), ("Kassören", "kassör", FTV),
                 ("ombud", "ombud", TJP), ("styrelsen", "styrelse", POL)],
                [pres("granskar", "granska"), ("justeras", "justera", "pres", "pass"), HAR,
                 inf("verkställa"), SKA, inf("redovisa")],
                [st("revisor", "Revisorerna", NONE, None, "granska", "granskar",
                    "räkenskaperna"),
                 st("kassör", "Kassören", PERM, "har rätt att", "verkställa", "verkställa",
                    "utbetalningar"),
                 st("kassör", "Kassören", OB, "ska", "redovisa", "redovisa",
                    "dem för styrelsen")])])
r = rec("att-3")
doc("att-3", [r("1", "Kommunfullmäktige fastställer taxorna, och kommunstyrelsen har till "
                "uppgift att i fråga om avgifterna bereda ärendena.",
                [("Kommunfullmäktige", "kommunfullmäktige", POL),
                 ("kommunstyrelsen", "kommunstyrelse", POL)],
                [pres("fastställer", "fastställa"), HAR, inf("bereda")],
                [st("kommunfullmäktige", "Kommunfullmäktige", NONE, None, "fastställa",
                    "fastställer", "taxorna"),
                 st("kommunstyrelse", "kommunstyrelsen", OB, UPPG, "bereda", "bereda",
                    "ärendena")])])
r = rec("att-4")
doc("att-4", [r("1", "Regionstyrelsen har till uppgift att ifråga om kollektivtrafiken "
                "samordna planering, upphandling och uppföljning samt utvärdera avtalen.",
                [("Regionstyrelsen", "regionstyrelse", POL)],
                [HAR, inf("samordna"), inf("utvärdera")],
                [st("regionstyrelse", "Regionstyrelsen", OB, UPPG, "samordna", "samordna",
                    "planering, upphandling och uppföljning"),
                 st("regionstyrelse", "Regionstyrelsen", OB, UPPG, "utvärdera", "utvärdera",
                    "avtalen")])])
r = rec("att-5")
doc("att-5", [r("1", "Vid behov äger förbundsstyrelsen att självt eller genom ett ombud föra "
                "talan i domstol.",
                [("förbundsstyrelsen", "förbundsstyrelse", POL), ("ombud", "ombud", TJP),
                 ("domstol", "domstol", "extern")],
                [AGER, inf("föra")],
                [st("förbundsstyrelse", "förbundsstyrelsen", PERM, "äger att", "föra", "föra",
                    "talan i domstol", condition="Vid behov")])])
r = rec("att-6")
doc("att-6", [r("1", "Nämndens ordförande har rätt att direkt eller via nämndsekreteraren "
                "kalla ersättare.",
                [("Nämndens ordförande", "nämndens ordförande", FTV),
                 ("nämndsekreteraren", "nämndsekreterare", TJP),
                 ("ersättare", "ersättare", FTV)],
                [HAR, inf("kalla")],
                [st("nämndens ordförande", "Nämndens ordförande", PERM, "har rätt att",
                    "kalla", "kalla", "ersättare")])])
r = rec("att-n1")
doc("att-n1", [r("1", "Styrelsen ansvarar för att ledamöterna själva eller genom ombud deltar "
                 "i mötena.",
                 [("Styrelsen", "styrelse", POL), ("ledamöterna", "ledamot", FTV),
                  ("ombud", "ombud", TJP)],
                 [pres("ansvarar", "ansvara"), pres("deltar", "delta")],
                 [st("styrelse", "Styrelsen", RESP, "ansvarar för", "ansvara", "ansvarar",
                     "att ledamöterna själva eller genom ombud deltar i mötena")])])
r = rec("att-n2")
doc("att-n2", [r("1", "Bolaget äger fastigheten själv.",
                 [("Bolaget", "bolag", ORG)],
                 [AGER],
                 [st("bolag", "Bolaget", NONE, None, "äga", "äger", "fastigheten själv")])])

# C2: a named apposition after a postposed existential subject.
r = rec("finns-1")
doc("finns-1", [r("1", "Under fullmäktige finns två nämnder, Kulturnämnden och "
                  "Miljönämnden.",
                  [("fullmäktige", "fullmäktige", POL), ("nämnder", "nämnd", POL),
                   ("Kulturnämnden", "kulturnämnd", POL), ("Miljönämnden", "miljönämnd", POL)],
                  [FINNS],
                  [st("nämnd", "nämnder", NONE, None, "finnas", "finns")])])
r = rec("finns-2")
doc("finns-2", [r("1", "Regionfullmäktige väljer ledamöterna. Inom regionfullmäktige finns "
                  "tre utskott, Arbetsutskottet (AU), Personalutskottet (PU) och "
                  "Beredningsutskottet.",
                  [("Regionfullmäktige", "regionfullmäktige", POL),
                   ("ledamöterna", "ledamot", FTV),
                   ("regionfullmäktige", "regionfullmäktige", POL),
                   ("utskott", "utskott", POL), ("Arbetsutskottet", "arbetsutskott", POL),
                   ("AU", "arbetsutskott", POL), ("Personalutskottet", "personalutskott", POL),
                   ("PU", "personalutskott", POL),
                   ("Beredningsutskottet", "beredningsutskott", POL)],
                  [pres("väljer", "välja"), FINNS],
                  [st("regionfullmäktige", "Regionfullmäktige", NONE, None, "välja", "väljer",
                      "ledamöterna"),
                   st("utskott", "utskott", NONE, None, "finnas", "finns")])])
r = rec("finns-3")
doc("finns-3", [r("1", "I förbundet finns två beredningar, Skolberedningen och "
                  "Vårdberedningen, och styrelsen utser deras ledamöter.",
                  [("förbundet", "förbund", ORG), ("beredningar", "beredning", POL),
                   ("Skolberedningen", "skolberedning", POL),
                   ("Vårdberedningen", "vårdberedning", POL), ("styrelsen", "styrelse", POL),
                   ("ledamöter", "ledamot", FTV)],
                  [FINNS, pres("utser", "utse")],
                  [st("beredning", "beredningar", NONE, None, "finnas", "finns"),
                   st("styrelse", "styrelsen", NONE, None, "utse", "utser",
                      "deras ledamöter")])])
r = rec("finns-n1")
doc("finns-n1", [r("1", "I kommunen finns kommunstyrelsen, byggnadsnämnden och valnämnden.",
                   [("kommunstyrelsen", "kommunstyrelse", POL),
                    ("byggnadsnämnden", "byggnadsnämnd", POL),
                    ("valnämnden", "valnämnd", POL)],
                   [FINNS],
                   [st("kommunstyrelse", "kommunstyrelsen", NONE, None, "finnas", "finns"),
                    st("byggnadsnämnd", "byggnadsnämnden", NONE, None, "finnas", "finns"),
                    st("valnämnd", "valnämnden", NONE, None, "finnas", "finns")])])

# C4: a subject series whose first member has a body attribute.
r = rec("serie-1")
doc("serie-1", [r("1", "Ledamöter från fakultetsnämnderna, doktorandrepresentanter och en "
                  "representant för studenterna ingår i rådet.",
                  [("Ledamöter", "ledamot", FTV), ("fakultetsnämnderna", "fakultetsnämnd", POL),
                   ("doktorandrepresentanter", "doktorandrepresentant", "övrig"),
                   ("representant", "representant", "övrig"),
                   ("studenterna", "student", "extern"), ("rådet", "råd", POL)],
                  [pres("ingår", "ingå")],
                  [st("ledamot", "Ledamöter", NONE, None, "ingå", "ingår", "i rådet"),
                   st("doktorandrepresentant", "doktorandrepresentanter", NONE, None, "ingå",
                      "ingår", "i rådet"),
                   st("representant", "representant", NONE, None, "ingå", "ingår",
                      "i rådet")])])
r = rec("serie-2")
doc("serie-2", [r("1", "Personalchefen kallar till mötena. Chefer inom förvaltningen, "
                  "skyddsombud och två representanter för de fackliga organisationerna deltar "
                  "i samverkansgruppen.",
                  [("Personalchefen", "personalchef", TJP), ("Chefer", "chef", TJP),
                   ("förvaltningen", "förvaltning", "förvaltningsorganisation"),
                   ("skyddsombud", "skyddsombud", TJP),
                   ("representanter", "representant", "övrig"),
                   ("fackliga organisationerna", "facklig organisation", "extern"),
                   ("samverkansgruppen", "samverkansgrupp", "förvaltningsorganisation")],
                  [pres("kallar", "kalla"), pres("deltar", "delta")],
                  [st("personalchef", "Personalchefen", NONE, None, "kalla", "kallar",
                      "till mötena"),
                   st("chef", "Chefer", NONE, None, "delta", "deltar", "i samverkansgruppen"),
                   st("skyddsombud", "skyddsombud", NONE, None, "delta", "deltar",
                      "i samverkansgruppen"),
                   st("representant", "representanter", NONE, None, "delta", "deltar",
                      "i samverkansgruppen")])])
r = rec("serie-n1")
doc("serie-n1", [r("1", "Ledamöter från Norrby, Söderby och Västerby ingår i gruppen.",
                   [("Ledamöter", "ledamot", FTV), ("gruppen", "grupp",
                                                    "förvaltningsorganisation")],
                   [pres("ingår", "ingå")],
                   [st("ledamot", "Ledamöter", NONE, None, "ingå", "ingår", "i gruppen")])])

# C7: `var`-stem relative adverbs open a subordinate clause.
r = rec("var-1")
doc("var-1", [r("1", "Beslutet gäller det förslag varom flest ledamöter enas.",
                [("ledamöter", "ledamot", FTV)],
                [pres("gäller", "gälla"), pres("enas")], [])])
r = rec("var-2")
doc("var-2", [r("1", "Ordföranden leder mötet. Ärendet avgörs genom den omröstning varpå de "
                "närvarande ledamöterna enas.",
                [("Ordföranden", "ordförande", FTV), ("ledamöterna", "ledamot", FTV)],
                [pres("leder", "leda"), ("avgörs", "avgöra", "pres", "pass"), pres("enas")],
                [st("ordförande", "Ordföranden", NONE, None, "leda", "leder", "mötet")])])
r = rec("var-3")
doc("var-3", [r("1", "Ledamöterna ska rösta om det förslag varpå ordföranden ställer "
                "proposition.",
                [("Ledamöterna", "ledamot", FTV), ("ordföranden", "ordförande", FTV)],
                [SKA, inf("rösta"), pres("ställer", "ställa")],
                [st("ledamot", "Ledamöterna", OB, "ska", "rösta", "rösta",
                    "om det förslag varpå ordföranden ställer proposition")])])
r = rec("var-n1")
doc("var-n1", [r("1", "Därpå beslutar styrelsen om utdelning.",
                 [("styrelsen", "styrelse", POL)],
                 [pres("beslutar", "besluta")],
                 [st("styrelse", "styrelsen", NONE, None, "besluta", "beslutar",
                     "om utdelning")])])

# C6: the genitive owner of a non-actor series member is no subject.
r = rec("gen-1")
doc("gen-1", [r("1", "Beslutande organ är styrelsen och rektors beslutsmöten.",
                [("styrelsen", "styrelse", POL), ("rektors", "rektor", TJP)],
                [("är", "vara", "pres", "act")],
                [st("styrelse", "styrelsen", NONE, None, "vara", "är")])])
r = rec("gen-2")
doc("gen-2", [r("1", "Medlemmarna väljer styrelsen. Högsta organ är stämman och styrelsens "
                "sammanträden.",
                [("Medlemmarna", "medlem", "övrig"), ("styrelsen", "styrelse", POL),
                 ("stämman", "stämma", POL), ("styrelsens", "styrelse", POL)],
                [pres("väljer", "välja"), ("är", "vara", "pres", "act")],
                [st("medlem", "Medlemmarna", NONE, None, "välja", "väljer", "styrelsen"),
                 st("stämma", "stämman", NONE, None, "vara", "är")])])
r = rec("gen-n1")
doc("gen-n1", [r("1", "Styrelsen och kommunens revisorer granskar räkenskaperna.",
                 [("Styrelsen", "styrelse", POL), ("kommunens", "kommun", ORG),
                  ("revisorer", "revisor", FTV)],
                 [pres("granskar", "granska")],
                 [st("styrelse", "Styrelsen", NONE, None, "granska", "granskar",
                     "räkenskaperna"),
                  st("revisor", "revisorer", NONE, None, "granska", "granskar",
                     "räkenskaperna")])])

if __name__ == "__main__":
    write_part(sys.argv[1], "w57-f", DOCS)
