"""Builds corpus/dev/w37-l.jsonl and the document corpus/dev/w37-l-namnder.txt: invented
material for round 37, writer L (gold by hand from docs/annotation.md before the rules ran).
aq-B1: a task lead-in with an indefinite quantifier (`flera`, `många olika`, `ett antal`, `en
rad`) and a hedge between the task noun and the colon (`uppdrag, bland annat att:`,
`uppgifter, till exempel:`, `arbetsuppgifter, bl.a.:`) announces the items' responsibility
(§5.1 lead-ins); without a colon it is the plain verb `ha`. aq-B2: `vill`/`ville`/`velat` +
infinitive (past an adverbial or a prepositional phrase) is no cue, the infinitive the aim
(§5.3, round 37). ar-B2: `vilka/vilken/vilket (av) N som …` under besluta/avgöra/bestämma/ange/
pröva is an indirect question: no statement of its own, the infinitives after it the main
modal's (§5.2). ar-B5: `och`/`samt` + an adverb + an infinitive in a modal's chain. A
relative clause with a cue and an `av`-agent on a thing noun gives no statement (§5.1).
Offsets computed. Run: python corpus/make_w37_l.py corpus/dev"""

import sys
from pathlib import Path

from records import FAR, FORV, FTV, ORG, OVR, POL, SKA, TJP, clause_record, write_jsonl
from records import statement as st

PRES, INF, SUP = "pres", "inf", "sup"


def rec(doc, cid, text, actors=(), verbs=(), statements=(), kind="paragraph", parent=None,
        label=""):
    # not records_for's check: a phrase item's aim stands in its lead-in, not in the item
    record = clause_record(doc, cid, text, actors, verbs, statements, kind=kind, parent=parent,
                           label=label)
    for row in record["statements"]:
        assert kind == "list_item" or row["aim_text"] in text, (cid, row)
    return record


def v(word, lemma, tense=INF, voice="act"):
    return (word, lemma, tense, voice)


HA = v("har", "ha", PRES)

# aq-B1: a web page of lead-ins with indefinite quantifiers
D1 = "w37-l-namnder"
NAMNDER_TXT = (
    "Politisk organisation i Ekby kommun\n\n"
    "Byggnadsnämnden har flera viktiga uppdrag, bland annat att:\n\n"
    "• pröva ansökningar om bygglov.\n"
    "• föra register över byggnader och lämna råd i byggfrågor.\n\n"
    "Kulturnämnden har många olika uppgifter:\n\n"
    "• anta kulturplanen.\n"
    "• fördela stipendier.\n\n"
    "Fritidsnämnden har ett antal uppgifter, till exempel:\n\n"
    "• driva simhallen.\n"
    "• stödja lokala evenemang.\n\n"
    "Miljönämnden har en rad arbetsuppgifter, bl.a.:\n\n"
    "• tillsyn över livsmedelsbutiker.\n"
    "• rådgivning om energifrågor.\n\n"
    "Tekniska nämnden har flera uppdrag från kommunfullmäktige. Socialnämnden har många "
    "uppgifter.\n"
)


def _item(cid, parent, text, actor, actor_text, modal, verbs, aims):
    """A list item under a responsibility lead-in: each infinitive an aim (object given)."""
    return rec(D1, cid, text, (), [v(w, lemma) for w, lemma, _ in verbs],
               [st(actor, actor_text, "responsibility", modal, lemma, w, obj)
                for w, lemma, obj in verbs if w in aims], kind="list_item", parent=parent,
               label="•")


def _phrase_item(cid, parent, text, actor, actor_text, modal):
    return rec(D1, cid, text, (), (),
               [st(actor, actor_text, "responsibility", modal, "ansvara", "har",
                   text.rstrip("."))], kind="list_item", parent=parent, label="•")


