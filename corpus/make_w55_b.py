"""Builds corpus/dev/w55-b.jsonl with its gold: invented sentences for round 55, writer w55b
(analyses 55-ci G1/G2, 55-cj C2/C4/C5, 55-ch C1/C2). Each document one construction:
`gap` a split cue (`har … att`, `svarar/ansvarar … för`) whose gap is a preposition + a
noun phrase with a genitive or an adjective (negatives: no `att`, a complement noun: `ha` the aim);
`inf` two coordinated infinitives after a modal or a cue's `att`, the first with a particle,
in a main clause and in a relative clause on an object (negative: coordinated predicative
adjectives); `rel` coordinated adverbs between `som` and the relative's verb (negative: two
subjects between `som` and the verb); `men` a negated modal and a conjunct opened by `men`
or repeating its modal (negatives: `eller`, a bare `och` conjunct); `prefield` a fronted
subject whose prepositional phrase ends in a `-fullmäktige` body (negative: a genitive,
no actor); `datum` a fronted date (day + month [+ year] or `I <month>`) before a preterite
(negative: no actor subject); `serie` a present after an object's `som ska/har …` relative
(negative: the relative's own present). Sentences only (no .txt). Gold by hand from
docs/annotation.md §2, §3, §5 (round 54 ruling s6) before any run; offsets computed.
Run: python corpus/make_w55_b.py corpus/dev"""

import sys
from pathlib import Path

from records import (
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
    KAN,
    ORG,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_jsonl,
)
from records import statement as st

OB, PERM, PROH, RESP, NONE = "obligation", "permission", "prohibition", "responsibility", "none"
SKA2 = (*SKA, 1)
FAR2 = (*FAR, 1)
KAN2 = (*KAN, 1)


def past(word, lemma, voice="act", nth=0):
    """A preterite VERB tuple."""
    return (word, lemma, "past", voice, nth)


gap = records_for("w55-b-gap")
infs = records_for("w55-b-inf")
rel = records_for("w55-b-rel")
men = records_for("w55-b-men")
prefield = records_for("w55-b-prefield")
datum = records_for("w55-b-datum")
serie = records_for("w55-b-serie")

GAP = [
    gap("1", "Valnämnden har enligt kommunens arbetsordning att pröva överklagandena.",
        [("Valnämnden", "valnämnd", POL), ("kommunens", "kommun", ORG)],
        [HAR, inf("pröva")],
        [st("valnämnd", "Valnämnden", OB, "har enligt kommunens arbetsordning att", "pröva",
            "pröva", "överklagandena")]),
    gap("2", "Kassören svarar tillsammans med föreningens revisor för bokföringen.",
        [("Kassören", "kassör", FTV), ("föreningens revisor", "revisor", FTV)],
        [pres("svarar", "svara")],
        [st("kassör", "Kassören", RESP, "svarar tillsammans med föreningens revisor för",
            "svara", "svarar", "bokföringen")]),
    gap("3", "Ekonomichefen ansvarar jämte förvaltningens controller för "
             "budgetuppföljningen.",
        [("Ekonomichefen", "ekonomichef", TJP), ("förvaltningens controller", "controller", TJP)],
        [pres("ansvarar", "ansvara")],
        [st("ekonomichef", "Ekonomichefen", RESP,
            "ansvarar jämte förvaltningens controller för", "ansvara", "ansvarar",
            "budgetuppföljningen")]),
    gap("4", "Sekreteraren har enligt styrelsens instruktion att föra protokoll vid mötena.",
        [("Sekreteraren", "sekreterare", TJP), ("styrelsens", "styrelse", POL)],
        [HAR, inf("föra")],
        [st("sekreterare", "Sekreteraren", OB, "har enligt styrelsens instruktion att", "föra",
            "föra", "protokoll vid mötena")]),
    gap("5", "Byggnadsnämnden har enligt gällande lagstiftning att pröva ansökningar om "
             "bygglov.",
        [("Byggnadsnämnden", "byggnadsnämnd", POL)],
        [HAR, inf("pröva")],
        [st("byggnadsnämnd", "Byggnadsnämnden", OB,
            "har enligt gällande lagstiftning att", "pröva", "pröva",
            "ansökningar om bygglov")]),
    gap("6", "Ordföranden svarar tillsammans med den nya kanslichefen för kallelserna.",
        [("Ordföranden", "ordförande", FTV), ("kanslichefen", "kanslichef", TJP)],
        [pres("svarar", "svara")],
        [st("ordförande", "Ordföranden", RESP,
            "svarar tillsammans med den nya kanslichefen för", "svara", "svarar",
            "kallelserna")]),
    gap("7", "Bolaget har enligt ägarens direktiv en styrelse med fem ledamöter.",
        [("Bolaget", "bolag", ORG), ("ägarens", "ägare", EXT), ("styrelse", "styrelse", POL),
         ("ledamöter", "ledamot", FTV)],
        [HAR],
        [st("bolag", "Bolaget", NONE, None, "ha", "har", "en styrelse med fem ledamöter")]),
    gap("8", "Nämnden har för avsikt att bygga om biblioteket.",
        [("Nämnden", "nämnd", POL)],
        [HAR, inf("bygga")],
        [st("nämnd", "Nämnden", NONE, None, "ha", "har", "för avsikt att bygga om biblioteket")]),
    gap("9", "Direktionen har enligt förbundets reglemente att fastställa budgeten.",
        [("Direktionen", "direktion", POL), ("förbundets", "förbund", ORG)],
        [HAR, inf("fastställa")],
        [st("direktion", "Direktionen", OB, "har enligt förbundets reglemente att",
            "fastställa", "fastställa", "budgeten")]),
]

