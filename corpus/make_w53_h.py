"""Builds corpus/dev/w53-h.jsonl and the documents corpus/dev/w53-h-*.txt with their gold:
invented material for round 53, writer H (second analyses 53b-cb and 53b-cc: what is left
when a construction meets its real neighbours). Each construction sits in a paragraph with a
second sentence, a list with stop-ended items, or a name inside the phrase.
r2: a legal form or organisation kind named as a class in a classifying copula
(`Aktiebolag och ekonomiska föreningar är vanliga associationsformer …`) is no actor and no
statement; `Bolaget ska …` in the next sentence is (`w53-h-former`). N1: the last `-ar` noun
of an example series after `som till exempel`/`exempelvis` is a noun, no present verb; N2: a
slash alias on the last name of an apposition to a plural subject keeps the names out of the
subject; N5: a slash alias on the first of two coordinated subject names keeps that name
(`w53-h-bolag`). N4 (cb): a one-word company name under a counted presentational lead-in is
an actor of the lead-in's verb; unit function words under `finns tre enheter:` are not
(`w53-h-koncern`). N3: a stray comma before `har` plus a comma-bounded `tillsammans med …`
insertion before `uppdraget att`; N6: a comma-enclosed `, eller X,` second subject
(`w53-h-reglemente`). N4 (cc): a bare recipient after an s-passive in a paragraph's second or
third sentence is no actor (`w53-h-arbetsordning`). Gold by hand from docs/annotation.md
(§2, §5.1, §5.2, rounds 38, 43, 52, 53) before the rules. Offsets computed.
Run: python corpus/make_w53_h.py corpus/dev"""

import sys

from records import (AR, FAR, FORV, FTV, HAR, KAN, ORG, POL, SKA, SKALL, inf, pres,
                     records_for, write_part)
from records import statement as st

rec = records_for("w53-h")

# (a) r2: legal forms as classes in a classifying copula, an organisation after them.
D = "w53-h-former"
F_TITLE = "Ägarpolicy"
F_1 = ("Aktiebolag och ekonomiska föreningar är vanliga associationsformer för kommunal "
       "verksamhet. Bolaget ska följa ägardirektivet.")
F_2 = ("Ekonomiska föreningar och stiftelser är andra former som förekommer. Föreningen får "
       "ta ut avgifter.")
F_TEXT = f"{F_TITLE}\n\n{F_1}\n\n{F_2}\n"
FORMER = [
    rec("title", F_TITLE, kind="heading", doc=D),
    rec("1", F_1, [("Bolaget", "bolag", ORG)], [AR, SKA, inf("följa")],
        [st("bolag", "Bolaget", "obligation", "ska", "följa", "följa", "ägardirektivet")],
        doc=D),
    rec("2", F_2, [("Föreningen", "förening", ORG)],
        [AR, pres("förekommer", "förekomma"), FAR, inf("ta")],
        [st("förening", "Föreningen", "permission", "får", "ta", "ta", "ut avgifter")], doc=D),
]

# (b) N1, N2, N5: company names with slash aliases, example series ending in an -ar noun.
D = "w53-h-bolag"
B_TITLE = "Kommunens bolag"
B_1 = ("Tre av de kommunala bolagen, Ekby Nät AB, Norrby Värme AB och Norrby Buss AB/Nordbuss, "
       "sköter frågor som till exempel el, fjärrvärme, kollektivtrafik och vägar. "
       "Kommunstyrelsen följer upp bolagen.")
B_2 = ("Åby Energi AB/Åbyenergi och Ekby Hamn AB förvaltar kajerna. Enheten förvaltar "
       "anläggningar som exempelvis bryggor, kajer och hamnar.")
