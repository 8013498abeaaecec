"""Builds corpus/dev/w57-h.jsonl with its gold: invented material for round 57, writer w57g
(analysis57b-co R1, R2, R3, R4: what the first pass missed). R3: a sentence-opening subject
series with a `för` + capitalised place-name attribute on a conjunct and more than eight words,
`-koordinator` compounds as officers (third sentence of a paragraph, second main clause after
`, och`); negative a series after the verb's preposition. R2: `och` + `då`/`därför`/`sedan`/
`därefter` + a finite verb + a subject pronoun: the second clause has its own subject and takes
no carried one (third sentence, after a fronted adverbial); negatives an inverted actor and a
plain coordinated VP. R1: a speech frame whose speaker has a `, som …` relative clause (single
sentence, dash paragraph, third sentence of a paragraph without dash, after `, och`); negative a
relative clause on an object. R4: `<actor> i <place> län/kommun är …`: the actor is the copula's
subject (under a heading as the third sentence, after `, och`); negative a non-actor subject.
Gold by hand from docs/annotation.md §2, §5 before any run. Offsets computed.
Run: python corpus/make_w57_h.py corpus/dev"""

import sys

from records import AR, HAR, ORG, POL, TJP, inf, pres, records_for, sup, write_jsonl
from records import statement as st

FORV, OVR = "förvaltningsorganisation", "övrig"
NONE = "none"


def rec(doc, cid, *args, **kwargs):
    make = records_for(f"w57-h-{doc}", check_texts=True, conditions_from_statements=True)
    return make(cid, *args, **kwargs)


def past(word, lemma):
    return (word, lemma, "past", "act", 0)


def none(actor, text, aim, aim_text, obj=None):
    return st(actor, text, NONE, None, aim, aim_text, obj)


# R3: subject series with a capitalised PP attribute, -koordinator.
SERIER = [
    rec("serie-1", "1", "Samordnare för Västra Ekby, kuratorer samt skolsköterskor ingår i "
        "teamet.",
        [("Samordnare", "samordnare", TJP), ("kuratorer", "kurator", OVR),
         ("skolsköterskor", "skolsköterska", TJP), ("teamet", "team", FORV)],
        [pres("ingår", "ingå")],
        [none("samordnare", "Samordnare", "ingå", "ingår", "i teamet"),
         none("kurator", "kuratorer", "ingå", "ingår", "i teamet"),
         none("skolsköterska", "skolsköterskor", "ingå", "ingår", "i teamet")]),
    rec("serie-1", "2", "Mötena hålls varje vecka. Lokalen finns på skolan. Rektor, kurator "
        "samt elevkoordinatorer deltar i mötena.",
        [("Rektor", "rektor", TJP), ("kurator", "kurator", OVR),
         ("elevkoordinatorer", "elevkoordinator", TJP)],
        [("hålls", "hålla", "pres", "pass", 0), pres("finns", "finnas"),
         pres("deltar", "delta")],
        [none("rektor", "Rektor", "delta", "deltar", "i mötena"),
         none("kurator", "kurator", "delta", "deltar", "i mötena"),
         none("elevkoordinator", "elevkoordinatorer", "delta", "deltar", "i mötena")]),
    rec("serie-2", "1", "Verksamhetschef och utredare för Kommunalt Ekonomistöd, IT-chef samt "
        "vårdkoordinatorer medverkar i rådet.",
        [("Verksamhetschef", "verksamhetschef", TJP), ("utredare", "utredare", TJP),
         ("IT-chef", "it-chef", TJP), ("vårdkoordinatorer", "vårdkoordinator", TJP),
         ("rådet", "råd", POL)],
        [pres("medverkar", "medverka")],
        [none("verksamhetschef", "Verksamhetschef", "medverka", "medverkar", "i rådet"),
         none("utredare", "utredare", "medverka", "medverkar", "i rådet"),
         none("it-chef", "IT-chef", "medverka", "medverkar", "i rådet"),
         none("vårdkoordinator", "vårdkoordinatorer", "medverka", "medverkar", "i rådet")]),
    rec("serie-2", "2", "Nämnden beslutar om insatserna, och enhetschef för Norra Ekby, "
        "handläggare samt IT-koordinatorer genomför dem.",
        [("Nämnden", "nämnd", POL), ("enhetschef", "enhetschef", TJP),
         ("handläggare", "handläggare", TJP), ("IT-koordinatorer", "it-koordinator", TJP)],
        [pres("beslutar", "besluta"), pres("genomför", "genomföra")],
        [none("nämnd", "Nämnden", "besluta", "beslutar", "om insatserna"),
         none("enhetschef", "enhetschef", "genomföra", "genomför", "dem"),
         none("handläggare", "handläggare", "genomföra", "genomför", "dem"),
         none("it-koordinator", "IT-koordinatorer", "genomföra", "genomför", "dem")]),
    rec("serie-2", "3", "Förvaltningschef och controller för Norra Ekby, kanslichef samt "
        "kurator deltar i arbetet.",
        [("Förvaltningschef", "förvaltningschef", TJP), ("controller", "controller", TJP),
         ("kanslichef", "kanslichef", TJP), ("kurator", "kurator", OVR)],
        [pres("deltar", "delta")],
        [none("förvaltningschef", "Förvaltningschef", "delta", "deltar", "i arbetet"),
         none("controller", "controller", "delta", "deltar", "i arbetet"),
         none("kanslichef", "kanslichef", "delta", "deltar", "i arbetet"),
         none("kurator", "kurator", "delta", "deltar", "i arbetet")]),
    rec("serie-n1", "1", "Rektor samråder med kurator samt vårdkoordinatorer.",
        [("Rektor", "rektor", TJP), ("vårdkoordinatorer", "vårdkoordinator", TJP)],
        [pres("samråder", "samråda")],
        [none("rektor", "Rektor", "samråda", "samråder", "med kurator samt vårdkoordinatorer")]),
]

