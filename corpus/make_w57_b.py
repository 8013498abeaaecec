"""Builds corpus/dev/w57-b.jsonl with its gold: invented material for round 57, writer w57a
(analysis57-co causes C1, C3, C4, C5, C6). C1: a level adjective (`name_adjectives`) before a
body head keeps its place in the name at the sentence start when the head is written in title
case (`Regionalt Forum`), when the same pair stands capitalised inside another sentence of the
paragraph, on a heading line of just adjective + head, after a fronted adverbial and after a
preposition; negatives: a lower-case indefinite head at the sentence start. C3: a passive's
coordinated `av`-agents stop before a noun phrase with a PP attribute that opens the next
clause (`… av direktionen och ombud i de berörda förbunden ska väljas`); negative: a PP with no
verb after it. C4: a press paragraph opened by a dash (also U+2212) over several sentences and
closed by `, säger X` is speech in every sentence; negative: no dash. C5: V2 inversion in the
second main clause after `och` (`… och därför har förvaltningen anställt …`); a subject pronoun
there takes no carried subject. C6: a subject series whose last conjunct is a bare plural or a
hyphenated compound after `samt`/`och`, or with a PP attribute between conjuncts; negative: a
series after a preposition. Gold by hand from docs/annotation.md §2, §5.1 and t12 before any
run. Offsets computed.
Run: python corpus/make_w57_b.py corpus/dev"""

import sys

from records import HAR, ORG, POL, SKA, TJP, inf, pres, records_for, sup, write_jsonl
from records import statement as st

FTV, OVR = "förtroendevald", "övrig"
NONE, OB = "none", "obligation"
SKAP = ("ska", "skola", "pres", "act")


def rec(doc, cid, *args, check=True, **kwargs):
    make = records_for(f"w57-b-{doc}", check_texts=check, conditions_from_statements=True)
    return make(cid, *args, **kwargs)


def passive(word, lemma, tense="pres"):
    return (word, lemma, tense, "pass", 0)


