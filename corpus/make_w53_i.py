"""Builds corpus/dev/w53-i.jsonl and the documents corpus/dev/w53-i-*.txt with their gold:
invented material for round 53, writer I (items and verb groups left open by analysis 53b-cb
and new-user trial 53b). cb-N4 (ruling h3): a one-word company or foundation name as an item
under a counted presentational lead-in whose noun is an organisation kind (`ingår fyra
bolag:`, `finns två stiftelser:`) is an actor of category organisation with the lead-in's
statement, as the two-word names are; one-word system names under `ingår två system:` are
no actors (`w53-i-koncern`). newuser53b fault 15: `inte bara V1 … utan även V2` negates no
verb; both verbs take the modal's statement, the first one's object ends before `utan`;
a plain `får inte` stays a prohibition. Open point of newuser53b: a role noun subject
(`-värd`) of a modal whose infinitive the tagger reads as a noun (`Husvärdarna får låsa …`)
is an actor; the same noun with `får` + a noun (receiving) is none (`w53-i-instruktion`).
Gold by hand from docs/annotation.md (§2, §2.5, §5.1, §5.3; rounds 33, 53 r5, h3).
Offsets computed. Run: python corpus/make_w53_i.py corpus/dev"""

import sys

from records import FAR, ORG, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w53-i")

# (a) cb-N4: one-word organisation names under a counted presentational lead-in.
D = "w53-i-koncern"
K_TITLE = "Bolag och stiftelser"
K_LEAD = "I koncernen ingår fyra bolag:"
K_ITEMS = [("Ekbyhem", "ekbyhem"), ("Norrfors Energi AB", "norrfors energi ab"),
           ("Västbyvatten", "västbyvatten"), ("Åbyhamn", "åbyhamn")]
K_2 = "Kommunstyrelsen samordnar bolagen."
K_LEAD3 = "Därtill finns två stiftelser:"
K_FOUND = [("Ekgården", "ekgården"), ("Norrfonden", "norrfonden")]
K_LEAD4 = "I arbetet ingår två system:"
K_SYSTEMS = ["Ekplan", "Norrdok"]
K_TEXT = (f"{K_TITLE}\n\n{K_LEAD}\n" + "".join(f"• {t}\n" for t, _ in K_ITEMS)
          + f"\n{K_2}\n\n{K_LEAD3}\n" + "".join(f"- {t}\n" for t, _ in K_FOUND)
          + f"\n{K_LEAD4}\n" + "".join(f"• {t}\n" for t in K_SYSTEMS))
KONCERN = [
    rec("title", K_TITLE, [("Bolag", "bolag", ORG), ("stiftelser", "stiftelse", ORG)],
        kind="heading", doc=D),
    rec("1", K_LEAD, [("koncernen", "koncern", ORG), ("bolag", "bolag", ORG)],
        [pres("ingår", "ingå")], doc=D),
    *[rec(f"1.{n}", name, [(name, canon, ORG)], (),
          [st(canon, name, "none", None, "ingå", "ingår")],
          kind="list_item", parent="1", label="•", doc=D)
      for n, (name, canon) in enumerate(K_ITEMS, 1)],
    rec("2", K_2, [("Kommunstyrelsen", "kommunstyrelse", "politiskt organ"),
                   ("bolagen", "bolag", ORG)],
        [pres("samordnar", "samordna")],
        [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "samordna", "samordnar",
            "bolagen")], doc=D),
    rec("3", K_LEAD3, [("stiftelser", "stiftelse", ORG)], [pres("finns", "finnas")], doc=D),
    *[rec(f"3.{n}", name, [(name, canon, ORG)], (),
          [st(canon, name, "none", None, "finnas", "finns")],
          kind="list_item", parent="3", label="-", doc=D)
      for n, (name, canon) in enumerate(K_FOUND, 1)],
    rec("4", K_LEAD4, (), [pres("ingår", "ingå")], doc=D),
    *[rec(f"4.{n}", name, kind="list_item", parent="4", label="•", doc=D)
      for n, name in enumerate(K_SYSTEMS, 1)],
]

# (b) fault 15 and the open point: `inte bara … utan även`; -värd subjects of a modal.
D = "w53-i-instruktion"
I_TITLE = "Instruktion för förvaltningschefen"
I_1 = "Förvaltningschefen ska inte bara planera verksamheten utan även granska resultatet."
I_2 = "Ekonomichefen får inte enbart attestera fakturor, utan också teckna avtal om inköp."
I_3 = "Ekonomichefen får inte attestera egna utlägg."
I_4 = "Husvärdarna får låsa tvättstugorna. Bovärden ska tömma postfacken."
I_5 = "Husvärdarna får en ersättning varje månad."
I_TEXT = f"{I_TITLE}\n\n{I_1}\n\n{I_2}\n\n{I_3}\n\n{I_4}\n\n{I_5}\n"
FC, EC = "förvaltningschef", "ekonomichef"
INSTRUKTION = [
    rec("title", I_TITLE, [("förvaltningschefen", FC, TJP)], kind="heading", doc=D),
    rec("1", I_1, [("Förvaltningschefen", FC, TJP)], [SKA, inf("planera"), inf("granska")],
        [st(FC, "Förvaltningschefen", "obligation", "ska", "planera", "planera",
            "verksamheten"),
         st(FC, "Förvaltningschefen", "obligation", "ska", "granska", "granska",
            "resultatet")], doc=D),
    rec("2", I_2, [("Ekonomichefen", EC, TJP)], [FAR, inf("attestera"), inf("teckna")],
        [st(EC, "Ekonomichefen", "permission", "får", "attestera", "attestera", "fakturor"),
         st(EC, "Ekonomichefen", "permission", "får", "teckna", "teckna", "avtal om inköp")],
        doc=D),
    rec("3", I_3, [("Ekonomichefen", EC, TJP)], [FAR, inf("attestera")],
        [st(EC, "Ekonomichefen", "prohibition", "får", "attestera", "attestera",
            "egna utlägg", negated=True)], doc=D),
    rec("4", I_4, [("Husvärdarna", "husvärd", TJP), ("Bovärden", "bovärd", TJP)],
        [FAR, inf("låsa"), SKA, inf("tömma")],
        [st("husvärd", "Husvärdarna", "permission", "får", "låsa", "låsa", "tvättstugorna"),
         st("bovärd", "Bovärden", "obligation", "ska", "tömma", "tömma", "postfacken")],
        doc=D),
    rec("5", I_5, (), [pres("får", "få")], doc=D),
]

DOCUMENTS = {"w53-i-koncern": (K_TEXT, KONCERN), "w53-i-instruktion": (I_TEXT, INSTRUKTION)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w53-i", DOCUMENTS)
