"""Builds corpus/dev/w42-t.jsonl: invented paragraphs for round 42, writer T (analyses 42-bc
and 42-bb, statement causes; gold hand-written per docs/annotation.md ahead of any rule): bc-V1 an
inverted subject list after an inclusive phrase (`förutom/utöver/jämte X även/också A, B och
C`); bc-E1 `Det åligger varje/de <adjective/participle> X att V`; bc-T1 the singular task noun
in `Till X:s uppgift hör att V`; bc-O1 a sentence-opening `Beslut om <genitive NP/vad som …>
ska fattas av Y`; bc-M1 a modal + a long adverbial before its infinitive, a genitive object;
bc-K1 `Till X kan Y som … anslutas` (the modal's passive infinitive after the subject's
relative clause); bc-P2 `har X ålagts` (an s-supine tagged present); bc-C1 a coordinated
subject `samt övriga <persons>` hung in the first subject's PP; bc-X1 a modal at a cut text
end; bb-V1 `ska i <adjective> fall <verb>`; bb-C1 a relative clause's own conjunct `och är
ansvariga för`; bb-C2 a `samt ansvarar för` conjunct after a relative clause in commas; bb-C3
a cleft with an adverb (`Det är också X som V`) and a copula conjunct with `det enda organ
som`. Each cause has a negative. Offsets computed.
Run: python corpus/make_w42_t.py corpus/dev"""

import sys
from pathlib import Path