# C1: level adjective + body head.
NAMN = [
    rec("forum-1", "1", "Regionalt Forum ska yttra sig över länets utvecklingsplan.",
        [("Regionalt Forum", "regionalt forum", POL)],
        [SKA, inf("yttra")],
        [st("regionalt forum", "Regionalt Forum", OB, "ska", "yttra", "yttra",
            "sig över länets utvecklingsplan")]),
    rec("forum-1", "2", "Varje höst ska Kommunalt Pensionärsråd lämna synpunkter på "
        "budgeten och delta i dialogmötet.",
        [("Kommunalt Pensionärsråd", "kommunalt pensionärsråd", POL)],
        [SKA, inf("lämna"), inf("delta")],
        [st("kommunalt pensionärsråd", "Kommunalt Pensionärsråd", OB, "ska", "lämna", "lämna",
            "synpunkter på budgeten"),
         st("kommunalt pensionärsråd", "Kommunalt Pensionärsråd", OB, "ska", "delta", "delta",
            "i dialogmötet")]),
    rec("forum-2", "1", "Regionalt samverkansråd", [("Regionalt samverkansråd",
        "regionalt samverkansråd", POL)], kind="heading"),
    rec("forum-2", "2", "Länets kommuner samarbetar sedan länge. Arbetet sker i flera "
        "nätverk. Regionalt Samverkansråd beslutar om gemensamma riktlinjer.",
        [("kommuner", "kommun", ORG), ("Regionalt Samverkansråd", "regionalt samverkansråd", POL)],
        [pres("samarbetar", "samarbeta"), pres("sker", "ske"), pres("beslutar", "besluta")],
        [st("kommun", "kommuner", NONE, None, "samarbeta", "samarbetar", "sedan länge"),
         st("regionalt samverkansråd", "Regionalt Samverkansråd", NONE, None, "besluta",
            "beslutar", "om gemensamma riktlinjer")]),
    rec("forum-3", "1", "Kommunerna utser två ledamöter till Regionalt forum. Regionalt "
        "forum ska sedan lämna förslag till styrelsen.",
        [("Kommunerna", "kommun", ORG), ("ledamöter", "ledamot", FTV),
         ("Regionalt forum", "regionalt forum", POL),
         ("Regionalt forum", "regionalt forum", POL, 1),
         ("styrelsen", "styrelse", POL)],
        [pres("utser", "utse"), SKA, inf("lämna")],
        [st("kommun", "Kommunerna", NONE, None, "utse", "utser",
            "två ledamöter till Regionalt forum"),
         st("regionalt forum", "Regionalt forum", OB, "ska", "lämna", "lämna",
            "förslag till styrelsen")]),
    rec("forum-3", "2", "Kommunerna utser sina representanter i Sociala Rådet och "
        "ersätter dem vid behov.",
        [("Kommunerna", "kommun", ORG), ("representanter", "representant", OVR),
         ("Sociala Rådet", "socialt råd", POL)],
        [pres("utser", "utse"), pres("ersätter", "ersätta")],
        [st("kommun", "Kommunerna", NONE, None, "utse", "utser",
            "sina representanter i Sociala Rådet"),
         st("kommun", "Kommunerna", NONE, None, "ersätta", "ersätter", "dem",
            condition="vid behov")]),
    rec("forum-n1", "1", "Regionala nämnder ska lämna rapporter till staten.",
        [("nämnder", "nämnd", POL), ("staten", "stat", "extern")],
        [SKA, inf("lämna")],
        [st("nämnd", "nämnder", OB, "ska", "lämna", "lämna", "rapporter till staten")]),
    rec("forum-n1", "2", "Lokala föreningar ska söka bidraget före mars.",
        [("föreningar", "förening", ORG)],
        [SKA, inf("söka")],
        [st("förening", "föreningar", OB, "ska", "söka", "söka", "bidraget före mars")]),
]

# C6: subject series.
SERIER = [
    rec("serie-1", "1", "Rektor, kurator samt skolsköterskor deltar i elevhälsomötet.",
        [("Rektor", "rektor", TJP), ("kurator", "kurator", OVR),
         ("skolsköterskor", "skolsköterska", TJP)],
        [pres("deltar", "delta")],
        [st("rektor", "Rektor", NONE, None, "delta", "deltar", "i elevhälsomötet"),
         st("kurator", "kurator", NONE, None, "delta", "deltar", "i elevhälsomötet"),
         st("skolsköterska", "skolsköterskor", NONE, None, "delta", "deltar",
            "i elevhälsomötet")]),
    rec("serie-1", "2", "Arbetet följs upp varje månad. Efter mötet sammanställer "
        "controllern, ekonomichefen och IT-samordnare underlaget.",
        [("controllern", "controller", TJP), ("ekonomichefen", "ekonomichef", TJP),
         ("IT-samordnare", "it-samordnare", TJP)],
        [passive("följs", "följa"), pres("sammanställer", "sammanställa")],
        [st("controller", "controllern", NONE, None, "sammanställa", "sammanställer",
            "underlaget"),
         st("ekonomichef", "ekonomichefen", NONE, None, "sammanställa", "sammanställer",
            "underlaget"),
         st("it-samordnare", "IT-samordnare", NONE, None, "sammanställa", "sammanställer",
            "underlaget")]),
    rec("serie-2", "1", "I gruppen ingår ordföranden för respektive nämnd och "
        "kommundirektören.",
        [("gruppen", "grupp", "förvaltningsorganisation"), ("ordföranden", "ordförande", FTV),
         ("nämnd", "nämnd", POL),
         ("kommundirektören", "kommundirektör", TJP)],
        [pres("ingår", "ingå")],
        [st("ordförande", "ordföranden", NONE, None, "ingå", "ingår", "I gruppen"),
         st("kommundirektör", "kommundirektören", NONE, None, "ingå", "ingår", "I gruppen")]),
    rec("serie-2", "2", "Förvaltningschefen och ombudet för varje förbund, "
        "nämndsekreteraren samt utredare medverkar i beredningen.",
        [("Förvaltningschefen", "förvaltningschef", TJP), ("ombudet", "ombud", TJP),
         ("förbund", "förbund", ORG), ("nämndsekreteraren", "nämndsekreterare", TJP),
         ("utredare", "utredare", TJP), ("beredningen", "beredning", POL)],
        [pres("medverkar", "medverka")],
        [st("förvaltningschef", "Förvaltningschefen", NONE, None, "medverka", "medverkar",
            "i beredningen"),
         st("ombud", "ombudet", NONE, None, "medverka", "medverkar", "i beredningen"),
         st("nämndsekreterare", "nämndsekreteraren", NONE, None, "medverka", "medverkar",
            "i beredningen"),
         st("utredare", "utredare", NONE, None, "medverka", "medverkar", "i beredningen")]),
    rec("serie-n1", "1", "Rektor samråder med kurator samt skolsköterskor.",
        [("Rektor", "rektor", TJP),
         ("skolsköterskor", "skolsköterska", TJP)],
        [pres("samråder", "samråda")],
        [st("rektor", "Rektor", NONE, None, "samråda", "samråder",
            "med kurator samt skolsköterskor")]),
]

