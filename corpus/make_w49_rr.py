"""Builds corpus/dev/w49-rr.jsonl: invented sentences for round 49, writer r (analysis 49-r
pipeline causes G4 and P2). Gold by hand from docs/annotation.md §2.3, §5.1–§5.4 before the
rules; offsets computed.
Run: python corpus/make_w49_rr.py corpus/dev

* G4: after a copula and a bare predicative noun, ``och``/``men`` + a definite noun phrase +
  a finite verb is a second main clause with its own subject (``X är huvudman och
  socialnämnden svarar för …``); negatives: a second predicative with no finite verb after
  it (``är huvudman och ägare för …``), a predicative adjective conjoined.
* P2: perfect ``har`` + a prepositional adverbial whose noun has an ``om``-attribute
  (``genom avtal om samverkan``) + the supine: the supine is the perfect's, not the verb of a
  ``om``-clause without ``har``; also with a second noun phrase conjoined in the adverbial.
  Negatives: ``har`` + the adverbial + an object (``ett ansvar``) with no supine; a real
  condition after an object (``har sedan årsmötet ansvar för kassan om kassören avgått``).
"""

import sys
from pathlib import Path

from records import AR, FORV, FTV, HAR, ORG, OVR, POL, TJP, pres, records_for, write_jsonl
from records import statement as st

D = "w49-rr"
rec = records_for(D, conditions_from_statements=True, check_texts=True)


def sup(word, lemma):
    return (word, lemma, "sup", "act", 0)


RECORDS = [
    # --- G4: a second clause with its own subject after `X är <noun> och|men`
    rec("1", "Tallby kommun är huvudman och socialnämnden svarar för driften av boendet.",
        [("Tallby kommun", "tallby kommun", ORG), ("socialnämnden", "socialnämnd", POL)],
        [AR, pres("svarar", "svara")],
        [st("tallby kommun", "Tallby kommun", "none", None, "vara", "är", "huvudman"),
         st("socialnämnd", "socialnämnden", "responsibility", "svarar för", "svara", "svarar",
            "driften av boendet")]),
    rec("2", "Hagby kommun är ansvarig kommun och den gemensamma nämnden tillhör Hagby kommuns "
        "förvaltning.",
        [("Hagby kommun", "hagby kommun", ORG), ("gemensamma nämnden", "gemensam nämnd", POL),
         ("Hagby kommuns", "hagby kommun", ORG), ("förvaltning", "förvaltning", FORV)],
        [AR, pres("tillhör", "tillhöra")],
        [st("hagby kommun", "Hagby kommun", "none", None, "vara", "är", "ansvarig kommun"),
         st("gemensam nämnd", "gemensamma nämnden", "none", None, "tillhöra", "tillhör",
            "Hagby kommuns förvaltning")]),
    rec("3", "Kommunalförbundet är arbetsgivare men direktionen beslutar om lönesättningen.",
        [("Kommunalförbundet", "kommunalförbund", ORG), ("direktionen", "direktion", POL)],
        [AR, pres("beslutar", "besluta")],
        [st("kommunalförbund", "Kommunalförbundet", "none", None, "vara", "är", "arbetsgivare"),
         st("direktion", "direktionen", "none", None, "besluta", "beslutar",
            "om lönesättningen")]),
    rec("4", "Regionen är huvudman och regiondirektören leder arbetet med budgeten.",
        [("Regionen", "region", ORG), ("regiondirektören", "regiondirektör", TJP)],
        [AR, pres("leder", "leda")],
        [st("region", "Regionen", "none", None, "vara", "är", "huvudman"),
         st("regiondirektör", "regiondirektören", "none", None, "leda", "leder",
            "arbetet med budgeten")]),
    # negatives: one predicative with two conjuncts, a noun and an adjective
    rec("5", "Tallby kommun är huvudman och ägare för stiftelsen.",
        [("Tallby kommun", "tallby kommun", ORG), ("stiftelsen", "stiftelse", ORG)],
        [AR],
        [st("tallby kommun", "Tallby kommun", "none", None, "vara", "är",
            "huvudman och ägare för stiftelsen")]),
    rec("6", "Direktionen är beslutande organ och ansvarig för förbundets ekonomi.",
        [("Direktionen", "direktion", POL), ("förbundets", "förbund", ORG)],
        [AR],
        [st("direktion", "Direktionen", "none", None, "vara", "är",
            "beslutande organ och ansvarig för förbundets ekonomi")]),
    # --- P2: perfect `har` + an adverbial with a nested `om`-phrase + the supine
    rec("7", "Tallby kommun och Hagby kommun har genom avtal om samverkan enats om en gemensam "
        "nämnd.",
        [("Tallby kommun", "tallby kommun", ORG), ("Hagby kommun", "hagby kommun", ORG),
         ("gemensam nämnd", "gemensam nämnd", POL)],
        [HAR, sup("enats", "enas")],
        [st("tallby kommun", "Tallby kommun", "none", None, "enas", "enats",
            "om en gemensam nämnd"),
         st("hagby kommun", "Hagby kommun", "none", None, "enas", "enats",
            "om en gemensam nämnd")]),
    rec("8", "Direktionen har efter förhandlingar om fördelningen av kostnaderna fastställt en "
        "modell.",
        [("Direktionen", "direktion", POL)],
        [HAR, sup("fastställt", "fastställa")],
        [st("direktion", "Direktionen", "none", None, "fastställa", "fastställt",
            "en modell")]),
    rec("9", "Kommunerna har genom en överenskommelse om ett samarbete och denna förbundsordning "
        "kommit överens om en gemensam nämnd.",
        [("Kommunerna", "kommun", ORG), ("gemensam nämnd", "gemensam nämnd", POL)],
        [HAR, sup("kommit", "komma")],
        [st("kommun", "Kommunerna", "none", None, "komma", "kommit")]),
    # negatives: no supine (`ha` is the verb), a real condition after the perfect's object
    rec("10", "Nämnden har genom avtalet om samverkan ett ansvar för driften.",
        [("Nämnden", "nämnd", POL)],
        [HAR],
        [st("nämnd", "Nämnden", "responsibility", "har ett ansvar för", "ansvara", "har",
            "driften")]),
    rec("11", "Kassören har sedan årsmötet ansvar för kassan om ordföranden avgått.",
        [("Kassören", "kassör", FTV), ("årsmötet", "årsmöte", OVR),
         ("ordföranden", "ordförande", FTV)],
        [HAR, sup("avgått", "avgå")],
        [st("kassör", "Kassören", "responsibility", "har ansvar för", "ansvara", "har",
            "kassan", condition="om ordföranden avgått")]),
]

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / f"{D}.jsonl", RECORDS)