INF = [
    infs("1", "Nämnden ska följa upp och utvärdera verksamheten varje år.",
         [("Nämnden", "nämnd", POL)],
         [SKA, inf("följa"), inf("utvärdera")],
         [st("nämnd", "Nämnden", OB, "ska", "följa", "följa", "verksamheten"),
          st("nämnd", "Nämnden", OB, "ska", "utvärdera", "utvärdera", "verksamheten")]),
    infs("2", "Regiondirektören ska lägga fram och motivera budgetförslaget.",
         [("Regiondirektören", "regiondirektör", TJP)],
         [SKA, inf("lägga"), inf("motivera")],
         [st("regiondirektör", "Regiondirektören", OB, "ska", "lägga", "lägga",
             "budgetförslaget"),
          st("regiondirektör", "Regiondirektören", OB, "ska", "motivera", "motivera",
             "budgetförslaget")]),
    infs("3", "Kansliet ska bereda ärendena men också föra fram och förklara förslagen.",
         [("Kansliet", "kansli", FORV)],
         [SKA, inf("bereda"), inf("föra"), inf("förklara")],
         [st("kansli", "Kansliet", OB, "ska", "bereda", "bereda", "ärendena"),
          st("kansli", "Kansliet", OB, "ska", "föra", "föra", "förslagen"),
          st("kansli", "Kansliet", OB, "ska", "förklara", "förklara", "förslagen")]),
    infs("4", "Styrelsen utser en samordnare som har i uppdrag att hålla ihop och samordna "
              "arbetet.",
         [("Styrelsen", "styrelse", POL), ("samordnare", "samordnare", TJP)],
         [pres("utser", "utse"), HAR, inf("hålla"), inf("samordna")],
         [st("styrelse", "Styrelsen", NONE, None, "utse", "utser",
             "en samordnare som har i uppdrag att hålla ihop och samordna arbetet"),
          st("samordnare", "samordnare", RESP, "har i uppdrag att", "hålla", "hålla",
             "arbetet"),
          st("samordnare", "samordnare", RESP, "har i uppdrag att", "samordna", "samordna",
             "arbetet")]),
    infs("5", "Fullmäktige tillsätter en beredning som har i uppdrag att ta fram och förankra "
              "ett förslag.",
         [("Fullmäktige", "fullmäktige", POL), ("beredning", "beredning", POL)],
         [pres("tillsätter", "tillsätta"), HAR, inf("ta"), inf("förankra")],
         [st("fullmäktige", "Fullmäktige", NONE, None, "tillsätta", "tillsätter",
             "en beredning som har i uppdrag att ta fram och förankra ett förslag"),
          st("beredning", "beredning", RESP, "har i uppdrag att", "ta", "ta", "ett förslag"),
          st("beredning", "beredning", RESP, "har i uppdrag att", "förankra", "förankra",
             "ett förslag")]),
    infs("7", "Kansliet ska stödja nämnden men även lyfta upp och peka på brister i "
              "verksamheten.",
         [("Kansliet", "kansli", FORV), ("nämnden", "nämnd", POL)],
         [SKA, inf("stödja"), inf("lyfta"), inf("peka")],
         [st("kansli", "Kansliet", OB, "ska", "stödja", "stödja", "nämnden"),
          st("kansli", "Kansliet", OB, "ska", "lyfta", "lyfta", "brister i verksamheten"),
          st("kansli", "Kansliet", OB, "ska", "peka", "peka", "på brister i verksamheten")]),
    infs("8", "Kommunen anställer en samordnare som har till uppgift att föra samman och "
              "samordna de olika verksamheterna.",
         [("Kommunen", "kommun", ORG), ("samordnare", "samordnare", TJP)],
         [pres("anställer", "anställa"), HAR, inf("föra"), inf("samordna")],
         [st("kommun", "Kommunen", NONE, None, "anställa", "anställer",
             "en samordnare som har till uppgift att föra samman och samordna de olika "
             "verksamheterna"),
          st("samordnare", "samordnare", OB, "har till uppgift att", "föra", "föra",
             "de olika verksamheterna"),
          st("samordnare", "samordnare", OB, "har till uppgift att", "samordna", "samordna",
             "de olika verksamheterna")]),
    infs("6", "Lokalerna ska vara ljusa och tillgängliga.",
         [],
         [SKA, inf("vara")],
         []),
]

