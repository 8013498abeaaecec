"""Builds corpus/dev/w54-k.jsonl with its gold: invented sentences for round 54, writer
fix54i (analysis 54b-cg L1). A restrictive relative clause on the main clause's object,
then `och` + a subject of its own + finite verb(s): a second main clause with its own
statements, not a conjunct of the relative clause (the parser's `conj` of the relative
verb). Variants: other verbs, a definite singular / definite plural / two-word role / name
subject, two verbs after the new subject, a parataxis parse, a comma before `och`.
Negatives (§5.1 B3: a relative clause's verb gives no statement without a cue): `som`
the subject and a verb after `och` with no subject of its own; `som` the object with two
subjects inside the relative clause. Sentences only (no .txt). Gold by hand from
docs/annotation.md before any run (after the first run: `föreningarna` added as an
actor, organisation as in the other dev files); offsets computed.
Run: python corpus/make_w54_k.py corpus/dev"""

import sys
from pathlib import Path

from records import EXT, FORV, ORG, POL, TJP, pres, records_for, write_jsonl
from records import statement as st

huvud = records_for("w54-k-huvudsats")
relativ = records_for("w54-k-relativ")

HUVUD = [
    huvud("1", "Fullmäktige fattar de beslut som rör hela kommunen och förvaltningen bereder "
               "och verkställer dem.",
          [("Fullmäktige", "fullmäktige", POL), ("kommunen", "kommun", ORG),
           ("förvaltningen", "förvaltning", FORV)],
          [pres("fattar", "fatta"), pres("rör", "röra"), pres("bereder", "bereda"),
           pres("verkställer", "verkställa")],
          [st("fullmäktige", "Fullmäktige", "none", None, "fatta", "fattar",
              "de beslut som rör hela kommunen"),
           st("förvaltning", "förvaltningen", "none", None, "bereda", "bereder", "dem"),
           st("förvaltning", "förvaltningen", "none", None, "verkställa", "verkställer",
              "dem")]),
    huvud("2", "Styrelsen godkänner de avtal som gäller lokalerna och kansliet förvaltar dem.",
          [("Styrelsen", "styrelse", POL), ("kansliet", "kansli", FORV)],
          [pres("godkänner", "godkänna"), pres("gäller", "gälla"),
           pres("förvaltar", "förvalta")],
          [st("styrelse", "Styrelsen", "none", None, "godkänna", "godkänner",
              "de avtal som gäller lokalerna"),
           st("kansli", "kansliet", "none", None, "förvalta", "förvaltar", "dem")]),
    huvud("3", "Nämnden antar de riktlinjer som gäller skolan och rektorerna tillämpar dem.",
          [("Nämnden", "nämnd", POL), ("rektorerna", "rektor", TJP)],
          [pres("antar", "anta"), pres("gäller", "gälla"), pres("tillämpar", "tillämpa")],
          [st("nämnd", "Nämnden", "none", None, "anta", "antar",
              "de riktlinjer som gäller skolan"),
           st("rektor", "rektorerna", "none", None, "tillämpa", "tillämpar", "dem")]),
    huvud("4", "Direktionen fastställer de mål som gäller verksamheten och de anställda "
               "arbetar efter dem.",
          [("Direktionen", "direktion", POL), ("anställda", "anställd", TJP)],
          [pres("fastställer", "fastställa"), pres("gäller", "gälla"),
           pres("arbetar", "arbeta")],
          [st("direktion", "Direktionen", "none", None, "fastställa", "fastställer",
              "de mål som gäller verksamheten"),
           st("anställd", "anställda", "none", None, "arbeta", "arbetar", "efter dem")]),
    huvud("5", "Kommunstyrelsen fattar de beslut som gäller ekonomin och Fjällbygdens "
               "Vatten AB följer upp dem.",
          [("Kommunstyrelsen", "kommunstyrelse", POL),
           ("Fjällbygdens Vatten AB", "fjällbygdens vatten ab", ORG)],
          [pres("fattar", "fatta"), pres("gäller", "gälla"), pres("följer", "följa")],
          [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "fatta", "fattar",
              "de beslut som gäller ekonomin"),
           st("fjällbygdens vatten ab", "Fjällbygdens Vatten AB", "none", None, "följa",
              "följer", "dem")]),
    huvud("6", "Styrelsen fastställer de regler som styr bolaget och verkställande "
               "direktören följer dem.",
          [("Styrelsen", "styrelse", POL), ("bolaget", "bolag", ORG),
           ("verkställande direktören", "verkställande direktör", TJP)],
          [pres("fastställer", "fastställa"), pres("styr", "styra"), pres("följer", "följa")],
          [st("styrelse", "Styrelsen", "none", None, "fastställa", "fastställer",
              "de regler som styr bolaget"),
           st("verkställande direktör", "verkställande direktören", "none", None, "följa",
              "följer", "dem")]),
    huvud("7", "Regionstyrelsen godkänner de planer som rör vården och "
               "sjukhusdirektörerna genomför dem.",
          [("Regionstyrelsen", "regionstyrelse", POL),
           ("sjukhusdirektörerna", "sjukhusdirektör", TJP)],
          [pres("godkänner", "godkänna"), pres("rör", "röra"), pres("genomför", "genomföra")],
          [st("regionstyrelse", "Regionstyrelsen", "none", None, "godkänna", "godkänner",
              "de planer som rör vården"),
           st("sjukhusdirektör", "sjukhusdirektörerna", "none", None, "genomföra",
              "genomför", "dem")]),
    huvud("8", "Fullmäktige antar de taxor som gäller avfallet, och nämnden tillämpar dem.",
          [("Fullmäktige", "fullmäktige", POL), ("nämnden", "nämnd", POL)],
          [pres("antar", "anta"), pres("gäller", "gälla"), pres("tillämpar", "tillämpa")],
          [st("fullmäktige", "Fullmäktige", "none", None, "anta", "antar",
              "de taxor som gäller avfallet"),
           st("nämnd", "nämnden", "none", None, "tillämpa", "tillämpar", "dem")]),
]