BN = ("byggnadsnämnd", "Byggnadsnämnden", "har flera viktiga uppdrag")
KN = ("kulturnämnd", "Kulturnämnden", "har många olika uppgifter")
FN = ("fritidsnämnd", "Fritidsnämnden", "har ett antal uppgifter")
MN = ("miljönämnd", "Miljönämnden", "har en rad arbetsuppgifter")
NAMNDER = [
    rec(D1, "title", "Politisk organisation i Ekby kommun",
        [("Politisk organisation", "politisk organisation", POL),
         ("Ekby kommun", "ekby kommun", ORG)], kind="heading"),
    rec(D1, "1", "Byggnadsnämnden har flera viktiga uppdrag, bland annat att:",
        [("Byggnadsnämnden", "byggnadsnämnd", POL)], [HA]),
    _item("1.a", "1", "pröva ansökningar om bygglov.", *BN,
          [("pröva", "pröva", "ansökningar om bygglov")], {"pröva"}),
    _item("1.b", "1", "föra register över byggnader och lämna råd i byggfrågor.", *BN,
          [("föra", "föra", "register över byggnader"), ("lämna", "lämna", "råd")],
          {"föra", "lämna"}),
    rec(D1, "2", "Kulturnämnden har många olika uppgifter:",
        [("Kulturnämnden", "kulturnämnd", POL)], [HA]),
    _item("2.a", "2", "anta kulturplanen.", *KN, [("anta", "anta", "kulturplanen")], {"anta"}),
    _item("2.b", "2", "fördela stipendier.", *KN, [("fördela", "fördela", "stipendier")],
          {"fördela"}),
    rec(D1, "3", "Fritidsnämnden har ett antal uppgifter, till exempel:",
        [("Fritidsnämnden", "fritidsnämnd", POL)], [HA]),
    _item("3.a", "3", "driva simhallen.", *FN, [("driva", "driva", "simhallen")], {"driva"}),
    _item("3.b", "3", "stödja lokala evenemang.", *FN,
          [("stödja", "stödja", "lokala evenemang")], {"stödja"}),
    rec(D1, "4", "Miljönämnden har en rad arbetsuppgifter, bl.a.:",
        [("Miljönämnden", "miljönämnd", POL)], [HA]),
    _phrase_item("4.a", "4", "tillsyn över livsmedelsbutiker.", *MN),
    _phrase_item("4.b", "4", "rådgivning om energifrågor.", *MN),
    rec(D1, "5", "Tekniska nämnden har flera uppdrag från kommunfullmäktige. Socialnämnden har "
        "många uppgifter.",
        [("Tekniska nämnden", "teknisk nämnd", POL), ("kommunfullmäktige", "kommunfullmäktige",
                                                      POL),
         ("Socialnämnden", "socialnämnd", POL)],
        [HA, ("har", "ha", PRES, "act", 1)],
        [st("teknisk nämnd", "Tekniska nämnden", "none", None, "ha", "har",
            "flera uppdrag från kommunfullmäktige"),
         st("socialnämnd", "Socialnämnden", "none", None, "ha", "har", "många uppgifter")]),
]

D2 = "w37-l"


def p(cid, text, actors=(), verbs=(), statements=()):
    return rec(D2, cid, text, actors, verbs, statements)