REL = [
    rel("1", "Bolag som helt eller delvis ägs av kommunen ska följa ägardirektivet.",
        [("Bolag", "bolag", ORG), ("kommunen", "kommun", ORG)],
        [pres("ägs", "äga", "pass"), SKA, inf("följa")],
        [st("bolag", "Bolag", OB, "ska", "följa", "följa", "ägardirektivet")]),
    rel("2", "Stiftelser som direkt eller indirekt finansieras av regionen lämnar en årlig "
             "rapport.",
        [("Stiftelser", "stiftelse", ORG), ("regionen", "region", ORG)],
        [pres("finansieras", "finansiera", "pass"), pres("lämnar", "lämna")],
        [st("stiftelse", "Stiftelser", NONE, None, "lämna", "lämnar", "en årlig rapport")]),
    rel("3", "Entreprenörer som helt eller delvis utför uppdrag åt nämnden ska följa "
             "avtalet.",
        [("Entreprenörer", "entreprenör", EXT), ("nämnden", "nämnd", POL)],
        [pres("utför", "utföra"), SKA, inf("följa")],
        [st("entreprenör", "Entreprenörer", OB, "ska", "följa", "följa", "avtalet")]),
    rel("4", "Föreningar som tillfälligt och i mindre omfattning stöds av kommunen redovisar "
             "bidraget.",
        [("Föreningar", "förening", ORG), ("kommunen", "kommun", ORG)],
        [pres("stöds", "stödja", "pass"), pres("redovisar", "redovisa")],
        [st("förening", "Föreningar", NONE, None, "redovisa", "redovisar", "bidraget")]),
    rel("5", "Ärenden som nämnden eller styrelsen avgör ska protokollföras.",
        [("nämnden", "nämnd", POL), ("styrelsen", "styrelse", POL)],
        [pres("avgör", "avgöra"), SKA, inf("protokollföras", "protokollföra", "pass")],
        [st(None, None, OB, "ska", "protokollföra", "protokollföras", passive=True)]),
]