# C5: inversion in the second main clause after `och`.
INVERSION = [
    rec("och-1", "1", "Nämnden antar planen och därför har förvaltningen anställt en "
        "utredare.",
        [("Nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", "förvaltningsorganisation"),
         ("utredare", "utredare", TJP)],
        [pres("antar", "anta"), HAR, sup("anställt", "anställa")],
        [st("nämnd", "Nämnden", NONE, None, "anta", "antar", "planen"),
         st("förvaltning", "förvaltningen", NONE, None, "anställa", "anställt",
            "en utredare")]),
    rec("och-1", "2", "Styrelsen utökar verksamheten och för att klara bemanningen har "
        "bolaget rekryterat fler tekniker.",
        [("Styrelsen", "styrelse", POL), ("bolaget", "bolag", ORG)],
        [pres("utökar", "utöka"), HAR, sup("rekryterat", "rekrytera")],
        [st("styrelse", "Styrelsen", NONE, None, "utöka", "utökar", "verksamheten"),
         st("bolag", "bolaget", NONE, None, "rekrytera", "rekryterat", "fler tekniker")]),
    rec("och-3", "1", "Rådet lämnar sitt yttrande och därför har nämnden tillsatt en "
        "arbetsgrupp.",
        [("Rådet", "råd", POL), ("nämnden", "nämnd", POL),
         ("arbetsgrupp", "arbetsgrupp", "förvaltningsorganisation")],
        [pres("lämnar", "lämna"), HAR, sup("tillsatt", "tillsätta")],
        [st("råd", "Rådet", NONE, None, "lämna", "lämnar", "sitt yttrande"),
         st("nämnd", "nämnden", NONE, None, "tillsätta", "tillsatt", "en arbetsgrupp")]),
    rec("och-2", "1", "Förbundet utreder frågan och nu måste vi anställa fler.",
        [("Förbundet", "förbund", ORG)],
        [pres("utreder", "utreda"), pres("måste", "måste"), inf("anställa")],
        [st("förbund", "Förbundet", NONE, None, "utreda", "utreder", "frågan")]),
    rec("och-n1", "1", "Styrelsen sammanträder och beslutar om budgeten.",
        [("Styrelsen", "styrelse", POL)],
        [pres("sammanträder", "sammanträda"), pres("beslutar", "besluta")],
        [st("styrelse", "Styrelsen", NONE, None, "sammanträda", "sammanträder", None),
         st("styrelse", "Styrelsen", NONE, None, "besluta", "beslutar", "om budgeten")]),
]