# R2: a subject pronoun after `och` + fronted adverb + finite verb.
INVERSION = [
    rec("och-1", "1", "Kommunen växer snabbt och därför behöver vi fler förskolor.",
        [("Kommunen", "kommun", ORG)],
        [pres("växer", "växa"), pres("behöver", "behöva")],
        [none("kommun", "Kommunen", "växa", "växer")]),
    rec("och-1", "2", "Förbundet har vuxit och då anställer vi fler.",
        [("Förbundet", "förbund", ORG)],
        [HAR, sup("vuxit", "växa"), pres("anställer", "anställa")],
        [none("förbund", "Förbundet", "växa", "vuxit")]),
    rec("och-2", "1", "Regionen har fått nya uppdrag. Budgeten räcker inte. Styrelsen "
        "omprövar planen och sedan fördelar vi pengarna på nytt.",
        [("Regionen", "region", ORG), ("Styrelsen", "styrelse", POL)],
        [HAR, sup("fått", "få"), pres("räcker", "räcka"), pres("omprövar", "ompröva"),
         pres("fördelar", "fördela")],
        [none("region", "Regionen", "få", "fått", "nya uppdrag"),
         none("styrelse", "Styrelsen", "ompröva", "omprövar", "planen")]),
    rec("och-2", "2", "Under våren reviderar nämnden taxan och därefter skickar vi ut den på "
        "remiss.",
        [("nämnden", "nämnd", POL)],
        [pres("reviderar", "revidera"), pres("skickar", "skicka")],
        [none("nämnd", "nämnden", "revidera", "reviderar", "taxan")]),
    rec("och-n1", "1", "Nämnden bereder ärendet och därefter beslutar styrelsen om det.",
        [("Nämnden", "nämnd", POL), ("styrelsen", "styrelse", POL)],
        [pres("bereder", "bereda"), pres("beslutar", "besluta")],
        [none("nämnd", "Nämnden", "bereda", "bereder", "ärendet"),
         none("styrelse", "styrelsen", "besluta", "beslutar", "om det")]),
    rec("och-n1", "2", "Styrelsen sammanträder och beslutar sedan om taxan.",
        [("Styrelsen", "styrelse", POL)],
        [pres("sammanträder", "sammanträda"), pres("beslutar", "besluta")],
        [none("styrelse", "Styrelsen", "sammanträda", "sammanträder"),
         none("styrelse", "Styrelsen", "besluta", "beslutar", "om taxan")]),
]

