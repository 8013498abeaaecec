"""Builds corpus/dev/w51-e.jsonl: invented sentences for round 51, writer w51e (subjects:
analysis 51-bx C2/C4/C6/C7, 51-by C2, 50-y F, rulings x1 and x2). x1: `Det/Den` + a
superlative (+ participle) + a definite body noun (`organet`, `instansen`) + a place or
owner phrase + the copula + a named body identifies like §5.1 round 35 B4: no statement, the
named body an actor, the body noun none. by-C2: an inverted subject after a run of
quantifiers (`en, flera eller alla`). bx-C4: `enligt <NP>` between an s-passive and its
`av`-agent keeps the agent. bx-C7: `X, och <PP> även Y, kan V`: Y is a second subject.
50y-F: a fronted adverbial, `har`, an actor with a `som`-relative, then the object. bx-C6:
a fronted PP, `är`, a quantified plural person noun and a participle. x2: `Delar av` + an
owner's singular body is a share: no statement. Negatives: the subject first, a thing noun,
no `och` before the PP. Each sentence its own document. Gold by hand from docs/annotation.md
before any run. Offsets computed.
Run: python corpus/make_w51_e.py corpus/dev"""

import sys
from pathlib import Path

from records import (
    AR,
    FORV,
    FTV,
    HAR,
    KAN,
    ORG,
    OVR,
    POL,
    TJP,
    inf,
    pres,
    records_for,
    write_jsonl,
)
from records import statement as st

OB, PE, NONE = "obligation", "permission", "none"


def rec(doc, *args, **kwargs):
    return records_for(f"w51-e-{doc}", check_texts=True)("1", *args, **kwargs)