MEN = [
    men("1", "Ombudet får inte överlåta uppdraget men får anlita ett biträde.",
        [("Ombudet", "ombud", TJP)],
        [FAR, inf("överlåta"), FAR2, inf("anlita")],
        [st("ombud", "Ombudet", PROH, "får inte", "överlåta", "överlåta", "uppdraget",
            negated=True),
         st("ombud", "Ombudet", PERM, "får", "anlita", "anlita", "ett biträde")]),
    men("2", "Revisorerna ska inte pröva de politiska målen men ska granska förvaltningen.",
        [("Revisorerna", "revisor", FTV), ("förvaltningen", "förvaltning", FORV)],
        [SKA, inf("pröva"), SKA2, inf("granska")],
        [st("revisor", "Revisorerna", PROH, "ska inte", "pröva", "pröva",
            "de politiska målen", negated=True),
         st("revisor", "Revisorerna", OB, "ska", "granska", "granska", "förvaltningen")]),
    men("3", "Nämnden kan inte upphäva beslutet men kan när som helst ändra villkoren.",
        [("Nämnden", "nämnd", POL)],
        [KAN, inf("upphäva"), KAN2, inf("ändra")],
        [st("nämnd", "Nämnden", PROH, "kan inte", "upphäva", "upphäva", "beslutet",
            negated=True),
         st("nämnd", "Nämnden", PERM, "kan", "ändra", "ändra", "villkoren")]),
    men("4", "Kommittén får inte besluta i ärendet men yttra sig över det.",
        [("Kommittén", "kommitté", POL)],
        [FAR, inf("besluta"), inf("yttra")],
        [st("kommitté", "Kommittén", PROH, "får inte", "besluta", "besluta", "i ärendet",
            negated=True),
         st("kommitté", "Kommittén", PERM, "får", "yttra", "yttra", "över det")]),
    men("7", "Ledamoten ska inte delta i beslutet men närvara vid överläggningen.",
        [("Ledamoten", "ledamot", FTV)],
        [SKA, inf("delta"), inf("närvara")],
        [st("ledamot", "Ledamoten", PROH, "ska inte", "delta", "delta", "i beslutet",
            negated=True),
         st("ledamot", "Ledamoten", OB, "ska", "närvara", "närvara", "vid överläggningen")]),
    men("8", "Delegaten får inte avgöra ärenden i egen sak men lämna över dem till nämnden.",
        [("Delegaten", "delegat", TJP), ("nämnden", "nämnd", POL)],
        [FAR, inf("avgöra"), inf("lämna")],
        [st("delegat", "Delegaten", PROH, "får inte", "avgöra", "avgöra", "ärenden i egen sak",
            negated=True),
         st("delegat", "Delegaten", PERM, "får", "lämna", "lämna", "dem till nämnden")]),
    men("5", "Nämnden får inte sälja eller pantsätta fastigheten.",
        [("Nämnden", "nämnd", POL)],
        [FAR, inf("sälja"), inf("pantsätta")],
        [st("nämnd", "Nämnden", PROH, "får inte", "sälja", "sälja", "fastigheten",
            negated=True),
         st("nämnd", "Nämnden", PROH, "får inte", "pantsätta", "pantsätta", "fastigheten",
            negated=True)]),
    men("6", "Styrelsen ska inte ingå avtalet och underteckna det.",
        [("Styrelsen", "styrelse", POL)],
        [SKA, inf("ingå"), inf("underteckna")],
        [st("styrelse", "Styrelsen", PROH, "ska inte", "ingå", "ingå", "avtalet",
            negated=True),
         st("styrelse", "Styrelsen", PROH, "ska inte", "underteckna", "underteckna", "det",
            negated=True)]),
]

PREFIELD = [
    prefield("1", "Gruppledarna i kommunfullmäktige sammanträder före varje session.",
             [("Gruppledarna", "gruppledare", FTV), ("kommunfullmäktige", "kommunfullmäktige",
                                                      POL)],
             [pres("sammanträder", "sammanträda")],
             [st("gruppledare", "Gruppledarna", NONE, None, "sammanträda", "sammanträder")]),
    prefield("2", "Presidiet i kommunfullmäktige sammanträder inför varje möte.",
             [("Presidiet", "presidium", POL), ("kommunfullmäktige", "kommunfullmäktige",
                                                  POL)],
             [pres("sammanträder", "sammanträda")],
             [st("presidium", "Presidiet", NONE, None, "sammanträda", "sammanträder")]),
    prefield("3", "Ersättarna i fullmäktige sammanträder med ledamöterna en gång per år.",
             [("Ersättarna", "ersättare", FTV), ("fullmäktige", "fullmäktige", POL),
              ("ledamöterna", "ledamot", FTV)],
             [pres("sammanträder", "sammanträda")],
             [st("ersättare", "Ersättarna", NONE, None, "sammanträda", "sammanträder",
                 "med ledamöterna")]),
    prefield("4", "Kommunfullmäktiges arbetsordning gäller från årsskiftet.",
             [("Kommunfullmäktiges", "kommunfullmäktige", POL)],
             [pres("gäller", "gälla")],
             []),
]