# C3: coordinated agents before the next clause's subject with a PP attribute.
AGENTER = [
    rec("av-1", "1", "Planen ska godkännas av direktionen och ombud i de berörda förbunden "
        "ska väljas före mars.",
        [("direktionen", "direktion", POL), ("ombud", "ombud", TJP),
         ("förbunden", "förbund", ORG)],
        [SKA, inf("godkännas", "godkänna", "pass"), SKAP[:3] + ("act", 1),
         inf("väljas", "välja", "pass")],
        [st("direktion", "direktionen", OB, "ska", "godkänna", "godkännas", "Planen",
            passive=True),
         st("ombud", "ombud", OB, "ska", "välja", "väljas", None, passive=True)]),
    rec("av-1", "2", "Taxan beslutas av kommunfullmäktige och ledamöter för varje distrikt "
        "utses av kommunstyrelsen.",
        [("kommunfullmäktige", "kommunfullmäktige", POL), ("ledamöter", "ledamot", FTV),
         ("kommunstyrelsen", "kommunstyrelse", POL)],
        [passive("beslutas", "besluta"), passive("utses", "utse")],
        [st("kommunfullmäktige", "kommunfullmäktige", NONE, None, "besluta", "beslutas",
            "Taxan", passive=True),
         st("kommunstyrelse", "kommunstyrelsen", NONE, None, "utse", "utses", "ledamöter",
            passive=True)]),
    rec("av-n1", "1", "Budgeten ska fastställas av nämnden och styrelsen i april.",
        [("nämnden", "nämnd", POL), ("styrelsen", "styrelse", POL)],
        [SKA, inf("fastställas", "fastställa", "pass")],
        [st("nämnd", "nämnden", OB, "ska", "fastställa", "fastställas", "Budgeten",
            passive=True),
         st("styrelse", "styrelsen", OB, "ska", "fastställa", "fastställas", "Budgeten",
            passive=True)]),
]

# C4: dash speech over several sentences.
TAL = [
    rec("tal-1", "1", "– Förbundet har vuxit snabbt. Nu måste vi anställa fler, säger "
        "Per Ek, direktör.",
        [("Förbundet", "förbund", ORG), ("direktör", "direktör", TJP)],
        [HAR, sup("vuxit", "växa"), pres("måste", "måste"), inf("anställa"),
         pres("säger", "säga")]),
    rec("tal-1", "2", "− Styrelsen tar ett stort ansvar för utbildningen. Därför satsar vi "
        "på fler lärare, säger Lisa Holm, ordförande.",
        [("Styrelsen", "styrelse", POL), ("lärare", "lärare", TJP),
         ("ordförande", "ordförande", FTV)],
        [pres("tar", "ta"), pres("satsar", "satsa"), pres("säger", "säga")]),
    rec("tal-2", "1", "– Nämnden har goda förutsättningar. Kommunen bidrar också med "
        "lokaler. Vi ser fram emot hösten, säger Anna Berg.",
        [("Nämnden", "nämnd", POL), ("Kommunen", "kommun", ORG)],
        [HAR, pres("bidrar", "bidra"), pres("ser", "se"), pres("säger", "säga")]),
    rec("tal-n1", "1", "Nämnden har antagit planen. Arbetet fortsätter i höst, säger "
        "Anna Berg.",
        [("Nämnden", "nämnd", POL)],
        [HAR, sup("antagit", "anta"), pres("fortsätter", "fortsätta"), pres("säger", "säga")],
        [st("nämnd", "Nämnden", NONE, None, "anta", "antagit", "planen")]),
]

if __name__ == "__main__":
    write_jsonl(f"{sys.argv[1]}/w57-b.jsonl", [*NAMN, *SERIER, *INVERSION, *AGENTER, *TAL])