B_3 = "Nämnden sköter parker, torg och vägar."
B_TEXT = f"{B_TITLE}\n\n{B_1}\n\n{B_2}\n\n{B_3}\n"
BOLAG = [
    rec("title", B_TITLE, [("Kommunens", "kommun", ORG), ("bolag", "bolag", ORG)],
        kind="heading", doc=D),
    rec("1", B_1, [("bolagen", "bolag", ORG), ("Ekby Nät AB", "ekby nät ab", ORG),
                   ("Norrby Värme AB", "norrby värme ab", ORG),
                   ("Norrby Buss AB", "norrby buss ab", ORG),
                   ("Kommunstyrelsen", "kommunstyrelse", POL), ("bolagen", "bolag", ORG, 1)],
        [pres("sköter", "sköta"), pres("följer", "följa")],
        [st("bolag", "bolagen", "none", None, "sköta", "sköter",
            "frågor som till exempel el, fjärrvärme, kollektivtrafik och vägar"),
         st("kommunstyrelse", "Kommunstyrelsen", "none", None, "följa", "följer",
            "upp bolagen")], doc=D),
    rec("2", B_2, [("Åby Energi AB", "åby energi ab", ORG), ("Ekby Hamn AB", "ekby hamn ab", ORG),
                   ("Enheten", "enhet", FORV)],
        [pres("förvaltar", "förvalta"), pres("förvaltar", "förvalta", nth=1)],
        [st("åby energi ab", "Åby Energi AB", "none", None, "förvalta", "förvaltar",
            "kajerna"),
         st("ekby hamn ab", "Ekby Hamn AB", "none", None, "förvalta", "förvaltar", "kajerna"),
         st("enhet", "Enheten", "none", None, "förvalta", "förvaltar",
            "anläggningar som exempelvis bryggor, kajer och hamnar")], doc=D),
    rec("3", B_3, [("Nämnden", "nämnd", POL)], [pres("sköter", "sköta")],
        [st("nämnd", "Nämnden", "none", None, "sköta", "sköter", "parker, torg och vägar")],
        doc=D),
]

# (c) N4 (cb): a counted presentational lead-in over stop-ended name items.
D = "w53-h-koncern"
K_TITLE = "Koncernen"
K_LEAD = "Inom kommunen finns också två helägda bolag:"
K_ITEMS = [("Ekby Vatten AB.", "Ekby Vatten AB", "ekby vatten ab"),
           ("Norrbyhem.", "Norrbyhem", "norrbyhem")]
K_2 = "Kommunstyrelsen följer upp bolagen varje år."
K_LEAD2 = "I förvaltningen finns tre enheter:"
K_UNITS = ["Ekonomi", "Planering", "Service"]
K_TEXT = (f"{K_TITLE}\n\n{K_LEAD}\n" + "".join(f"• {t}\n" for t, *_ in K_ITEMS)
          + f"\n{K_2}\n\n{K_LEAD2}\n" + "".join(f"• {t}\n" for t in K_UNITS))
KONCERN = [
    rec("title", K_TITLE, [("Koncernen", "koncern", ORG)], kind="heading", doc=D),
    rec("1", K_LEAD, [("bolag", "bolag", ORG)], [pres("finns", "finnas")], doc=D),
    *[rec(f"1.{n}", text, [(name, canon, ORG)], (),
          [st(canon, name, "none", None, "finnas", "finns")],
          kind="list_item", parent="1", label="•", doc=D)
      for n, (text, name, canon) in enumerate(K_ITEMS, 1)],
    rec("2", K_2, [("Kommunstyrelsen", "kommunstyrelse", POL), ("bolagen", "bolag", ORG)],
        [pres("följer", "följa")],
        [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "följa", "följer",
            "upp bolagen varje år")], doc=D),
    rec("3", K_LEAD2, [("förvaltningen", "förvaltning", FORV), ("enheter", "enhet", FORV)],
        [pres("finns", "finnas")], doc=D),
    *[rec(f"3.{n}", text, kind="list_item", parent="3", label="•", doc=D)
      for n, text in enumerate(K_UNITS, 1)],
]

# (d) N3 and N6 (cc): a stray comma plus an insertion; a comma-enclosed `eller` subject.
D = "w53-h-reglemente"
R_TITLE = "Reglemente för lokalförsörjning"
R_1 = ("Servicenämnden, har tillsammans med kultur- och fritidsnämnden, uppdraget att samordna "
       "lokalförsörjningen. Servicenämnden sammanträder varje månad.")