# R1: speech frame whose speaker has a relative clause.
TAL = [
    rec("tal-1", "1", "– Styrelsen har gjort ett bra år, säger Lena Dahl, som tog över i "
        "våras.",
        [("Styrelsen", "styrelse", POL)],
        [HAR, sup("gjort", "göra"), pres("säger", "säga"), past("tog", "ta")]),
    rec("tal-1", "2", "− Vi satsar på skolan. Förvaltningen anställer fler lärare, menar "
        "Ola Berg, som har arbetat här länge.",
        [("Förvaltningen", "förvaltning", FORV), ("lärare", "lärare", TJP)],
        [pres("satsar", "satsa"), pres("anställer", "anställa"), pres("menar", "mena"), HAR,
         sup("arbetat", "arbeta")]),
    rec("tal-2", "1", "Kommunen bygger en ny sporthall. Bygget startar i maj. Nämnden har "
        "planerat länge, säger Anna Ström, som bor i Ekby.",
        [("Kommunen", "kommun", ORG), ("Nämnden", "nämnd", POL)],
        [pres("bygger", "bygga"), pres("startar", "starta"), HAR, sup("planerat", "planera"),
         pres("säger", "säga"), pres("bor", "bo")],
        [none("kommun", "Kommunen", "bygga", "bygger", "en ny sporthall")]),
    rec("tal-2", "2", "– Regionen satsar på skolan, och nämnden följer upp arbetet, säger "
        "Per Ek, som leder projektet.",
        [("Regionen", "region", ORG), ("nämnden", "nämnd", POL)],
        [pres("satsar", "satsa"), pres("följer", "följa"), pres("säger", "säga"),
         pres("leder", "leda")]),
    rec("tal-n1", "1", "Förvaltningen redovisar resultatet, som visar en ökning.",
        [("Förvaltningen", "förvaltning", FORV)],
        [pres("redovisar", "redovisa"), pres("visar", "visa")],
        [none("förvaltning", "Förvaltningen", "redovisa", "redovisar", "resultatet")]),
]

# R4: actor + place PP attribute before a copula.
KOPULA = [
    rec("forum-1", "1", "Styrgruppen i Ekby län är en arena för samverkan.",
        [("Styrgruppen", "styrgrupp", FORV)],
        [AR],
        [none("styrgrupp", "Styrgruppen", "vara", "är", "en arena för samverkan")]),
    rec("forum-1", "2", "Pensionärsrådet i Norrby kommun är en plats för dialog.",
        [("Pensionärsrådet", "pensionärsråd", POL), ("Norrby kommun", "norrby kommun", ORG)],
        [AR],
        [none("pensionärsråd", "Pensionärsrådet", "vara", "är", "en plats för dialog")]),
    rec("forum-2", "title", "Samverkan i länet", kind="heading"),
    rec("forum-2", "1", "Länet har tio kommuner. Arbetet sker på flera nivåer. "
        "Beredningsgruppen i Västerby län är ett nätverk för ekonomer.",
        [("kommuner", "kommun", ORG), ("Beredningsgruppen", "beredningsgrupp", FORV),
         ("ekonomer", "ekonom", TJP)],
        [HAR, pres("sker", "ske"), AR],
        [none("beredningsgrupp", "Beredningsgruppen", "vara", "är",
              "ett nätverk för ekonomer")]),
    rec("forum-2", "2", "Nämnden leder arbetet, och samverkansrådet i Ekby kommun är dess "
        "stöd.",
        [("Nämnden", "nämnd", POL), ("samverkansrådet", "samverkansråd", POL),
         ("Ekby kommun", "ekby kommun", ORG)],
        [pres("leder", "leda"), AR],
        [none("nämnd", "Nämnden", "leda", "leder", "arbetet"),
         none("samverkansråd", "samverkansrådet", "vara", "är", "dess stöd")]),
    rec("forum-n1", "1", "Mötet i Ekby län är öppet för alla.", [], [AR]),
]

if __name__ == "__main__":
    write_jsonl(f"{sys.argv[1]}/w57-h.jsonl", [*SERIER, *INVERSION, *TAL, *KOPULA])
