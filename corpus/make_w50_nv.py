"""Builds corpus/dev/w50-nv.jsonl and the documents corpus/dev/w50-nv-*.txt with their gold:
invented material for round 50, writer nu50d (second new-user trial, newuser50b faults 3, 4, 5
and 7). Gold by hand from docs/annotation.md §1.2, §5.1 and §5.6 before the rules; offsets
computed; one document a sentence for the sentence-level faults.
(3) a run-in label, one capitalised word and a colon, before a sentence (`Räkenskaper:
Kassören ska …`): the label stands outside the sentence's grammar, the sentence keeps its
statement; negatives: a configured metadata label with its value (`Ansvarig: Kanslichefen`),
a label before a verbless value (`Kontakt: Kansliet`).
(4) a list item's phrase object leaves out the series coordinator that joins the next item
(`…, och` / `…, samt`).
(5) a degree adverb before a numeral (`minst fyra gånger per termin`) stays in the phrase it
opens; negative: an adverb before a noun (`snarast anmäla jäv`) is skipped as before.
(7) a first line holding a modal that breaks off before a list, without colon or title, is
the list's lead-in, no title; negative: a title line above such a lead-in stays the title.
Run: python corpus/make_w50_nv.py corpus/dev"""

import sys

from records import FORV, FTV, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

OB, PR, NONE = "obligation", "prohibition", "none"
FAR = ("får", "få", "pres", "act")


def one(doc, *args):
    return records_for(f"w50-nv-{doc}", check_texts=True)("1", *args)


SENTENCES = [
    # (3) a one-word run-in label before a sentence
    one("etikett-1", "Räkenskaper: Kassören ska sköta bokföringen.",
        [("Kassören", "kassör", FTV)], [SKA, inf("sköta")],
        [st("kassör", "Kassören", OB, "ska", "sköta", "sköta", "bokföringen")]),
    one("etikett-2", "Revision: En revisor får inte granska sitt eget arbete.",
        [("revisor", "revisor", FTV)], [FAR, inf("granska")],
        [st("revisor", "revisor", PR, "får", "granska", "granska", "sitt eget arbete",
            negated=True)]),
    one("etikett-4", "Jäv: En ledamot ska anmäla jäv till ordföranden.",
        [("ledamot", "ledamot", FTV), ("ordföranden", "ordförande", FTV)], [SKA, inf("anmäla")],
        [st("ledamot", "ledamot", OB, "ska", "anmäla", "anmäla", "jäv till ordföranden")]),
    one("etikett-3", "Protokoll: Sekreteraren ska justera protokollet inom en vecka.",
        [("Sekreteraren", "sekreterare", TJP)], [SKA, inf("justera")],
        [st("sekreterare", "Sekreteraren", OB, "ska", "justera", "justera",
            "protokollet inom en vecka")]),
    # negatives: a configured label with its value; a label before a verbless value
    one("etikett-n1", "Ansvarig: Kanslichefen", [("Kanslichefen", "kanslichef", TJP)]),
    one("etikett-n2", "Kontakt: Kansliet", [("Kansliet", "kansli", FORV)]),
    # (5) a degree adverb before a numeral opens the phrase
    one("minst-1", "Utskottet ska sammanträda minst fyra gånger per termin.",
        [("Utskottet", "utskott", POL)], [SKA, inf("sammanträda")],
        [st("utskott", "Utskottet", OB, "ska", "sammanträda", "sammanträda",
            "minst fyra gånger per termin")]),
    one("minst-2", "Styrelsen sammanträder högst tio gånger per år.",
        [("Styrelsen", "styrelse", POL)], [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", NONE, None, "sammanträda", "sammanträder",
            "högst tio gånger per år")]),
    # negative: an adverb before a noun is no part of the object
    one("minst-n1", "Ledamoten ska snarast anmäla jäv.",
        [("Ledamoten", "ledamot", FTV)], [SKA, inf("anmäla")],
        [st("ledamot", "Ledamoten", OB, "ska", "anmäla", "anmäla", "jäv")]),
]

KAS = ("kassör", "Kassören", OB, "ska", "redovisa", "redovisa")

# (7) + (4) no title: the first line is the lead-in of the list, broken off at its verb
D = "w50-nv-kassa"
KASSA_TEXT = """Kassören ska till styrelsen redovisa

1. intäkter och kostnader varje kvartal,
2. avvikelser från budgeten, och
3. kassans ställning vid årets slut.
"""
rec = records_for(D)
KASSA = [
    rec("1", "Kassören ska till styrelsen redovisa",
        [("Kassören", "kassör", FTV), ("styrelsen", "styrelse", POL)],
        [SKA, inf("redovisa")]),
    rec("1.a", "intäkter och kostnader varje kvartal,", (), (),
        [st(*KAS, "intäkter och kostnader varje kvartal")], kind="list_item", parent="1",
        label="1."),
    rec("1.b", "avvikelser från budgeten, och", (), (),
        [st(*KAS, "avvikelser från budgeten")], kind="list_item", parent="1", label="2."),
    rec("1.c", "kassans ställning vid årets slut.", (), (),
        [st(*KAS, "kassans ställning vid årets slut")], kind="list_item", parent="1",
        label="3."),
]

# negative for (7): a title above; (4) with `samt`
D = "w50-nv-sekreterare"
SEK_TEXT = """Instruktion för sekreteraren

Sekreteraren ska för varje möte förbereda

1. kallelse med dagordning,
2. underlag till ärendena, samt
3. en lista över närvarande.
"""
rec = records_for(D)
SEK_ITEMS = ["kallelse med dagordning", "underlag till ärendena", "en lista över närvarande"]
SEK = [
    rec("title", "Instruktion för sekreteraren", [("sekreteraren", "sekreterare", TJP)],
        kind="heading"),
    rec("1", "Sekreteraren ska för varje möte förbereda", [("Sekreteraren", "sekreterare", TJP)],
        [SKA, inf("förbereda")]),
    *[rec(f"1.{letter}", text, (), (),
          [st("sekreterare", "Sekreteraren", OB, "ska", "förbereda", "förbereda", item)],
          kind="list_item", parent="1", label=f"{number}.")
      for number, (letter, item, text) in enumerate(
          zip("abc", SEK_ITEMS, ["kallelse med dagordning,", "underlag till ärendena, samt",
                                 "en lista över närvarande."], strict=True), start=1)],
]

DOCUMENTS = {"w50-nv-kassa": (KASSA_TEXT, KASSA), "w50-nv-sekreterare": (SEK_TEXT, SEK)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w50-nv", DOCUMENTS, before=SENTENCES)
