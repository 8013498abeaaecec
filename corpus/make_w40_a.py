"""Builds corpus/dev/w40-a.jsonl: invented sentences and two documents for round 40, writer A
(analysis of part aw, causes A1, V1–V4, A2, A3; gold by hand from docs/annotation.md before
the rules, clause cuts of the documents from the pipeline, checked by hand):
A1 role-`som` after `uppdrag(et/en)` (`uppdragen som ordförande … i nämnden`: only the body);
V1 an item opening with `När`/`Hur`/`Om` under a lead-in that breaks off at a preposition
(`besluta i frågor om:`) is the preposition's object: the lead-in's statement, not its own
verb; V2 a postposed past participle equal to the preterite (`organ bildade efter beslut i
…`) is no finite verb; V3 attributive `intagna` before a noun is no population noun; A2 the
defined term of `Med X avses Y` is no actor when indefinite (a definite one names the body),
and the definition gives no statement; V4 an
item cut to one letter inherits nothing; A3 `kommission` compounds (also misspelt with one
`m`; `innehavare` was tried and dropped: it lowered a test part's statements); A5 the
capitalised name of a form after `blankett(en)` is no actor. A lead-in
over items carries no statement of its own (§5.1): its items do.
The documents w40-a-fragor and w40-a-ansvar have their .txt sources. Offsets computed.
Run: python corpus/make_w40_a.py corpus/dev"""

import sys

from records import (
    EXT,
    FAR,
    FORV,
    FTV,
    ORG,
    POL,
    SKA,
    inf,
    pres,
    records_for,
    write_part,
)
from records import list_item as item
from records import statement as st

rec = records_for("w40-a")


def past(word, lemma, voice="act", nth=0):
    return (word, lemma, "past", voice, nth)


SENTENCES = [
    # A1: role-`som` after `uppdrag`: the roles are no actors, the body after `i` is
    rec("a1-1", "Ersättningen gäller uppdragen som ordförande och vice ordförande i "
        "kulturutskottet.",
        [("kulturutskottet", "kulturutskott", POL)], [pres("gäller", "gälla")]),
    rec("a1-2", "Arvode utgår för uppdrag som ledamot eller ersättare i valberedningen.",
        [("valberedningen", "valberedning", POL)], [pres("utgår", "utgå")]),
    rec("a1-3", "Arvodet avser uppdraget som sekreterare i valnämnden.",
        [("valnämnden", "valnämnd", POL)], [pres("avser", "avse")]),
    # A1 negative: `som` + a subject + a finite verb opens a relative clause
    rec("a1-n1", "Ersättning utgår för uppdrag som styrelsen lämnar.",
        [("styrelsen", "styrelse", POL)], [pres("utgår", "utgå"), pres("lämnar", "lämna")]),
    # V2: a postposed participle identical with the preterite
    rec("v2-1", "Råd, arbetsgrupper eller andra organ bildade efter beslut i styrelsen.",
        [("Råd", "råd", POL), ("arbetsgrupper", "arbetsgrupp", FORV), ("organ", "organ", POL),
         ("styrelsen", "styrelse", POL)]),
    rec("v2-2", "Reglerna gäller för kommittéer och utskott inrättade genom beslut av "
        "direktionen.",
        [("kommittéer", "kommitté", POL), ("utskott", "utskott", POL),
         ("direktionen", "direktion", POL)], [pres("gäller", "gälla")]),
    # V2 negatives: an object follows the preterite, or an att-clause does
    rec("v2-n1", "Kommunerna bildade efter valet ett gemensamt förbund.",
        [("Kommunerna", "kommun", ORG), ("förbund", "förbund", ORG)],
        [past("bildade", "bilda")],
        [st("kommun", "Kommunerna", "none", None, "bilda", "bildade",
            "efter valet ett gemensamt förbund")]),
    rec("v2-n2", "Styrelsen beslutade i fjol att bygga om skolan.",
        [("Styrelsen", "styrelse", POL)], [past("beslutade", "besluta"), inf("bygga", "bygga")],
        [st("styrelse", "Styrelsen", "none", None, "besluta", "beslutade",
            "i fjol att bygga om skolan")]),
    # V3: attributive `intagna` before its noun
    rec("v3-1", "Utöver de i lagen intagna reglerna gäller detta reglemente.",
        verbs=[pres("gäller", "gälla")]),
    rec("v3-2", "De i avtalet intagna villkoren ska följas av bolaget.",
        [("bolaget", "bolag", ORG)], [SKA, inf("följas", "följa", "pass")],
        [st("bolag", "bolaget", "obligation", "ska", "följa", "följas", passive=True)]),
    # V3 negative: the participle heads its phrase, a population
    rec("v3-n1", "De intagna ska delta i planeringen av sin vistelse.",
        [("intagna", "intagen", EXT)], [SKA, inf("delta", "delta")],
        [st("intagen", "intagna", "obligation", "ska", "delta", "delta",
            "i planeringen av sin vistelse")]),
    # A2: the defined term of a definition; the definition states nothing
    rec("a2-1", "Med förvaltningar avses i denna policy Kulturförvaltningen och "
        "Miljöförvaltningen.",
        [("Kulturförvaltningen", "kulturförvaltning", FORV),
         ("Miljöförvaltningen", "miljöförvaltning", FORV)],
        [pres("avses", "avse", "pass")]),
    rec("a2-2", "Med styrelse menas i dessa stadgar även direktionen.",
        [("direktionen", "direktion", POL)], [pres("menas", "mena", "pass")]),
    # A2 negatives: `med` that opens no definition
    rec("a2-n1", "Ärendet avgörs i samråd med nämnden.",
        [("nämnden", "nämnd", POL)], [pres("avgörs", "avgöra", "pass")]),
    rec("a2-n3", "Med kommunstyrelsen avses i detta reglemente även dess utskott.",
        [("kommunstyrelsen", "kommunstyrelse", POL), ("utskott", "utskott", POL)],
        [pres("avses", "avse", "pass")]),
    rec("a2-n2", "Med stöd av lagen beslutar nämnden om bidrag.",
        [("nämnden", "nämnd", POL)], [pres("beslutar", "besluta")],
        [st("nämnd", "nämnden", "none", None, "besluta", "beslutar", "om bidrag")]),
    # A3: lexicon
    rec("a3-2", "Arvodena fastställs av arvodeskommissionen.",
        [("arvodeskommissionen", "arvodeskommission", POL)],
        [pres("fastställs", "fastställa", "pass")],
        [st("arvodeskommission", "arvodeskommissionen", "none", None, "fastställa",
            "fastställs", passive=True)]),
    # A5: a form's name after a form noun
    rec("a5-1", "Ansökan görs på särskild blankett (blankett Ansökan Förtroendevald).",
        verbs=[pres("görs", "göra", "pass")]),
    rec("a5-2", "Begäran lämnas på blanketten Ersättning Ledamot till nämnden.",
        [("nämnden", "nämnd", POL)], [pres("lämnas", "lämna", "pass")]),
    rec("a5-n1", "Ersättning betalas till förtroendevald enligt blankett.",
        [("förtroendevald", "förtroendevald", FTV)], [pres("betalas", "betala", "pass")]),
    rec("a3-3", "Förslaget bereds av valkomissionen.",
        [("valkomissionen", "valkommission", POL)], [pres("bereds", "bereda", "pass")],
        [st("valkommission", "valkomissionen", "none", None, "bereda", "bereds", passive=True)]),
]