RELATIV = [
    relativ("1", "Fullmäktige fattar de beslut som rör hela kommunen och påverkar "
                 "invånarna.",
            [("Fullmäktige", "fullmäktige", POL), ("kommunen", "kommun", ORG),
             ("invånarna", "invånare", EXT)],
            [pres("fattar", "fatta"), pres("rör", "röra"), pres("påverkar", "påverka")],
            [st("fullmäktige", "Fullmäktige", "none", None, "fatta", "fattar",
                "de beslut som rör hela kommunen och påverkar invånarna")]),
    relativ("2", "Styrelsen avgör de ärenden som nämnden bereder och fullmäktige "
                 "fastställer.",
            [("Styrelsen", "styrelse", POL), ("nämnden", "nämnd", POL),
             ("fullmäktige", "fullmäktige", POL)],
            [pres("avgör", "avgöra"), pres("bereder", "bereda"),
             pres("fastställer", "fastställa")],
            [st("styrelse", "Styrelsen", "none", None, "avgöra", "avgör",
                "de ärenden som nämnden bereder och fullmäktige fastställer")]),
    relativ("3", "Styrelsen utser en revisor som granskar räkenskaperna och lämnar en "
                 "rapport.",
            [("Styrelsen", "styrelse", POL), ("revisor", "revisor", TJP)],
            [pres("utser", "utse"), pres("granskar", "granska"), pres("lämnar", "lämna")],
            [st("styrelse", "Styrelsen", "none", None, "utse", "utser",
                "en revisor som granskar räkenskaperna och lämnar en rapport")]),
    relativ("4", "Nämnden ansvarar för de lokaler som skolan använder och föreningarna "
                 "hyr.",
            [("Nämnden", "nämnd", POL), ("föreningarna", "förening", ORG)],
            [pres("ansvarar", "ansvara"), pres("använder", "använda"), pres("hyr", "hyra")],
            [st("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
                "de lokaler som skolan använder och föreningarna hyr")]),
]

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w54-k.jsonl", [*HUVUD, *RELATIV])
