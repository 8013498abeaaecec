"""Builds corpus/dev/w47-n.jsonl and the documents corpus/dev/w47-n-*.txt: invented text for
round 47, writer N (a new user's faults, trial nu47; gold by hand from docs/annotation.md
before the rules, offsets computed). Fault 6: a bylaw's agenda items under an incomplete
lead-in (`ska följande punkter behandlas:`) are noun phrases, each the object of the lead-in's
passive (implicit actor, obligation, `behandla`): `Val av …` is no verb (`vala`), and an
indirect question under a bare question noun (`Fråga om kallelsen har gått ut i tid`) states
nothing of its own (`w47-n-stamma`); negatives: the same noun before a main verb (`Fråga om
en ledamot har jäv prövas av stämman`, `Fråga om bidrag … avgörs av kassören`), `Val av
styrelse sker …` and infinitive items under `Styrelsen ska:`. Fault 4: a saved page's owner
line (`Sidansvarig: …`) and feedback questions (`Var sidan till hjälp?`, `Hittade du det du
letade efter?`) are chrome, in no clause; a question heading about the matter (`Vem får hyra
en båtplats?`) and `Frågor om båtplatser besvaras …` stay (`w47-n-webb`). The reader and CLI
faults of the trial (two-column PDFs, Word footnotes, a table after numbered paragraphs, a
lexicon head without paradigm, the adoption year, symlinks) have unit tests instead.
Run: python corpus/make_w47_n.py corpus/dev"""

import sys

from records import FTV, HAR, ORG, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

D = "w47-n"
rec = records_for(D, conditions_from_statements=True)
FORV = "förvaltningsorganisation"
FAR = ("får", "få", "pres", "act")

ST = "w47-n-stamma"
ST_TEXT = """Stadgar för Ekbackens båtklubb

§ 4 Ordinarie stämma

Ordinarie stämma hålls varje år före utgången av april.

Vid stämman ska följande punkter behandlas:

1. Godkännande av dagordningen.

2. Val av mötesordförande och protokollförare.

3. Fråga om kallelsen har gått ut i tid.

4. Fråga om styrelsen har fullgjort sitt uppdrag.

5. Val av två justerare.

Fråga om en ledamot har jäv prövas av stämman.

Val av styrelse sker vid ordinarie stämma.

Fråga om bidrag till ungdomsseglingen avgörs av kassören.

§ 5 Styrelsen

Styrelsen ska:

1. utse en kassör,

2. fastställa hamnordningen.
"""
STAMMA = ("stämma", "stämma", POL)
STYRELSE = ("styrelsen", "styrelse", POL)
AGENDA = [
    ("a", "1.", "Godkännande av dagordningen.", [], []),
    ("b", "2.", "Val av mötesordförande och protokollförare.",
     [("mötesordförande", "mötesordförande", FTV), ("protokollförare", "protokollförare", FTV)],
     []),
    ("c", "3.", "Fråga om kallelsen har gått ut i tid.", [], [HAR, ("gått", "gå", "sup", "act")]),
    ("d", "4.", "Fråga om styrelsen har fullgjort sitt uppdrag.", [STYRELSE],
     [HAR, ("fullgjort", "fullgöra", "sup", "act")]),
    ("e", "5.", "Val av två justerare.", [("justerare", "justerare", FTV)], []),
]


def treated(item):
    """The incomplete lead-in's statement, carried by its noun-phrase item (§5.1)."""
    return st(None, None, "obligation", "ska", "behandla", "behandlas", item.rstrip("."),
              passive=True)