# V1: items opening with a subordinator under a lead-in that breaks off at `om`
D1 = "w40-a-fragor"
D1_TEXT = """Därutöver ska styrelsen besluta i frågor om:

1. När en verksamhet ska drivas i annan form än egen regi,

2. Hur stora bidragen till föreningarna ska vara,

3. Om en anläggning ska säljas.

När ärendet är brådskande får ordföranden besluta.
"""
STYRELSE_BESLUTA = ("styrelse", "styrelsen", "obligation", "ska", "besluta", "besluta")
D1_RECORDS = [
    rec("1", "Därutöver ska styrelsen besluta i frågor om:",
        [("styrelsen", "styrelse", POL)], [SKA, inf("besluta", "besluta")],
        doc=D1),
    item(D1, "1.a", "När en verksamhet ska drivas i annan form än egen regi,",
         verbs=[SKA, inf("drivas", "driva", "pass")],
         statements=[st(*STYRELSE_BESLUTA,
                        obj="När en verksamhet ska drivas i annan form än egen regi")],
         label="1."),
    item(D1, "1.b", "Hur stora bidragen till föreningarna ska vara,",
         [("föreningarna", "förening", ORG)], [SKA, inf("vara", "vara")],
         [st(*STYRELSE_BESLUTA, obj="Hur stora bidragen till föreningarna ska vara")],
         label="2."),
    item(D1, "1.c", "Om en anläggning ska säljas.",
         verbs=[SKA, inf("säljas", "sälja", "pass")],
         statements=[st(*STYRELSE_BESLUTA, obj="Om en anläggning ska säljas")], label="3."),
    # V1 negative: a main clause after the subordinate clause keeps its own statement
    rec("2", "När ärendet är brådskande får ordföranden besluta.",
        [("ordföranden", "ordförande", FTV)],
        [pres("är", "vara"), FAR, inf("besluta", "besluta")],
        [st("ordförande", "ordföranden", "permission", "får", "besluta", "besluta")],
        conditions=["När ärendet är brådskande"], doc=D1),
]

# V4: an item cut to one letter carries no statement; a two-letter word is an item
D2 = "w40-a-ansvar"
D2_TEXT = """Servicenämnden ansvarar även för:

• växeln

• IT

• k
"""
ANSVARA = ("servicenämnd", "Servicenämnden", "responsibility", "ansvarar för", "ansvara",
           "ansvarar")
D2_RECORDS = [
    rec("1", "Servicenämnden ansvarar även för:", [("Servicenämnden", "servicenämnd", POL)],
        [pres("ansvarar", "ansvara")], doc=D2),
    item(D2, "1.a", "växeln", statements=[st(*ANSVARA, obj="växeln")], label="•"),
    item(D2, "1.b", "IT", statements=[st(*ANSVARA, obj="IT")], label="•"),
    item(D2, "1.c", "k", label="•"),
]

DOCUMENTS = {D1: (D1_TEXT, D1_RECORDS), D2: (D2_TEXT, D2_RECORDS)}

if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev"
    write_part(folder, "w40-a", DOCUMENTS, before=SENTENCES)
