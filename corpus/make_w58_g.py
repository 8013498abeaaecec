"""Builds corpus/dev/w58-g.jsonl with its gold: invented material for round 58, fix58b
(newuser58 fault 3): a gapped second conjunct — `, och` / `och` / `, medan` + an actor + a
complement, the finite verb (and modal) left out — repeats the first clause's verb group with
its own actor (§5.2 round 36/47). `gap-1` a prepositional complement after `, och`; `gap-2` an
object under `ska` with an abbreviated role (`VD`); `gap-3` V2 after a fronted `Vid behov`,
`får`, role + personal name (the name no actor); `gap-4` `ansvarar för` with compounds;
`gap-5` the 3rd sentence of a paragraph with an adverb after the first verb (`själv`) and a
relative clause in the first complement; `gap-6` an `av`-agent variant of a passive; `gap-7`
`, medan` + a named organisation. Negatives: `gap-n1` the second conjunct has its own verb;
`gap-n2` coordinated subjects; `gap-n3` the noun after `och` is a conjunct of the
prepositional object (the phrase after it has another preposition). Gold by hand from
docs/annotation.md §5.1, §5.2 before any run. Offsets computed.
Run: python corpus/make_w58_g.py corpus/dev"""

import sys

from records import FAR, FTV, ORG, POL, SKA, TJP, inf, records_for, write_jsonl
from records import statement as st

FORV = "förvaltningsorganisation"
NONE, OB, PERM, RESP = "none", "obligation", "permission", "responsibility"
VD = "verkställande direktör"


def rec(doc, cid, *args, **kwargs):
    make = records_for(f"w58-g-{doc}", check_texts=True, conditions_from_statements=True)
    return make(cid, *args, **kwargs)


def pres(word, lemma, voice="act"):
    return (word, lemma, "pres", voice, 0)


GAP = [
    rec("gap-1", "1", "Nämnden beslutar i principiella ärenden, och förvaltningschefen i "
        "övriga ärenden.",
        [("Nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [pres("beslutar", "besluta")],
        [st("nämnd", "Nämnden", NONE, None, "besluta", "beslutar", "i principiella ärenden"),
         st("förvaltningschef", "förvaltningschefen", NONE, None, "besluta", "beslutar",
            "i övriga ärenden")]),
    rec("gap-2", "1", "Styrelsen ska fastställa budgeten och VD bokslutet.",
        [("Styrelsen", "styrelse", POL), ("VD", VD, TJP)],
        [SKA, inf("fastställa")],
        [st("styrelse", "Styrelsen", OB, "ska", "fastställa", "fastställa", "budgeten"),
         st(VD, "VD", OB, "ska", "fastställa", "fastställa", "bokslutet")]),
    rec("gap-3", "1", "Vid behov får ordföranden besluta om lån och kanslichef Eva Ek om "
        "mindre inköp.",
        [("ordföranden", "ordförande", FTV), ("kanslichef", "kanslichef", TJP)],
        [FAR, inf("besluta")],
        [st("ordförande", "ordföranden", PERM, "får", "besluta", "besluta", "om lån",
            condition="Vid behov"),
         st("kanslichef", "kanslichef", PERM, "får", "besluta", "besluta", "om mindre inköp",
            condition="Vid behov")]),
    rec("gap-4", "1", "Socialnämnden ansvarar för äldreomsorgen och socialförvaltningen för "
        "uppföljningen.",
        [("Socialnämnden", "socialnämnd", POL), ("socialförvaltningen", "socialförvaltning",
                                                 FORV)],
        [pres("ansvarar", "ansvara")],
        [st("socialnämnd", "Socialnämnden", RESP, "ansvarar för", "ansvara", "ansvarar",
            "äldreomsorgen"),
         st("socialförvaltning", "socialförvaltningen", RESP, "ansvarar för", "ansvara",
            "ansvarar", "uppföljningen")]),
    rec("gap-5", "1", "Nämnden sammanträder varje månad. Protokollet justeras av "
        "ordföranden. Nämnden beslutar själv i ärenden som rör budget, och förvaltningschefen "
        "i övriga ärenden.",
        [("Nämnden", "nämnd", POL), ("ordföranden", "ordförande", FTV),
         ("Nämnden", "nämnd", POL, 1), ("förvaltningschefen", "förvaltningschef", TJP)],
        [pres("sammanträder", "sammanträda"), pres("justeras", "justera", "pass"),
         pres("beslutar", "besluta")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", None),
         st("ordförande", "ordföranden", NONE, None, "justera", "justeras", "Protokollet",
            passive=True),
         st("nämnd", "Nämnden", NONE, None, "besluta", "beslutar",
            "i ärenden som rör budget"),
         st("förvaltningschef", "förvaltningschefen", NONE, None, "besluta", "beslutar",
            "i övriga ärenden")]),
    rec("gap-6", "1", "Beslut fattas av nämnden i principiella ärenden och av ordföranden i "
        "brådskande ärenden.",
        [("nämnden", "nämnd", POL), ("ordföranden", "ordförande", FTV)],
        [pres("fattas", "fatta", "pass")],
        [st("nämnd", "nämnden", NONE, None, "fatta", "fattas", "Beslut", passive=True),
         st("ordförande", "ordföranden", NONE, None, "fatta", "fattas", "Beslut",
            passive=True)]),
    rec("gap-7", "1", "Kommunstyrelsen beslutar om taxor, medan Ytorps kommun om avgifter.",
        [("Kommunstyrelsen", "kommunstyrelse", POL), ("Ytorps kommun", "ytorps kommun", ORG)],
        [pres("beslutar", "besluta")],
        [st("kommunstyrelse", "Kommunstyrelsen", NONE, None, "besluta", "beslutar",
            "om taxor"),
         st("ytorps kommun", "Ytorps kommun", NONE, None, "besluta", "beslutar",
            "om avgifter")]),
    rec("gap-n1", "1", "Nämnden beslutar i principiella ärenden och förvaltningschefen "
        "verkställer besluten.",
        [("Nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [pres("beslutar", "besluta"), pres("verkställer", "verkställa")],
        [st("nämnd", "Nämnden", NONE, None, "besluta", "beslutar", "i principiella ärenden"),
         st("förvaltningschef", "förvaltningschefen", NONE, None, "verkställa", "verkställer",
            "besluten")]),
    rec("gap-n2", "1", "Nämnden och förvaltningschefen ska samråda i övriga ärenden.",
        [("Nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [SKA, inf("samråda")],
        [st("nämnd", "Nämnden", OB, "ska", "samråda", "samråda", "i övriga ärenden"),
         st("förvaltningschef", "förvaltningschefen", OB, "ska", "samråda", "samråda",
            "i övriga ärenden")]),
    rec("gap-n3", "1", "Nämnden samråder med regionen och kommunen i dessa frågor.",
        [("Nämnden", "nämnd", POL), ("regionen", "region", ORG), ("kommunen", "kommun", ORG)],
        [pres("samråder", "samråda")],
        [st("nämnd", "Nämnden", NONE, None, "samråda", "samråder",
            "med regionen och kommunen")]),
]

if __name__ == "__main__":
    write_jsonl(f"{sys.argv[1]}/w58-g.jsonl", GAP)
