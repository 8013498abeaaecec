"""Builds corpus/dev/w41-m.jsonl: invented paragraphs for round 41, writer M (causes left over by
the round's writers; gold by hand from docs/annotation.md before the rules): ah-V2 a present
after a fronted `Mellan`-phrase whose definite plural noun the tagger reads as an adjective (and
the present as a noun; open: its rule was dropped, v2-1 and v2-3 miss); ah-V5 `detta <document
noun>` as the subject of a modal's passive (the noun read as an adverb, `detta` as the modal's
infinitive); ah-A1 a register code before a case number cut off after its year's slash (`KS
2029/`); ah-A3 an acronym after a dash closing the clause (`X – FP.`); az-9 a pronoun subject
(`de`, `de två`, `de båda`) after `och` that opens a clause of its own (no shared subject);
r-C11 a capitalised `Ansvarig` inside a metadata line before `tjänsteman:`; az-3c a verb-first
condition longer than ten words with no comma before `ska <definite noun>`. Each cause has a
negative. Offsets computed.
Run: python corpus/make_w41_m.py corpus/dev"""

import sys
from pathlib import Path

from records import (
    FORV,
    FTV,
    HAR,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_jsonl,
)
from records import statement as st

D = "w41-m"


rec = records_for(D, conditions_from_statements=True)


def no(aim, aim_text, obj=None):
    """An implicit passive prohibition (`ska … inte <passive>`)."""
    return (None, None, "prohibition", "ska", aim, aim_text, True, True, obj, None)


def inf_pass(word, lemma):
    return (word, lemma, "inf", "pass")


SAMMANTRADER = pres("sammanträder", "sammanträda")