STR = [
    rec("title", "Stadgar för Ekbackens båtklubb",
        [("Ekbackens båtklubb", "ekbackens båtklubb", ORG)], doc=ST, kind="heading"),
    rec("§4", "Ordinarie stämma", [STAMMA], doc=ST, kind="heading", label="§ 4"),
    rec("§4.1", "Ordinarie stämma hålls varje år före utgången av april.", [STAMMA],
        [pres("hålls", "hålla", "pass")],
        [st("stämma", "stämma", "none", None, "hålla", "hålls", passive=True)],
        doc=ST, parent="§4"),
    rec("§4.2", "Vid stämman ska följande punkter behandlas:", [("stämman", "stämma", POL)],
        [SKA, inf("behandlas", "behandla", "pass")], doc=ST, parent="§4"),
    *[rec(f"§4.2.{letter}", item, actors, verbs, [treated(item)], doc=ST, kind="list_item",
          parent="§4.2", label=label)
      for letter, label, item, actors, verbs in AGENDA],
    rec("§4.3", "Fråga om en ledamot har jäv prövas av stämman.",
        [("ledamot", "ledamot", FTV), ("stämman", "stämma", POL)],
        [HAR, pres("prövas", "pröva", "pass")],
        [st("stämma", "stämman", "none", None, "pröva", "prövas",
            "Fråga om en ledamot har jäv", passive=True)], doc=ST, parent="§4"),
    rec("§4.4", "Val av styrelse sker vid ordinarie stämma.",
        [("styrelse", "styrelse", POL), STAMMA], [pres("sker", "ske")], doc=ST, parent="§4"),
    rec("§4.5", "Fråga om bidrag till ungdomsseglingen avgörs av kassören.",
        [("kassören", "kassör", FTV)], [pres("avgörs", "avgöra", "pass")],
        [st("kassör", "kassören", "none", None, "avgöra", "avgörs",
            "Fråga om bidrag till ungdomsseglingen", passive=True)], doc=ST, parent="§4"),
    rec("§5", "Styrelsen", [("Styrelsen", "styrelse", POL)], doc=ST, kind="heading",
        label="§ 5"),
    rec("§5.1", "Styrelsen ska:", [("Styrelsen", "styrelse", POL)], [SKA], doc=ST,
        parent="§5"),
    rec("§5.1.a", "utse en kassör,", [("kassör", "kassör", FTV)], [inf("utse")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "utse", "utse", "en kassör")],
        doc=ST, kind="list_item", parent="§5.1", label="1."),
    rec("§5.1.b", "fastställa hamnordningen.", [], [inf("fastställa")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "fastställa", "fastställa",
            "hamnordningen")], doc=ST, kind="list_item", parent="§5.1", label="2."),
]

WB = "w47-n-webb"
WB_TEXT = """Reglemente för hamnnämnden

Hamnnämnden ansvarar för kommunens fritidshamnar och gästhamnen.

Nämnden ska årligen fastställa taxan för båtplatser.

Vem får hyra en båtplats?

Hamnkontoret får hyra ut gästplatser till besökande båtar.

Frågor om båtplatser besvaras av hamnkontoret.

Senast uppdaterad: 2 maj 2026

Sidansvarig: Hamnkontoret

Var sidan till hjälp?

Hittade du det du letade efter?
"""
HK = ("hamnkontoret", "hamnkontor", FORV)
WBR = [
    rec("title", "Reglemente för hamnnämnden", [("hamnnämnden", "hamnnämnd", POL)], doc=WB,
        kind="heading"),
    rec("1", "Hamnnämnden ansvarar för kommunens fritidshamnar och gästhamnen.",
        [("Hamnnämnden", "hamnnämnd", POL), ("kommunens", "kommun", ORG)],
        [pres("ansvarar", "ansvara")],
        [st("hamnnämnd", "Hamnnämnden", "responsibility", "ansvarar", "ansvara", "ansvarar",
            "kommunens fritidshamnar och gästhamnen")], doc=WB),
    rec("2", "Nämnden ska årligen fastställa taxan för båtplatser.",
        [("Nämnden", "nämnd", POL)], [SKA, inf("fastställa")],
        [st("nämnd", "Nämnden", "obligation", "ska", "fastställa", "fastställa",
            "taxan för båtplatser")], doc=WB),
    rec("h1", "Vem får hyra en båtplats?", [], [FAR, inf("hyra")], doc=WB, kind="heading"),
    rec("3", "Hamnkontoret får hyra ut gästplatser till besökande båtar.",
        [("Hamnkontoret", "hamnkontor", FORV)], [FAR, inf("hyra")],
        [st("hamnkontor", "Hamnkontoret", "permission", "får", "hyra", "hyra",
            "gästplatser till besökande båtar")], doc=WB, parent="h1"),
    rec("4", "Frågor om båtplatser besvaras av hamnkontoret.", [HK],
        [pres("besvaras", "besvara", "pass")],
        [st("hamnkontor", "hamnkontoret", "none", None, "besvara", "besvaras",
            "Frågor om båtplatser", passive=True)], doc=WB, parent="h1"),
    rec("m1", "Senast uppdaterad: 2 maj 2026", doc=WB),
]

DOCUMENTS = {ST: (ST_TEXT, STR), WB: (WB_TEXT, WBR)}


if __name__ == "__main__":
    write_part(sys.argv[1], D, DOCUMENTS)