R_2 = ("Därefter kan ordföranden, eller vice ordföranden, kalla in ersättare. Sekreteraren "
       "ska föra protokoll.")
R_TEXT = f"{R_TITLE}\n\n{R_1}\n\n{R_2}\n"
SN = "servicenämnd"
REGLEMENTE = [
    rec("title", R_TITLE, kind="heading", doc=D),
    rec("1", R_1, [("Servicenämnden", SN, POL),
                   ("kultur- och fritidsnämnden", "kultur- och fritidsnämnd", POL),
                   ("Servicenämnden", SN, POL, 1)],
        [HAR, inf("samordna"), pres("sammanträder", "sammanträda")],
        [st(SN, "Servicenämnden", "responsibility", "har uppdraget att", "samordna",
            "samordna", "lokalförsörjningen"),
         st(SN, "Servicenämnden", "none", None, "sammanträda", "sammanträder",
            "varje månad")], doc=D),
    rec("2", R_2, [("ordföranden", "ordförande", FTV),
                   ("vice ordföranden", "vice ordförande", FTV),
                   ("ersättare", "ersättare", FTV), ("Sekreteraren", "sekreterare", "tjänsteperson")],
        [KAN, inf("kalla"), SKA, inf("föra")],
        [st("ordförande", "ordföranden", "permission", "kan", "kalla", "kalla", "in ersättare"),
         st("vice ordförande", "vice ordföranden", "permission", "kan", "kalla", "kalla",
            "in ersättare"),
         st("sekreterare", "Sekreteraren", "obligation", "ska", "föra", "föra", "protokoll")],
        doc=D),
]

# (e) N4 (cc): a bare recipient after an s-passive in a paragraph's later sentence.
D = "w53-h-arbetsordning"
A_TITLE = "Arbetsordning för styrelsen"
A_1 = ("Styrelsen ska årligen fastställa en plan för verksamheten. Planen gäller för ett år. "
       "Revideras sådana planer skall de i berörda delar underställas styrelsen.")
A_2 = "Avtalet löper ut i maj. Förlängs sådana avtal skall de tillställas direktionen."
A_3 = "Beslutet gäller i två år. Därefter ska styrelsen pröva det."
A_TEXT = f"{A_TITLE}\n\n{A_1}\n\n{A_2}\n\n{A_3}\n"
ARBETSORDNING = [
    rec("title", A_TITLE, [("styrelsen", "styrelse", POL)], kind="heading", doc=D),
    rec("1", A_1, [("Styrelsen", "styrelse", POL), ("styrelsen", "styrelse", POL)],
        [SKA, inf("fastställa"), pres("gäller", "gälla"), pres("Revideras", "revidera", "pass"),
         SKALL, inf("underställas", "underställa", "pass")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "fastställa", "fastställa",
            "en plan för verksamheten"),
         st(None, None, "obligation", "skall", "underställa", "underställas", "styrelsen",
            passive=True, condition="Revideras sådana planer")],
        ["Revideras sådana planer"], doc=D),
    rec("2", A_2, [("direktionen", "direktion", POL)],
        [pres("löper", "löpa"), pres("Förlängs", "förlänga", "pass"), SKALL,
         inf("tillställas", "tillställa", "pass")],
        [st(None, None, "obligation", "skall", "tillställa", "tillställas", "direktionen",
            passive=True, condition="Förlängs sådana avtal")],
        ["Förlängs sådana avtal"], doc=D),
    rec("3", A_3, [("styrelsen", "styrelse", POL)],
        [pres("gäller", "gälla"), SKA, inf("pröva")],
        [st("styrelse", "styrelsen", "obligation", "ska", "pröva", "pröva", "det")], doc=D),
]

DOCUMENTS = {"w53-h-former": (F_TEXT, FORMER), "w53-h-bolag": (B_TEXT, BOLAG),
             "w53-h-koncern": (K_TEXT, KONCERN), "w53-h-reglemente": (R_TEXT, REGLEMENTE),
             "w53-h-arbetsordning": (A_TEXT, ARBETSORDNING)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w53-h", DOCUMENTS)
