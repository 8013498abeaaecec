"""Builds corpus/dev/w52-f.jsonl: invented sentences for round 52, writer w52f (subjects and
coordination: analyses 52-aa C3, 52-al P5, 52-ca S4, 52-bh C2). aa-C3: a plural body noun
with its list of names (`Kommunerna A, B och C`) and a `samt` partner before the verb: two
subject conjuncts, never one per name. al-P5: a first subject conjunct with a place/owner PP
(`ledamöter i nämnden samt förvaltningschefen`), inverted or straight: the person noun after
`och/samt` coordinates with the head, not with the PP's body. ca-S4: a presentational verb's
late subject, a `;`/`:` list of its members, then `, samt`/`, och` + an indefinite NP: a
second late subject. bh-C2: a personal name after a title that the tagger does not read as a
proper noun (a listed given name, also hyphenated): the relative `, som` takes the title.
Negatives: a names list without partner, a PP whose body is coordinated, a clause of its own
after `;`, a lower-case `per`. Each sentence its own document. Gold by hand from
docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w52_f.py corpus/dev"""

import sys
from pathlib import Path

from records import AR, FORV, FTV, HAR, ORG, POL, TJP, inf, pres, records_for, sup, write_jsonl
from records import statement as st

OB, PE, NONE, RE = "obligation", "permission", "none", "responsibility"
RATT = "har rätt att"
P5_MODAL = "har suppleanter i utskottet samt förvaltningschefen rätt att"


def rec(doc, *args, **kwargs):
    return records_for(f"w52-f-{doc}", check_texts=True)("1", *args, **kwargs)


def region(name):
    return (f"Region {name}", f"region {name.lower()}", ORG)