DATUM = [
    datum("1", "Den 12 oktober 2025 antog direktionen en ny förbundsordning.",
          [("direktionen", "direktion", POL)],
          [past("antog", "anta")],
          [st("direktion", "direktionen", NONE, None, "anta", "antog",
              "en ny förbundsordning")]),
    datum("2", "Den 3 februari fastställde nämnden taxan för tillsynen.",
          [("nämnden", "nämnd", POL)],
          [past("fastställde", "fastställa")],
          [st("nämnd", "nämnden", NONE, None, "fastställa", "fastställde",
              "taxan för tillsynen")]),
    datum("3", "I april godkände årsstämman den nya bolagsordningen.",
          [("årsstämman", "årsstämma", POL)],
          [past("godkände", "godkänna")],
          [st("årsstämma", "årsstämman", NONE, None, "godkänna", "godkände",
              "den nya bolagsordningen")]),
    datum("4", "Den 20 maj 2024 tillsatte styrelsen en arbetsgrupp.",
          [("styrelsen", "styrelse", POL), ("arbetsgrupp", "arbetsgrupp", POL)],
          [past("tillsatte", "tillsätta")],
          [st("styrelse", "styrelsen", NONE, None, "tillsätta", "tillsatte",
              "en arbetsgrupp")]),
    datum("5", "Den 1 juli träder reglementet i kraft.",
          [],
          [pres("träder", "träda")],
          []),
]

SERIE = [
    serie("1", "Kansliet förbereder ärenden som ska avgöras av utskottet och genomför "
               "besluten.",
          [("Kansliet", "kansli", FORV), ("utskottet", "utskott", POL)],
          [pres("förbereder", "förbereda"), SKA, inf("avgöras", "avgöra", "pass"),
           pres("genomför", "genomföra")],
          [st("kansli", "Kansliet", NONE, None, "förbereda", "förbereder",
              "ärenden som ska avgöras av utskottet"),
           st("kansli", "Kansliet", NONE, None, "genomföra", "genomför", "besluten")]),
    serie("2", "Förvaltningen tar fram underlag som ska behandlas av nämnden och genomför "
               "uppföljningen.",
          [("Förvaltningen", "förvaltning", FORV), ("nämnden", "nämnd", POL)],
          [pres("tar", "ta"), SKA, inf("behandlas", "behandla", "pass"),
           pres("genomför", "genomföra")],
          [st("förvaltning", "Förvaltningen", NONE, None, "ta", "tar",
              "underlag som ska behandlas av nämnden"),
           st("förvaltning", "Förvaltningen", NONE, None, "genomföra", "genomför",
              "uppföljningen")]),
    serie("3", "Nämnden bereder frågor som har väckts av medborgarna och verkställer "
               "besluten.",
          [("Nämnden", "nämnd", POL), ("medborgarna", "medborgare", EXT)],
          [pres("bereder", "bereda"), HAR, ("väckts", "väcka", "sup", "pass", 0),
           pres("verkställer", "verkställa")],
          [st("nämnd", "Nämnden", NONE, None, "bereda", "bereder",
              "frågor som har väckts av medborgarna"),
           st("nämnd", "Nämnden", NONE, None, "verkställa", "verkställer", "besluten")]),
    serie("4", "Nämnden utser de ledamöter som deltar i arbetet och rapporterar till "
               "styrelsen.",
          [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV),
           ("styrelsen", "styrelse", POL)],
          [pres("utser", "utse"), pres("deltar", "delta"), pres("rapporterar", "rapportera")],
          [st("nämnd", "Nämnden", NONE, None, "utse", "utser",
              "de ledamöter som deltar i arbetet och rapporterar till styrelsen")]),
]

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w55-b.jsonl",
                [*GAP, *INF, *REL, *MEN, *PREFIELD, *DATUM, *SERIE])