RECORDS = [
    # x1: article + superlative + definite body noun + PP + copula + named body
    rec("x1-1", "Det högsta beslutande organet i Ekholms kommun är kommunfullmäktige.",
        [("Ekholms kommun", "ekholms kommun", ORG),
         ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [AR]),
    rec("x1-2", "Den främsta verkställande instansen inom samkommunen är direktionen.",
        [("samkommunen", "samkommun", ORG), ("direktionen", "direktion", POL)], [AR]),
    rec("x1-3", "Det högsta organet i föreningen är årsmötet som hålls varje vår.",
        [("föreningen", "förening", ORG), ("årsmötet", "årsmöte", OVR)],
        [AR, pres("hålls", "hålla", "pass")]),
    # x1 negative: the subject first keeps the copula's statement
    rec("x1-n1", "Kommunstyrelsen är det högsta verkställande organet i kommunen.",
        [("Kommunstyrelsen", "kommunstyrelse", POL), ("kommunen", "kommun", ORG)], [AR],
        [st("kommunstyrelse", "Kommunstyrelsen", NONE, None, "vara", "är",
            "det högsta verkställande organet i kommunen")]),
    # by-C2: inverted subject after a quantifier run
    rec("q-1", "Efter beslut i direktionen kan en, två eller samtliga medlemskommuner begära en "
        "särskild utredning.",
        [("direktionen", "direktion", POL), ("medlemskommuner", "medlemskommun", ORG)],
        [KAN, inf("begära")],
        [st("medlemskommun", "medlemskommuner", PE, "kan", "begära", "begära",
            "en särskild utredning")]),
    rec("q-2", "Utöver detta kan en, flera eller alla ledamöter reservera sig mot beslutet.",
        [("ledamöter", "ledamot", FTV)], [KAN, inf("reservera")],
        [st("ledamot", "ledamöter", PE, "kan", "reservera", "reservera", "sig mot beslutet")]),
    rec("q-3", "Efter beslut i direktionen kan en, flera eller alla medlemsföreningar lämna "
        "förslag till stämman.",
        [("direktionen", "direktion", POL), ("medlemsföreningar", "medlemsförening", ORG),
         ("stämman", "stämma", POL)],
        [KAN, inf("lämna")],
        [st("medlemsförening", "medlemsföreningar", PE, "kan", "lämna", "lämna",
            "förslag till stämman")]),
    rec("q-4", "I övrigt kan en, två eller samtliga ersättare närvara vid sammanträdet.",
        [("ersättare", "ersättare", FTV)], [KAN, inf("närvara")],
        [st("ersättare", "ersättare", PE, "kan", "närvara", "närvara", "vid sammanträdet")]),
    # bx-C4: `enligt <NP>` between the s-passive and its agent
    rec("c4-1", "Revisorerna väljs enligt bolagsordningen av bolagsstämman.",
        [("Revisorerna", "revisor", FTV), ("bolagsstämman", "bolagsstämma", POL)],
        [pres("väljs", "välja", "pass")],
        [st("bolagsstämma", "bolagsstämman", NONE, None, "välja", "väljs", "Revisorerna",
            passive=True, condition="enligt bolagsordningen")],
        ["enligt bolagsordningen"]),
    rec("c4-2", "Direktionens ordförande utses enligt en turordning av förbundsfullmäktige.",
        [("Direktionens ordförande", "direktionens ordförande", FTV),
         ("förbundsfullmäktige", "förbundsfullmäktige", POL)],
        [pres("utses", "utse", "pass")],
        [st("förbundsfullmäktige", "förbundsfullmäktige", NONE, None, "utse", "utses",
            "Direktionens ordförande", passive=True, condition="enligt en turordning")],
        ["enligt en turordning"]),
    # bx-C7: a second subject after `och` + a PP inside commas
    rec("c7-1", "Nämnden, och med stöd av en delegation även förvaltningschefen, kan teckna avtal.",
        [("Nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [KAN, inf("teckna")],
        [st("nämnd", "Nämnden", PE, "kan", "teckna", "teckna", "avtal"),
         st("förvaltningschef", "förvaltningschefen", PE, "kan", "teckna", "teckna", "avtal",
            condition="med stöd av en delegation")],
        ["med stöd av en delegation"]),
    # bx-C7 negative: no `och`, one subject and its condition
    rec("c7-n1", "Nämnden, med stöd av ett fullmäktigebeslut, kan teckna avtal.",
        [("Nämnden", "nämnd", POL)], [KAN, inf("teckna")],
        [st("nämnd", "Nämnden", PE, "kan", "teckna", "teckna", "avtal",
            condition="med stöd av ett fullmäktigebeslut")],
        ["med stöd av ett fullmäktigebeslut"]),
    # 50y-F: inverted subject with a `som`-relative, then the object
    rec("f-1", "Vid stämman har varje delägare som fyllt 18 år en röst.",
        [("stämman", "stämma", POL), ("delägare", "delägare", ORG)],
        [HAR, ("fyllt", "fylla", "sup", "act")],
        [st("delägare", "delägare", NONE, None, "ha", "har", "en röst")]),
    rec("f-2", "Vid omröstning har varje ersättare som tjänstgör samma rätt som en ledamot.",
        [("ersättare", "ersättare", FTV), ("ledamot", "ledamot", FTV)],
        [HAR, pres("tjänstgör", "tjänstgöra")],
        [st("ersättare", "ersättare", NONE, None, "ha", "har", "samma rätt som en ledamot")]),
    # 50y-F negative: a thing noun takes no statement
    rec("f-n1", "Vid årsmötet har varje motion som lämnats in en egen punkt.",
        [("årsmötet", "årsmöte", OVR)], [HAR, ("lämnats", "lämna", "sup", "pass")]),
    # bx-C6: fronted PP + copula + quantified person noun + participle
    rec("c6-1", "I förvaltningen är cirka 40 medarbetare anställda.",
        [("förvaltningen", "förvaltning", FORV), ("medarbetare", "medarbetare", TJP)], [AR],
        [st("medarbetare", "medarbetare", NONE, None, "vara", "är", "anställda")]),
    rec("c6-2", "Av dessa är ett tjugotal tjänstemän placerade i stadshuset.",
        [("tjänstemän", "tjänsteman", TJP)], [AR],
        [st("tjänsteman", "tjänstemän", NONE, None, "vara", "är", "placerade i stadshuset")]),
    # bx-C6 negative: a thing noun
    rec("c6-n1", "Av dessa är två ärenden avgjorda.", [], [AR]),
    # x2: a share of an owner's singular body
    rec("x2-1", "Delar av regionens förvaltning är placerade i Norrvik.",
        [("regionens", "region", ORG), ("förvaltning", "förvaltning", FORV)], [AR]),
    rec("x2-2", "En del av kommunens förvaltning är placerad i Norrby.",
        [("kommunens", "kommun", ORG), ("förvaltning", "förvaltning", FORV)], [AR]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w51-e.jsonl", RECORDS)