RECORDS = [
    # aa-C3: plural body noun + its names + `samt` partner
    rec("c3-1", "Kommunerna Höglanda, Vikby och Strömsnäs samt Region Norrhav bildar ett "
        "gemensamt kommunalförbund.",
        [("Kommunerna", "kommun", ORG), region("Norrhav"),
         ("kommunalförbund", "kommunalförbund", ORG)], [pres("bildar", "bilda")],
        [st("kommun", "Kommunerna", NONE, None, "bilda", "bildar",
            "ett gemensamt kommunalförbund"),
         st("region norrhav", "Region Norrhav", NONE, None, "bilda", "bildar",
            "ett gemensamt kommunalförbund")]),
    rec("c3-2", "Kommunerna Tallå, Bergsjö och Ekeby samt Region Mellanvik har tecknat ett "
        "avtal om samverkan kring färdtjänsten.",
        [("Kommunerna", "kommun", ORG), region("Mellanvik")], [HAR, sup("tecknat", "teckna")],
        [st("kommun", "Kommunerna", NONE, None, "teckna", "tecknat",
            "ett avtal om samverkan kring färdtjänsten"),
         st("region mellanvik", "Region Mellanvik", NONE, None, "teckna", "tecknat",
            "ett avtal om samverkan kring färdtjänsten")]),
    rec("c3-3", "Kommunerna Alvik och Bergå samt Region Österhav inrättar en gemensam "
        "nämnd för hjälpmedel.",
        [("Kommunerna", "kommun", ORG), region("Österhav"),
         ("gemensam nämnd", "gemensam nämnd", POL)],
        [pres("inrättar", "inrätta")],
        [st("kommun", "Kommunerna", NONE, None, "inrätta", "inrättar",
            "en gemensam nämnd för hjälpmedel"),
         st("region österhav", "Region Österhav", NONE, None, "inrätta", "inrättar",
            "en gemensam nämnd för hjälpmedel")]),
    rec("c3-4", "Kommunerna i Fjällbygden; Åsen, Backa och Mörtby och Region Västmark har "
        "ingått avtal om samverkan.",
        [("Kommunerna", "kommun", ORG), region("Västmark")], [HAR, sup("ingått", "ingå")],
        [st("kommun", "Kommunerna", NONE, None, "ingå", "ingått", "avtal om samverkan"),
         st("region västmark", "Region Västmark", NONE, None, "ingå", "ingått",
            "avtal om samverkan")]),
    # aa-C3 negative: the names list alone is one subject
    rec("c3-n1", "Kommunerna Lövsta, Näsby och Sörvik är medlemmar i förbundet.",
        [("Kommunerna", "kommun", ORG), ("förbundet", "förbund", ORG)], [AR],
        [st("kommun", "Kommunerna", NONE, None, "vara", "är", "medlemmar i förbundet")]),
    # al-P5: first conjunct with a PP attribute, a person noun after `samt`/`och`
    rec("p5-1", "Härutöver har suppleanter i utskottet samt förvaltningschefen rätt att "
        "yttra sig.",
        [("suppleanter", "suppleant", FTV), ("utskottet", "utskott", POL),
         ("förvaltningschefen", "förvaltningschef", TJP)], [HAR, inf("yttra")],
        [st("suppleant", "suppleanter", PE, P5_MODAL, "yttra", "yttra", "sig"),
         st("förvaltningschef", "förvaltningschefen", PE, P5_MODAL, "yttra", "yttra", "sig")]),
    rec("p5-2", "Ledamöter i styrelsen och revisorerna har rätt att närvara vid "
        "sammanträdena.",
        [("Ledamöter", "ledamot", FTV), ("styrelsen", "styrelse", POL),
         ("revisorerna", "revisor", FTV)], [HAR, inf("närvara")],
        [st("ledamot", "Ledamöter", PE, RATT, "närvara", "närvara", "vid sammanträdena"),
         st("revisor", "revisorerna", PE, RATT, "närvara", "närvara", "vid sammanträdena")]),
    rec("p5-3", "Vid sammanträdet deltar ledamöter i nämnden samt ekonomichefen.",
        [("ledamöter", "ledamot", FTV), ("nämnden", "nämnd", POL),
         ("ekonomichefen", "ekonomichef", TJP)], [pres("deltar", "delta")],
        [st("ledamot", "ledamöter", NONE, None, "delta", "deltar", "Vid sammanträdet"),
         st("ekonomichef", "ekonomichefen", NONE, None, "delta", "deltar",
            "Vid sammanträdet")]),
    # al-P5 negative: the PP's body is coordinated (`i nämnden och styrelsen`)
    rec("p5-n1", "Därutöver har ersättare i nämnden och styrelsen rätt att närvara.",
        [("ersättare", "ersättare", FTV), ("nämnden", "nämnd", POL),
         ("styrelsen", "styrelse", POL)], [HAR, inf("närvara")],
        [st("ersättare", "ersättare", PE, "har ersättare i nämnden och styrelsen rätt att",
            "närvara", "närvara")]),
    # ca-S4: a presentational late subject, a `;`/`:` member list, then `, samt` + an NP
    rec("s4-1", "I ledningsgruppen ingår tre chefer: ekonomichefen, personalchefen och "
        "kanslichefen, samt en nämndsekreterare.",
        [("ledningsgruppen", "ledningsgrupp", FORV), ("chefer", "chef", TJP),
         ("ekonomichefen", "ekonomichef", TJP), ("personalchefen", "personalchef", TJP),
         ("kanslichefen", "kanslichef", TJP), ("nämndsekreterare", "nämndsekreterare", TJP)],
        [pres("ingår", "ingå")],
        [st("chef", "chefer", NONE, None, "ingå", "ingår"),
         st("nämndsekreterare", "nämndsekreterare", NONE, None, "ingå", "ingår")]),
    rec("s4-2", "På kontoret finns två tjänstemän; en jurist och en registrator, samt en "
        "utredare.",
        [("kontoret", "kontor", FORV), ("tjänstemän", "tjänsteman", TJP),
         ("jurist", "jurist", TJP), ("registrator", "registrator", TJP),
         ("utredare", "utredare", TJP)],
        [pres("finns", "finnas")],
        [st("tjänsteman", "tjänstemän", NONE, None, "finnas", "finns"),
         st("utredare", "utredare", NONE, None, "finnas", "finns")]),
    # ca-S4 negative: after `;` a clause with its own finite verb
    rec("s4-n1", "I styrelsen finns sju ledamöter; ordföranden kallar till sammanträdena.",
        [("styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("ordföranden", "ordförande", FTV)],
        [pres("finns", "finnas"), pres("kallar", "kalla")],
        [st("ledamot", "ledamöter", NONE, None, "finnas", "finns"),
         st("ordförande", "ordföranden", NONE, None, "kalla", "kallar",
            "till sammanträdena")]),
    # bh-C2: a given name after a title, not tagged PROPN; the relative takes the title
    rec("c2-1", "Arbetet samordnas av kanslichefen Per Sandberg, som ansvarar för "
        "arkivet.",
        [("kanslichefen", "kanslichef", TJP)], [pres("samordnas", "samordna", "pass"),
                                                 pres("ansvarar", "ansvara")],
        [st("kanslichef", "kanslichefen", NONE, None, "samordna", "samordnas", "Arbetet",
            passive=True),
         st("kanslichef", "kanslichefen", RE, "ansvarar för", "ansvara", "ansvarar",
            "för arkivet")]),
    rec("c2-2", "Projektet leds av ekonomichefen Eva Lundin, som ansvarar för uppföljningen.",
        [("ekonomichefen", "ekonomichef", TJP)], [pres("leds", "leda", "pass"),
                                                   pres("ansvarar", "ansvara")],
        [st("ekonomichef", "ekonomichefen", NONE, None, "leda", "leds", "Projektet", passive=True),
         st("ekonomichef", "ekonomichefen", RE, "ansvarar för", "ansvara", "ansvarar",
            "för uppföljningen")]),
    rec("c2-3", "Utredningen leds av personalchefen Lars-Erik Holm, som ansvarar för "
        "rekryteringen.",
        [("personalchefen", "personalchef", TJP)], [pres("leds", "leda", "pass"),
                                                     pres("ansvarar", "ansvara")],
        [st("personalchef", "personalchefen", NONE, None, "leda", "leds", "Utredningen",
            passive=True),
         st("personalchef", "personalchefen", RE, "ansvarar för", "ansvara", "ansvarar",
            "för rekryteringen")]),
    # bh-C2 negative: a lower-case `per` is no name
    rec("c2-n1", "Handlingarna sänds av kansliet per e-post, som skickas ut i förväg.",
        [("kansliet", "kansli", FORV)],
        [pres("sänds", "sända", "pass"), pres("skickas", "skicka", "pass")],
        [st("kansli", "kansliet", NONE, None, "sända", "sänds", "Handlingarna",
            passive=True)]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w52-f.jsonl", RECORDS)