RECORDS = [
    # ah-V2: a present after `Mellan <definite plural read as adjective>`
    rec("v2-1", "Mellan sammanträdena sammanträder arbetsutskottet vid behov.",
        [("arbetsutskottet", "arbetsutskott", POL)], [SAMMANTRADER],
        [st("arbetsutskott", "arbetsutskottet", "none", None, "sammanträda", "sammanträder")]),
    rec("v2-2", "Mellan sammanträdena beslutar ordföranden i brådskande ärenden.",
        [("ordföranden", "ordförande", FTV)], [pres("beslutar", "besluta")],
        [st("ordförande", "ordföranden", "none", None, "besluta", "beslutar",
            "i brådskande ärenden")]),
    rec("v2-3", "Mellan sammanträdena sammanträder presidiet enligt en egen plan.",
        [("presidiet", "presidium", POL)], [SAMMANTRADER],
        [st("presidium", "presidiet", "none", None, "sammanträda", "sammanträder",
            "enligt en egen plan")]),
    # negative: an adjective's definite form in a PP before its noun, no present after it
    rec("v2-n", "Mellan gröna ängar ligger skolan.", [], [pres("ligger", "ligga")], []),
    # ah-V5: `detta <document noun>` subject of a modal's passive
    rec("v5-1", "Vid krig ska detta reglemente inte användas.", [],
        [SKA, inf_pass("användas", "använda")], [no("använda", "användas")]),
    rec("v5-2", "I krigstid ska detta reglemente inte följas.", [],
        [SKA, inf_pass("följas", "följa")], [no("följa", "följas")]),
    rec("v5-3", "Under valår ska denna ordning inte tillämpas.", [],
        [SKA, inf_pass("tillämpas", "tillämpa")], [no("tillämpa", "tillämpas")]),
    # negatives: no modal, no statement; `detta år` an adverbial after the modal
    rec("v5-n1", "Denna instruktion gäller inte vid krig.", [], [pres("gäller", "gälla")], []),
    rec("v5-n2", "Styrelsen ska detta år anta en ny arbetsordning.",
        [("Styrelsen", "styrelse", POL)], [SKA, inf("anta")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "anta", "anta", "en ny arbetsordning")]),
    # ah-A1: a register code before a case number cut off after the year's slash
    rec("a1-1", "Handläggare Datum Diarienummer Lena Holm KS 2029/ Kommunfullmäktige",
        [("Kommunfullmäktige", "kommunfullmäktige", POL)]),
    rec("a1-2", "Föredragande Diarienummer Olof Berg KF 2031/ Kommunstyrelsen",
        [("Kommunstyrelsen", "kommunstyrelse", POL)]),
    # negative: the abbreviation as a subject before a year
    rec("a1-n", "KS beslutar om budgeten för 2030.", [("KS", "kommunstyrelse", POL)],
        [pres("beslutar", "besluta")],
        [st("kommunstyrelse", "KS", "none", None, "besluta", "beslutar", "om budgeten för 2030")]),
    # ah-A3: an acronym after a dash, closing the clause, is the actor before it
    rec("a3-1", "Vid behov sammanträder föreningens presidium – FP.",
        [("föreningens presidium", "föreningens presidium", POL),
         ("FP", "föreningens presidium", POL)], [SAMMANTRADER],
        [st("föreningens presidium", "föreningens presidium", "none", None, "sammanträda",
            "sammanträder")]),
    rec("a3-2", "Ärendena bereds av nämndens arbetsutskott – NAU.",
        [("nämndens arbetsutskott", "nämndens arbetsutskott", POL),
         ("NAU", "nämndens arbetsutskott", POL)], [pres("bereds", "bereda")],
        [st("nämndens arbetsutskott", "nämndens arbetsutskott", "none", None, "bereda",
            "bereds", "Ärendena", passive=True)]),
    rec("a3-3", "Frågor om lokaler avgörs av fritidsnämndens presidium – FNP, efter samråd med "
        "förvaltningen.",
        [("fritidsnämndens presidium", "fritidsnämndens presidium", POL),
         ("FNP", "fritidsnämndens presidium", POL),
         ("förvaltningen", "förvaltning", FORV)],
        [pres("avgörs", "avgöra")],
        [st("fritidsnämndens presidium", "fritidsnämndens presidium", "none", None, "avgöra",
            "avgörs", "Frågor om lokaler", passive=True)]),
    # negative: a dash list of acronyms
    rec("a3-n", "Frågan bereds av föreningens kansli – SRS – FRS.",
        [("föreningens", "förening", ORG), ("kansli", "kansli", FORV)],
        [pres("bereds", "bereda")],
        [st("kansli", "kansli", "none", None, "bereda", "bereds", "Frågan", passive=True)]),
    # az-9: a pronoun subject (with a numeral or `båda`) after `och` is the conjunct's own
    rec("p9-1", "Presidiet består av två heltidsarvoderade ledamöter och de två sköter den "
        "löpande driften.",
        [("Presidiet", "presidium", POL), ("ledamöter", "ledamot", FTV)],
        [pres("består", "bestå"), pres("sköter", "sköta")],
        [st("presidium", "Presidiet", "none", None, "bestå", "består",
            "av två heltidsarvoderade ledamöter")]),
    rec("p9-2", "Kansliet har två handläggare och de båda bereder styrelsens ärenden.",
        [("Kansliet", "kansli", FORV), ("handläggare", "handläggare", TJP),
         ("styrelsens", "styrelse", POL)],
        [HAR, pres("bereder", "bereda")],
        [st("kansli", "Kansliet", "none", None, "ha", "har", "två handläggare")]),
    rec("p9-3", "Föreningen har två revisorer och de granskar räkenskaperna varje år.",
        [("Föreningen", "förening", ORG), ("revisorer", "revisor", FTV)],
        [HAR, pres("granskar", "granska")],
        [st("förening", "Föreningen", "none", None, "ha", "har", "två revisorer")]),
    # negative: a conjunct without a subject of its own shares the first one's
    rec("p9-n", "Styrelsen sammanträder varje månad och beslutar om bidragen.",
        [("Styrelsen", "styrelse", POL)], [SAMMANTRADER, pres("beslutar", "besluta")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder", "varje månad"),
         st("styrelse", "Styrelsen", "none", None, "besluta", "beslutar", "om bidragen")]),
    # az-3c: a verb-first condition with a long middle field and no comma before the main
    # clause's modal and its definite subject
    rec("c3-1", "Har fem medlemmar i en viss fråga skriftligen begärt det ska ordföranden inom "
        "två veckor kalla till extra möte.",
        [("medlemmar", "medlem", OVR), ("ordföranden", "ordförande", FTV)],
        [pres("Har", "ha"), ("begärt", "begära", "sup", "act"), SKA, inf("kalla")],
        [st("ordförande", "ordföranden", "obligation", "ska", "kalla", "kalla", "till extra möte",
            condition="Har fem medlemmar i en viss fråga skriftligen begärt det")]),
    rec("c3-2", "Har minst en tredjedel av medlemmarna under året skriftligen krävt det ska "
        "styrelsen kalla till extra möte.",
        [("medlemmarna", "medlem", OVR), ("styrelsen", "styrelse", POL)],
        [pres("Har", "ha"), ("krävt", "kräva", "sup", "act"), SKA, inf("kalla")],
        [st("styrelse", "styrelsen", "obligation", "ska", "kalla", "kalla", "till extra möte",
            condition="Har minst en tredjedel av medlemmarna under året skriftligen krävt det")]),
    # regression: a short verb-first condition
    rec("c3-n", "Har två ledamöter begärt det ska ordföranden genast kalla till möte.",
        [("ledamöter", "ledamot", FTV), ("ordföranden", "ordförande", FTV)],
        [pres("Har", "ha"), ("begärt", "begära", "sup", "act"), SKA, inf("kalla")],
        [st("ordförande", "ordföranden", "obligation", "ska", "kalla", "kalla", "till möte",
            condition="Har två ledamöter begärt det")]),
    # r-C11: a capitalised label adjective inside a metadata line is no part of the actor
    rec("c11-1", "Diarienummer: BUN 2029/14 Ansvarig tjänsteman: Eva Lund",
        [("tjänsteman", "tjänsteman", TJP)]),
    rec("c11-2", "Datum: 2029-03-04 Ansvarig tjänsteman: Per Ek",
        [("tjänsteman", "tjänsteman", TJP)]),
    rec("c11-3", "Diarienummer KS 2029/14 Ansvarig tjänsteman Eva Lund",
        [("tjänsteman", "tjänsteman", TJP)]),
    # negative: a unit label's noun is no actor, its value is
    rec("c11-n", "Diarienummer: BUN 2029/14 Ansvarig enhet: Kansliavdelningen",
        [("Kansliavdelningen", "kansliavdelning", FORV)]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / f"{D}.jsonl", RECORDS)