SENTENCES = [
    # aq-B2: `vill` + infinitive, no cue
    p("1", "Pensionärsrådet vill under året lyfta frågor om äldreomsorgen.",
      [("Pensionärsrådet", "pensionärsråd", POL)],
      [v("vill", "vilja", PRES), v("lyfta", "lyfta")],
      [st("pensionärsråd", "Pensionärsrådet", "none", None, "lyfta", "lyfta",
          "frågor om äldreomsorgen")]),
    p("2", "Handikapprådet vill med sina möten föra fram synpunkter på tillgängligheten.",
      [("Handikapprådet", "handikappråd", POL)],
      [v("vill", "vilja", PRES), v("föra", "föra")],
      [st("handikappråd", "Handikapprådet", "none", None, "föra", "föra",
          "synpunkter på tillgängligheten")]),
    p("3", "Kommunstyrelsen ville därför ompröva beslutet.",
      [("Kommunstyrelsen", "kommunstyrelse", POL)],
      [v("ville", "vilja", "past"), v("ompröva", "ompröva")],
      [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "ompröva", "ompröva", "beslutet")]),
    p("4", "Föreningen har länge velat bygga en ny klubbstuga.",
      [("Föreningen", "förening", ORG)],
      [HA, v("velat", "vilja", SUP), v("bygga", "bygga")],
      [st("förening", "Föreningen", "none", None, "bygga", "bygga", "en ny klubbstuga")]),
    # ar-B2: an indirect question under a verb of deciding
    p("5", "Årsmötet ska bestämma vilken av föreningens sektioner som ska ansvara för lägret, "
      "fastställa avgifterna samt välja revisorer.",
      [("Årsmötet", "årsmöte", OVR), ("föreningens", "förening", ORG),
       ("sektioner", "sektion", FORV), ("revisorer", "revisor", FTV)],
      [SKA, v("bestämma", "bestämma"), ("ska", "skola", PRES, "act", 1),
       v("ansvara", "ansvara"), v("fastställa", "fastställa"), v("välja", "välja")],
      [st("årsmöte", "Årsmötet", "obligation", "ska", "bestämma", "bestämma",
          "vilken av föreningens sektioner som ska ansvara för lägret"),
       st("årsmöte", "Årsmötet", "obligation", "ska", "fastställa", "fastställa", "avgifterna"),
       st("årsmöte", "Årsmötet", "obligation", "ska", "välja", "välja", "revisorer")]),
    p("6", "Rektor får pröva vilka lärare som ska undervisa i kursen och fördela lokalerna.",
      [("Rektor", "rektor", TJP), ("lärare", "lärare", TJP)],
      [FAR, v("pröva", "pröva"), SKA, v("undervisa", "undervisa"), v("fördela", "fördela")],
      [st("rektor", "Rektor", "permission", "får", "pröva", "pröva",
          "vilka lärare som ska undervisa i kursen"),
       st("rektor", "Rektor", "permission", "får", "fördela", "fördela", "lokalerna")]),
    p("7", "Direktionen ska ange vilket utskott som får besluta i ärendet.",
      [("Direktionen", "direktion", POL), ("utskott", "utskott", POL)],
      [SKA, v("ange", "ange"), FAR, v("besluta", "besluta")],
      [st("direktion", "Direktionen", "obligation", "ska", "ange", "ange",
          "vilket utskott som får besluta i ärendet")]),
    p("8", "Styrelsen avgör vilka ledamöter som ska delta i mässan, bokar resorna och "
      "godkänner kostnaderna.",
      [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)],
      [v("avgör", "avgöra", PRES), SKA, v("delta", "delta"), v("bokar", "boka", PRES),
       v("godkänner", "godkänna", PRES)],
      [st("styrelse", "Styrelsen", "none", None, "avgöra", "avgör",
          "vilka ledamöter som ska delta i mässan"),
       st("styrelse", "Styrelsen", "none", None, "boka", "bokar", "resorna"),
       st("styrelse", "Styrelsen", "none", None, "godkänna", "godkänner", "kostnaderna")]),
    # ar-B5: och/samt + adverb + infinitive in a modal's chain
    p("9", "Förvaltningen ska planera arbetet och aktivt söka bidrag samt rapportera till "
      "nämnden.",
      [("Förvaltningen", "förvaltning", FORV), ("nämnden", "nämnd", POL)],
      [SKA, v("planera", "planera"), v("söka", "söka"), v("rapportera", "rapportera")],
      [st("förvaltning", "Förvaltningen", "obligation", "ska", "planera", "planera", "arbetet"),
       st("förvaltning", "Förvaltningen", "obligation", "ska", "söka", "söka", "bidrag"),
       st("förvaltning", "Förvaltningen", "obligation", "ska", "rapportera", "rapportera",
          "till nämnden")]),
    p("10", "Revisorn ska granska räkenskaperna och löpande pröva bolagets rutiner.",
      [("Revisorn", "revisor", FTV), ("bolagets", "bolag", ORG)],
      [SKA, v("granska", "granska"), v("pröva", "pröva")],
      [st("revisor", "Revisorn", "obligation", "ska", "granska", "granska", "räkenskaperna"),
       st("revisor", "Revisorn", "obligation", "ska", "pröva", "pröva", "bolagets rutiner")]),
    p("11", "Rektor får anställa personal och särskilt besluta om ledighet.",
      [("Rektor", "rektor", TJP), ("personal", "personal", TJP)],
      [FAR, v("anställa", "anställa"), v("besluta", "besluta")],
      [st("rektor", "Rektor", "permission", "får", "anställa", "anställa", "personal"),
       st("rektor", "Rektor", "permission", "får", "besluta", "besluta", "om ledighet")]),
    p("12", "Kommunstyrelsen ska leda arbetet samt noga följa upp nämndernas ekonomi.",
      [("Kommunstyrelsen", "kommunstyrelse", POL), ("nämndernas", "nämnd", POL)],
      [SKA, v("leda", "leda"), v("följa", "följa")],
      [st("kommunstyrelse", "Kommunstyrelsen", "obligation", "ska", "leda", "leda", "arbetet"),
       st("kommunstyrelse", "Kommunstyrelsen", "obligation", "ska", "följa", "följa",
          "nämndernas ekonomi")]),
    # a relative clause with a cue and an `av`-agent on a thing noun: no statement (§5.1)
    p("13", "Kanslichefen bereder de ärenden som ska avgöras av direktionen.",
      [("Kanslichefen", "kanslichef", TJP), ("direktionen", "direktion", POL)],
      [v("bereder", "bereda", PRES), SKA, v("avgöras", "avgöra", INF, "pass")],
      [st("kanslichef", "Kanslichefen", "none", None, "bereda", "bereder",
          "de ärenden som ska avgöras av direktionen")]),
    # aq-B1 contrast: no colon, `ha` is the verb
    p("14", "Valnämnden har flera uppgifter under valåret.",
      [("Valnämnden", "valnämnd", POL)], [HA],
      [st("valnämnd", "Valnämnden", "none", None, "ha", "har", "flera uppgifter")]),
]


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    (folder / f"{D1}.txt").write_text(NAMNDER_TXT, encoding="utf-8")
    write_jsonl(folder / "w37-l.jsonl", NAMNDER + SENTENCES)