from records import (
    AR,
    EXT,
    FAR,
    FTV,
    HAR,
    KAN,
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

D = "w42-t"

rec = records_for(D, conditions_from_statements=True)

SKALL = ("skall", "skola", "pres", "act")
BOR = ("bör", "böra", "pres", "act")
DELTAR = pres("deltar", "delta")
ALIGGER = pres("åligger", "åligga")
HOR = pres("hör", "höra")


def sup(word, lemma, voice="act"):
    return (word, lemma, "sup", voice)


def inf_pass(word, lemma):
    return (word, lemma, "inf", "pass")


RECORDS = [
    # bc-V1: the subjects after an inclusive `förutom/utöver/jämte X även/också` phrase
    rec("v1-1", "Vid stämman deltar förutom styrelsen även revisorerna, kassören och "
        "valberedningens sekreterare.",
        [("stämman", "stämma", POL), ("styrelsen", "styrelse", POL),
         ("revisorerna", "revisor", FTV), ("kassören", "kassör", FTV),
         ("valberedningens sekreterare", "valberedningens sekreterare", TJP)],
        [DELTAR],
        [st("revisor", "revisorerna", "none", None, "delta", "deltar"),
         st("kassör", "kassören", "none", None, "delta", "deltar"),
         st("valberedningens sekreterare", "valberedningens sekreterare", "none", None,
            "delta", "deltar")]),
    rec("v1-2", "I nämndens sammanträden deltar utöver ledamöterna också ekonomichefen.",
        [("nämndens", "nämnd", POL), ("ledamöterna", "ledamot", FTV),
         ("ekonomichefen", "ekonomichef", TJP)],
        [DELTAR],
        [st("ekonomichef", "ekonomichefen", "none", None, "delta", "deltar")]),
    rec("v1-3", "Vid mötena närvarar jämte ordföranden även sekreteraren och kanslichefen.",
        [("ordföranden", "ordförande", FTV), ("sekreteraren", "sekreterare", TJP),
         ("kanslichefen", "kanslichef", TJP)],
        [pres("närvarar", "närvara")],
        [st("sekreterare", "sekreteraren", "none", None, "närvara", "närvarar"),
         st("kanslichef", "kanslichefen", "none", None, "närvara", "närvarar")]),
    # negatives: a fronted `Förutom` phrase; a subject before the verb and a PP after it
    rec("v1-n1", "Förutom styrelsen deltar revisorerna.",
        [("styrelsen", "styrelse", POL), ("revisorerna", "revisor", FTV)], [DELTAR],
        [st("revisor", "revisorerna", "none", None, "delta", "deltar")]),
    rec("v1-n2", "Ledamöterna deltar förutom i sammanträdena även i utbildningar.",
        [("Ledamöterna", "ledamot", FTV)], [DELTAR],
        [st("ledamot", "Ledamöterna", "none", None, "delta", "deltar",
            "förutom i sammanträdena även i utbildningar")]),
    # bc-E1: `Det åligger` + a quantifier/article + adjectives or participles + the actor
    rec("e1-1", "Det åligger varje ny medlem att betala avgiften.",
        [("medlem", "medlem", OVR)], [ALIGGER, inf("betala")],
        [st("medlem", "medlem", "obligation", "åligger", "betala", "betala", "avgiften")]),
    rec("e1-2", "Det åligger varje registrerad ny medlem att anmäla adressändring.",
        [("medlem", "medlem", OVR)], [ALIGGER, inf("anmäla")],
        [st("medlem", "medlem", "obligation", "åligger", "anmäla", "anmäla", "adressändring")]),
    rec("e1-3", "Det åligger de anslutna klubbarna att betala årsavgift.",
        [("klubbarna", "klubb", ORG)], [ALIGGER, inf("betala")],
        [st("klubb", "klubbarna", "obligation", "åligger", "betala", "betala", "årsavgift")]),
    # negative: a genitive owner after `Det åligger`
    rec("e1-n", "Det åligger styrelsens ordförande att kalla till möte.",
        [("styrelsens ordförande", "styrelsens ordförande", FTV)], [ALIGGER, inf("kalla")],
        [st("styrelsens ordförande", "styrelsens ordförande", "obligation", "åligger", "kalla",
            "kalla", "till möte")]),
    # bc-T1: the singular task noun after a fronted `Till`
    rec("t1-1", "Till kassörens uppgift hör att granska räkenskaperna.",
        [("kassörens", "kassör", FTV)], [HOR, inf("granska")],
        [st("kassör", "kassörens", "obligation", "hör", "granska", "granska",
            "räkenskaperna")]),
    rec("t1-2", "Till sekreterarens uppgift hör även att föra protokoll vid mötena.",
        [("sekreterarens", "sekreterare", TJP)], [HOR, inf("föra")],
        [st("sekreterare", "sekreterarens", "obligation", "hör", "föra", "föra",
            "protokoll vid mötena")]),
    # negative: `uppgift är att` (no fronted `Till`, no containing verb)
    rec("t1-n", "Sekreterarens uppgift är att föra protokoll.",
        [("Sekreterarens", "sekreterare", TJP)], [AR, inf("föra")]),
    # bc-O1: `Beslut om <NP with a genitive / a free relative>` opening the sentence
    rec("o1-1", "Beslut om arvodenas storlek skall fattas av stämman.",
        [("stämman", "stämma", POL)], [SKALL, inf_pass("fattas", "fatta")],
        [st("stämma", "stämman", "obligation", "skall", "fatta", "fattas", "Beslut om "
            "arvodenas storlek", passive=True)]),
    rec("o1-2", "Beslut om vad som ska ersättas ska fattas av styrelsen.",
        [("styrelsen", "styrelse", POL)],
        [SKA, inf_pass("ersättas", "ersätta"), (*SKA, 1), inf_pass("fattas", "fatta")],
        [st("styrelse", "styrelsen", "obligation", "ska", "fatta", "fattas",
            "Beslut om vad som ska ersättas", passive=True)]),
    # negatives: a sentence-opening `Om` clause; `om` after a verb
    rec("o1-n1", "Om styrelsen beslutar det ska kassören betala ut ersättningen.",
        [("styrelsen", "styrelse", POL), ("kassören", "kassör", FTV)],
        [pres("beslutar", "besluta"), SKA, inf("betala")],
        [st("kassör", "kassören", "obligation", "ska", "betala", "betala", "ut ersättningen",
            condition="Om styrelsen beslutar det")]),
    rec("o1-n2", "Nämnden prövar om ansökan ska beviljas.",
        [("Nämnden", "nämnd", POL)],
        [pres("prövar", "pröva"), SKA, inf_pass("beviljas", "bevilja")],
        [st("nämnd", "Nämnden", "none", None, "pröva", "prövar", "om ansökan ska beviljas")]),
    # bc-M1: modal + a long adverbial + an infinitive the tagger may read as a noun
    rec("m1-1", "Styrelsen ska via samtal och avtal med markägare tillvarata medlemmarnas "
        "intressen.",
        [("Styrelsen", "styrelse", POL), ("markägare", "markägare", ORG),
         ("medlemmarnas", "medlem", OVR)],
        [SKA, inf("tillvarata")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "tillvarata", "tillvarata",
            "medlemmarnas intressen")]),
    rec("m1-2", "Kansliet ska genom möten och kontakter med myndigheter tillvarata "
        "föreningarnas intressen.",
        [("Kansliet", "kansli", "förvaltningsorganisation"), ("myndigheter", "myndighet", EXT),
         ("föreningarnas", "förening", ORG)],
        [SKA, inf("tillvarata")],
        [st("kansli", "Kansliet", "obligation", "ska", "tillvarata", "tillvarata",
            "föreningarnas intressen")]),
    # negative: a PP adverbial before a plain infinitive
    rec("m1-n", "Styrelsen ska i samråd med revisorerna besluta om ersättningen.",
        [("Styrelsen", "styrelse", POL), ("revisorerna", "revisor", FTV)],
        [SKA, inf("besluta")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "besluta", "besluta",
            "om ersättningen")]),
    # bc-K1: `Till X kan Y som … <passive infinitive>`
    rec("k1-1", "Till förbundet kan lokala idrottsföreningar som är verksamma i länet "
        "anslutas.",
        [("förbundet", "förbund", ORG), ("idrottsföreningar", "idrottsförening", ORG)],
        [KAN, AR, inf_pass("anslutas", "ansluta")],
        [st("idrottsförening", "idrottsföreningar", "permission", "kan", "ansluta",
            "anslutas", passive=True)]),
    rec("k1-2", "Till samarbetet kan kommuner som har en egen räddningstjänst anslutas.",
        [("kommuner", "kommun", ORG)],
        [KAN, HAR, inf_pass("anslutas", "ansluta")],
        [st("kommun", "kommuner", "permission", "kan", "ansluta", "anslutas", passive=True)]),
    # negative: the relative clause has its own modal and infinitive
    rec("k1-n", "Till förbundet kan föreningar som vill ansluta sig lämna en ansökan.",
        [("förbundet", "förbund", ORG), ("föreningar", "förening", ORG)],
        [KAN, pres("vill", "vilja"), inf("ansluta"), inf("lämna")],
        [st("förening", "föreningar", "permission", "kan", "lämna", "lämna", "en ansökan")]),
    # bc-P2: `har X ålagts` (an s-supine the tagger reads as a present)
    rec("p2-1", "Därför har nämnden ålagts att redovisa kostnaderna.",
        [("nämnden", "nämnd", POL)],
        [HAR, sup("ålagts", "ålägga", "pass"), inf("redovisa")],
        [st("nämnd", "nämnden", "none", None, "ålägga", "ålagts",
            "att redovisa kostnaderna", passive=True)]),
    rec("p2-2", "Sedan dess har styrelsen ålagts att lämna en årlig rapport.",
        [("styrelsen", "styrelse", POL)],
        [HAR, sup("ålagts", "ålägga", "pass"), inf("lämna")],
        [st("styrelse", "styrelsen", "none", None, "ålägga", "ålagts",
            "att lämna en årlig rapport", passive=True)]),
    # negative: a supine the tagger already reads right
    rec("p2-n", "Därför har nämnden tilldelats extra medel.",
        [("nämnden", "nämnd", POL)], [HAR, sup("tilldelats", "tilldela", "pass")],
        [st("nämnd", "nämnden", "none", None, "tilldela", "tilldelats", "extra medel",
            passive=True)]),
    # bc-C1: `samt övriga <persons>` after the first subject's PP
    rec("c1-1", "Andra tjänstemän från förvaltningen samt övriga handläggare är "
        "föredragande vid behov.",
        [("tjänstemän", "tjänsteman", TJP), ("förvaltningen", "förvaltning",
                                            "förvaltningsorganisation"),
         ("handläggare", "handläggare", TJP)],
        [AR],
        [st("tjänsteman", "tjänstemän", "none", None, "vara", "är", "föredragande vid behov"),
         st("handläggare", "handläggare", "none", None, "vara", "är",
            "föredragande vid behov")]),
    # negative: the conjunct is no person: it stays in the PP
    rec("c1-n", "Anställda från förvaltningen samt övriga bolag deltar i mötet.",
        [("Anställda", "anställd", TJP), ("förvaltningen", "förvaltning",
                                         "förvaltningsorganisation"), ("bolag", "bolag", ORG)],
        [DELTAR],
        [st("anställd", "Anställda", "none", None, "delta", "deltar", "i mötet")]),
    # bc-X1: a modal at a cut text end names no action
    rec("x1-1", "Nämnden kan i särskilda fall b",
        [("Nämnden", "nämnd", POL)], [KAN]),
    rec("x1-2", "Styrelsen ska enligt",
        [("Styrelsen", "styrelse", POL)], [SKA]),
    # negative: a cut text end after the infinitive
    rec("x1-n", "Ordföranden ska leda mötet",
        [("Ordföranden", "ordförande", FTV)], [SKA, inf("leda")],
        [st("ordförande", "Ordföranden", "obligation", "ska", "leda", "leda", "mötet")]),
    # bb-V1: `i <adjective> fall` between the modal and its infinitive
    rec("bv1-1", "Delegaten ska i enskilda fall samråda med nämnden.",
        [("Delegaten", "delegat", TJP), ("nämnden", "nämnd", POL)], [SKA, inf("samråda")],
        [st("delegat", "Delegaten", "obligation", "ska", "samråda", "samråda", "med nämnden",
            condition="i enskilda fall")]),
    rec("bv1-2", "Sekreteraren ska i oklara fall kontakta ordföranden.",
        [("Sekreteraren", "sekreterare", TJP), ("ordföranden", "ordförande", FTV)],
        [SKA, inf("kontakta")],
        [st("sekreterare", "Sekreteraren", "obligation", "ska", "kontakta", "kontakta",
            "ordföranden", condition="i oklara fall")]),
    rec("bv1-3", "Kassören får i akuta fall godkänna utbetalningar.",
        [("Kassören", "kassör", FTV)], [FAR, inf("godkänna")],
        [st("kassör", "Kassören", "permission", "får", "godkänna", "godkänna",
            "utbetalningar", condition="i akuta fall")]),
    rec("bv1-4", "Handläggaren bör i tveksamma fall rådfråga chefen.",
        [("Handläggaren", "handläggare", TJP), ("chefen", "chef", TJP)],
        [BOR, inf("rådfråga")],
        [st("handläggare", "Handläggaren", "recommendation", "bör", "rådfråga", "rådfråga",
            "chefen", condition="i tveksamma fall")]),
    # negative: a PP with a noun before the infinitive
    rec("bv1-n", "Nämnden ska i samråd med styrelsen besluta om taxan.",
        [("Nämnden", "nämnd", POL), ("styrelsen", "styrelse", POL)], [SKA, inf("besluta")],
        [st("nämnd", "Nämnden", "obligation", "ska", "besluta", "besluta", "om taxan")]),
    # bb-C1: a relative clause's own conjunct with a responsibility cue
    rec("bc1-1", "Kommunen har två bolag, som ägs av stiftelsen och är ansvariga för driften.",
        [("Kommunen", "kommun", ORG), ("bolag", "bolag", ORG),
         ("stiftelsen", "stiftelse", ORG)],
        [HAR, pres("ägs", "äga", "pass"), AR],
        [st("kommun", "Kommunen", "none", None, "ha", "har", "två bolag"),
         st("bolag", "bolag", "responsibility", "är ansvariga för", "ansvara", "är",
            "för driften")]),
    rec("bc1-2", "Nämnden har två utskott, som tillsätts av nämnden och är ansvariga för "
        "beredningen.",
        [("Nämnden", "nämnd", POL), ("utskott", "utskott", POL), ("nämnden", "nämnd", POL)],
        [HAR, pres("tillsätts", "tillsätta", "pass"), AR],
        [st("nämnd", "Nämnden", "none", None, "ha", "har", "två utskott"),
         st("utskott", "utskott", "responsibility", "är ansvariga för", "ansvara", "är",
            "för beredningen")]),
    # negative: no `som`: the conjunct after `, och` is the main subject's
    rec("bc1-n", "Förbundet har ett kansli och är ansvarigt för samordningen.",
        [("Förbundet", "förbund", ORG), ("kansli", "kansli", "förvaltningsorganisation")],
        [HAR, AR],
        [st("förbund", "Förbundet", "none", None, "ha", "har", "ett kansli"),
         st("förbund", "Förbundet", "responsibility", "är ansvarigt för", "ansvara", "är",
            "för samordningen")]),
    # bb-C2: a third conjunct `samt ansvarar för` after a relative clause in commas
    rec("bc2-1", "Förbundsstyrelsen, som utses av stämman, planerar och följer upp "
        "verksamheten samt ansvarar för förbundets medel.",
        [("Förbundsstyrelsen", "förbundsstyrelse", POL), ("stämman", "stämma", POL),
         ("förbundets", "förbund", ORG)],
        [pres("utses", "utse", "pass"), pres("planerar", "planera"),
         pres("följer", "följa"), pres("ansvarar", "ansvara")],
        [st("förbundsstyrelse", "Förbundsstyrelsen", "none", None, "planera", "planerar"),
         st("förbundsstyrelse", "Förbundsstyrelsen", "none", None, "följa", "följer",
            "upp verksamheten"),
         st("förbundsstyrelse", "Förbundsstyrelsen", "responsibility", "ansvarar för",
            "ansvara", "ansvarar", "för förbundets medel")]),
    rec("bc2-2", "Regionstyrelsen, som väljs av regionfullmäktige, leder och samordnar "
        "arbetet i regionen samt ansvarar för regionens ekonomi.",
        [("Regionstyrelsen", "regionstyrelse", POL),
         ("regionfullmäktige", "regionfullmäktige", POL), ("regionens", "region", ORG)],
        [pres("väljs", "välja", "pass"), pres("leder", "leda"), pres("samordnar", "samordna"),
         pres("ansvarar", "ansvara")],
        [st("regionstyrelse", "Regionstyrelsen", "none", None, "leda", "leder"),
         st("regionstyrelse", "Regionstyrelsen", "none", None, "samordna", "samordnar",
            "arbetet i regionen"),
         st("regionstyrelse", "Regionstyrelsen", "responsibility", "ansvarar för",
            "ansvara", "ansvarar", "för regionens ekonomi")]),
    # negative: the same coordination without the relative clause
    rec("bc2-n", "Styrelsen leder och samordnar arbetet samt ansvarar för ekonomin.",
        [("Styrelsen", "styrelse", POL)],
        [pres("leder", "leda"), pres("samordnar", "samordna"), pres("ansvarar", "ansvara")],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder"),
         st("styrelse", "Styrelsen", "none", None, "samordna", "samordnar", "arbetet"),
         st("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för ekonomin")]),
    # bb-C3: a cleft with an adverb between `är` and the focus
    rec("bc3-1", "Det är också nämnden som utser ombud till stämman.",
        [("nämnden", "nämnd", POL), ("ombud", "ombud", TJP), ("stämman", "stämma", POL)],
        [AR, pres("utser", "utse")],
        [st("nämnd", "nämnden", "none", None, "utse", "utser", "ombud till stämman")]),
    rec("bc3-2", "Det är alltid ordföranden som kallar till sammanträde.",
        [("ordföranden", "ordförande", FTV)], [AR, pres("kallar", "kalla")],
        [st("ordförande", "ordföranden", "none", None, "kalla", "kallar", "till sammanträde")]),
    # a copula conjunct whose predicative has a relative clause
    rec("bc3-3", "Kommunfullmäktige har 61 ledamöter och är det enda organ som är direktvalt "
        "av invånarna.",
        [("Kommunfullmäktige", "kommunfullmäktige", POL), ("ledamöter", "ledamot", FTV),
         ("invånarna", "invånare", EXT)],
        [HAR, AR, (*AR, 1)],
        [st("kommunfullmäktige", "Kommunfullmäktige", "none", None, "ha", "har",
            "61 ledamöter"),
         st("kommunfullmäktige", "Kommunfullmäktige", "none", None, "vara", "är",
            "det enda organ som är direktvalt av invånarna")]),
    # negative: a cleft without an adverb
    rec("bc3-n", "Det är styrelsen som utser revisorer.",
        [("styrelsen", "styrelse", POL), ("revisorer", "revisor", FTV)],
        [AR, pres("utser", "utse")],
        [st("styrelse", "styrelsen", "none", None, "utse", "utser", "revisorer")]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / f"{D}.jsonl", RECORDS)
