"""Builds corpus/dev/w57-a.jsonl and the documents corpus/dev/w57-a-*.txt with their gold:
invented material for round 57, fixer fix57a (grammar leftovers of round 56).
`konj-*`: a finite modal coordinated after a finite verb past a comma phrase (`… och får,
efter samråd med X, V`), the tagger's parse making the first verb the subject of the late
infinitive; as a 3rd sentence after a fronted adverbial, as the 2nd main clause after `, och`;
negative `konj-n1`: the modal's slot phrase without commas is not the first verb's condition.
`villkor-*`: a cue phrase in a modal's slot (`ska enligt X V … och får i samråd med Y V`) is
its own verb's condition (§4, §5.6); negative `villkor-n1`: `utan X:s medgivande` is no
condition (§4 lists no `utan`). `ratt-*`: `har/äger rätt att V A, B och C och får/ska V`
(a comma series with its own `och`), also after a fronted adverbial; negative `ratt-n1`: a
subject series in an `att`-clause. `setill-*`: every item under `<Actor> ska se till att:`
(a clause with an actor subject, an s-passive clause, an `att`-clause, a bare infinitive, a
noun phrase) is the object of `se` (§5.1, §5.3, `own_aim_phrases`), also under a heading;
negative `setill-n1`: `ansvarar för att:` keeps its infinitive items' aims. `parti-*`:
two-word local party names as written (t13, §2.1: `Lokala alternativet`, `Bygdens parti`,
`Sjukvårdspartiet i Västerby`, `Gröna listan`), as subject, in a series after a fronted
adverbial, as the 3rd sentence, in the genitive; negatives `parti-n1` (`Ekbypartiet i Ekby
kommun`: the place kind ends the name), `parti-n2` (a sentence-initial adjective before a
plural noun). Gold by hand from docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w57_a.py corpus/dev"""

import sys

from records import AR, FAR, FTV, HAR, ORG, POL, SKA, TJP, inf, pres, records_for
from records import statement as st
from records import write_part

NONE, OB, PERM, PROH, RESP = "none", "obligation", "permission", "prohibition", "responsibility"
FORV = "förvaltningsorganisation"
DOCS = {}


def doc(name, records):
    """A document of blank-line blocks, its list items one `– ` line each under their lead-in."""
    lines = []
    for record in records:
        kind = record["meta"].get("kind", "paragraph")
        if kind == "list_item":
            lines.append(f"– {record['text']}\n")
        else:
            lines.append(("\n" if lines else "") + record["text"] + "\n")
    DOCS[f"w57-a-{name}"] = ("".join(lines), records)


def rec(name, check=True):
    """The record maker of one document (list items inherit their lead-in's actor text)."""
    return records_for(f"w57-a-{name}", check_texts=check, conditions_from_statements=True)


# Fault 2: a modal conjunct after a comma phrase.
r = rec("konj-1")
doc("konj-1", [r("1", "Kanslichefen fördelar ärendena och får, efter samråd med ekonomichefen, "
                 "besluta om förlängd svarstid.",
                 [("Kanslichefen", "kanslichef", TJP), ("ekonomichefen", "ekonomichef", TJP)],
                 [pres("fördelar", "fördela"), FAR, inf("besluta")],
                 [st("kanslichef", "Kanslichefen", NONE, None, "fördela", "fördelar", "ärendena"),
                  st("kanslichef", "Kanslichefen", PERM, "får", "besluta", "besluta",
                     "om förlängd svarstid", condition="efter samråd med ekonomichefen")])])
r = rec("konj-2")
doc("konj-2", [r("1", "Socialnämnden sammanträder en gång i månaden. Protokollen justeras inom "
                 "en vecka. Under året leder socialchefen arbetet och får, i samråd med "
                 "personalchefen, anställa personal.",
                 [("Socialnämnden", "socialnämnd", POL), ("socialchefen", "socialchef", TJP),
                  ("personalchefen", "personalchef", TJP), ("personal", "personal", TJP)],
                 [pres("sammanträder", "sammanträda"), ("justeras", "justera", "pres", "pass"),
                  pres("leder", "leda"), FAR, inf("anställa")],
                 [st("socialnämnd", "Socialnämnden", NONE, None, "sammanträda", "sammanträder",
                     "en gång i månaden"),
                  st("socialchef", "socialchefen", NONE, None, "leda", "leder", "arbetet"),
                  st("socialchef", "socialchefen", PERM, "får", "anställa", "anställa",
                     "personal", condition="i samråd med personalchefen")])])
r = rec("konj-3")
doc("konj-3", [r("1", "Styrelsen fastställer budgeten, och kassören förvaltar medlen och får, "
                 "enligt styrelsens riktlinjer, placera överskottet.",
                 [("Styrelsen", "styrelse", POL), ("kassören", "kassör", FTV),
                  ("styrelsens", "styrelse", POL)],
                 [pres("fastställer", "fastställa"), pres("förvaltar", "förvalta"), FAR,
                  inf("placera")],
                 [st("styrelse", "Styrelsen", NONE, None, "fastställa", "fastställer",
                     "budgeten"),
                  st("kassör", "kassören", NONE, None, "förvalta", "förvaltar", "medlen"),
                  st("kassör", "kassören", PERM, "får", "placera", "placera", "överskottet",
                     condition="enligt styrelsens riktlinjer")])])
r = rec("konj-n1")
doc("konj-n1", [r("1", "Rektorn leder skolan och ska i samråd med eleverna utveckla "
                  "arbetsmiljön.",
                  [("Rektorn", "rektor", TJP), ("eleverna", "elev", "övrig")],
                  [pres("leder", "leda"), SKA, inf("utveckla")],
                  [st("rektor", "Rektorn", NONE, None, "leda", "leder", "skolan"),
                   st("rektor", "Rektorn", OB, "ska", "utveckla", "utveckla", "arbetsmiljön",
                      condition="i samråd med eleverna")])])

# Fault 1: a cue phrase in a (coordinated) modal's slot; `utan` is none.
r = rec("villkor-1")
doc("villkor-1", [r("1", "Stadsdirektören ska enligt kommunstyrelsens anvisningar leda "
                    "förvaltningen och får i samråd med personalchefen inrätta nya tjänster.",
                    [("Stadsdirektören", "stadsdirektör", TJP),
                     ("kommunstyrelsens", "kommunstyrelse", POL),
                     ("förvaltningen", "förvaltning", FORV),
                     ("personalchefen", "personalchef", TJP)],
                    [SKA, inf("leda"), FAR, inf("inrätta")],
                    [st("stadsdirektör", "Stadsdirektören", OB, "ska", "leda", "leda",
                        "förvaltningen", condition="enligt kommunstyrelsens anvisningar"),
                     st("stadsdirektör", "Stadsdirektören", PERM, "får", "inrätta", "inrätta",
                        "nya tjänster", condition="i samråd med personalchefen")])])
r = rec("villkor-2")
doc("villkor-2", [r("1", "Regionstyrelsen beslutar om taxor, och förvaltningen ska efter samråd "
                    "med ekonomichefen verkställa besluten.",
                    [("Regionstyrelsen", "regionstyrelse", POL),
                     ("förvaltningen", "förvaltning", FORV),
                     ("ekonomichefen", "ekonomichef", TJP)],
                    [pres("beslutar", "besluta"), SKA, inf("verkställa")],
                    [st("regionstyrelse", "Regionstyrelsen", NONE, None, "besluta", "beslutar",
                        "om taxor"),
                     st("förvaltning", "förvaltningen", OB, "ska", "verkställa", "verkställa",
                        "besluten", condition="efter samråd med ekonomichefen")])])
r = rec("villkor-n1")
doc("villkor-n1", [r("1", "Verkställande direktören får inte utan styrelsens medgivande sälja "
                     "bolagets fastigheter.",
                     [("Verkställande direktören", "verkställande direktör", TJP),
                      ("styrelsens", "styrelse", POL), ("bolagets", "bolag", ORG)],
                     [FAR, inf("sälja")],
                     [st("verkställande direktör", "Verkställande direktören", PROH, "får inte",
                         "sälja", "sälja", "bolagets fastigheter", negated=True)])])

# Fault 4: a comma series with its own `och` inside the infinitive's object.
r = rec("ratt-1")
doc("ratt-1", [r("1", "Revisorerna har rätt att granska nämndernas räkenskaper, protokoll och "
                 "avtal och får kalla tjänstepersoner till samtal.",
                 [("Revisorerna", "revisor", FTV), ("nämndernas", "nämnd", POL),
                  ("tjänstepersoner", "tjänsteperson", TJP)],
                 [HAR, inf("granska"), FAR, inf("kalla")],
                 [st("revisor", "Revisorerna", PERM, "har rätt att", "granska", "granska",
                     "nämndernas räkenskaper, protokoll och avtal"),
                  st("revisor", "Revisorerna", PERM, "får", "kalla", "kalla",
                     "tjänstepersoner till samtal")])])
r = rec("ratt-2")
doc("ratt-2", [r("1", "Vid behov har regionstyrelsen rätt att inspektera lokaler, fordon och "
                 "utrustning och får anlita sakkunniga.",
                 [("regionstyrelsen", "regionstyrelse", POL),
                  ("sakkunniga", "sakkunnig", "extern")],
                 [HAR, inf("inspektera"), FAR, inf("anlita")],
                 [st("regionstyrelse", "regionstyrelsen", PERM, "har rätt att", "inspektera",
                     "inspektera", "lokaler, fordon och utrustning", condition="Vid behov"),
                  st("regionstyrelse", "regionstyrelsen", PERM, "får", "anlita", "anlita",
                     "sakkunniga", condition="Vid behov")])])
r = rec("ratt-3")
doc("ratt-3", [r("1", "Ordföranden äger rätt att begära yttranden, utredningar och underlag och "
                 "ska redovisa dem för styrelsen.",
                 [("Ordföranden", "ordförande", FTV), ("styrelsen", "styrelse", POL)],
                 [pres("äger", "äga"), inf("begära"), SKA, inf("redovisa")],
                 [st("ordförande", "Ordföranden", PERM, "äger rätt att", "begära", "begära",
                     "yttranden, utredningar och underlag"),
                  st("ordförande", "Ordföranden", OB, "ska", "redovisa", "redovisa",
                     "dem för styrelsen")])])
r = rec("ratt-n1")
doc("ratt-n1", [r("1", "Styrelsen ansvarar för att kassan, bokföringen och arkivet sköts och "
                  "kontrolleras.",
                  [("Styrelsen", "styrelse", POL)],
                  [pres("ansvarar", "ansvara"), ("sköts", "sköta", "pres", "pass"),
                   ("kontrolleras", "kontrollera", "pres", "pass")],
                  [st("styrelse", "Styrelsen", RESP, "ansvarar för", "ansvara", "ansvarar",
                      "att kassan, bokföringen och arkivet sköts och kontrolleras")])])

# Fault 3: every item under `ska se till att:` is the object of `se`.
SE = "ska se till att"
r = rec("setill-1", check=False)
ITEMS_1 = [("styrelsen sammanträder minst fyra gånger per år",
            [("styrelsen", "styrelse", POL)], [pres("sammanträder", "sammanträda")]),
           ("kallelsen skickas ut i god tid", [], [("skickas", "skicka", "pres", "pass")]),
           ("att protokoll förs vid varje sammanträde", [], [("förs", "föra", "pres", "pass")]),
           ("informera kassören om besluten", [("kassören", "kassör", FTV)],
            [inf("informera")])]
doc("setill-1", [
    r("1", "Ordföranden ska se till att:", [("Ordföranden", "ordförande", FTV)],
      [SKA, inf("se")]),
    *[r(f"1.{letter}", text, actors, verbs,
        [st("ordförande", "Ordföranden", OB, SE, "se", "se", text)],
        kind="list_item", parent="1", label="–")
      for letter, (text, actors, verbs) in zip("abcd", ITEMS_1, strict=True)]])
r = rec("setill-2", check=False)
ITEMS_2 = [("regionstyrelsens protokoll justeras inom två veckor",
            [("regionstyrelsens", "regionstyrelse", POL)],
            [("justeras", "justera", "pres", "pass")]),
           ("en förteckning över delegationsbesluten", [], []),
           ("hålla arkivet ordnat", [], [inf("hålla")])]
doc("setill-2", [
    r("h1", "Sekreterarens uppgifter", [("Sekreterarens", "sekreterare", TJP)], kind="heading"),
    r("1", "Sekreteraren utses av regionstyrelsen. Sekreteraren ska se till att:",
      [("Sekreteraren", "sekreterare", TJP), ("regionstyrelsen", "regionstyrelse", POL),
       ("Sekreteraren", "sekreterare", TJP, 1)],
      [("utses", "utse", "pres", "pass"), SKA, inf("se")],
      [st("regionstyrelse", "regionstyrelsen", NONE, None, "utse", "utses", "Sekreteraren",
          passive=True)], parent="h1"),
    *[r(f"1.{letter}", text, actors, verbs,
        [st("sekreterare", "Sekreteraren", OB, SE, "se", "se", text)],
        kind="list_item", parent="1", label="–")
      for letter, (text, actors, verbs) in zip("abc", ITEMS_2, strict=True)]])
r = rec("setill-n1", check=False)
doc("setill-n1", [
    r("1", "Kassören ansvarar för att:", [("Kassören", "kassör", FTV)], [pres("ansvarar",
                                                                             "ansvara")]),
    r("1.a", "upprätta bokslut", [], [inf("upprätta")],
      [st("kassör", "Kassören", RESP, "ansvarar för att", "upprätta", "upprätta", "bokslut")],
      kind="list_item", parent="1", label="–"),
    r("1.b", "betala fakturor i tid", [], [inf("betala")],
      [st("kassör", "Kassören", RESP, "ansvarar för att", "betala", "betala",
          "fakturor i tid")],
      kind="list_item", parent="1", label="–")])

# Fault 5: two-word local party names, as written.
r = rec("parti-1")
doc("parti-1", [r("1", "Lokala alternativet har tre mandat i fullmäktige.",
                  [("Lokala alternativet", "lokala alternativet", POL),
                   ("fullmäktige", "fullmäktige", POL)],
                  [HAR],
                  [st("lokala alternativet", "Lokala alternativet", NONE, None, "ha", "har",
                      "tre mandat i fullmäktige")])])
r = rec("parti-2")
doc("parti-2", [r("1", "Efter valet samarbetar Bygdens parti och Sjukvårdspartiet i Västerby i "
                  "en gemensam grupp.",
                  [("Bygdens parti", "bygdens parti", POL),
                   ("Sjukvårdspartiet i Västerby", "sjukvårdspartiet i västerby", POL)],
                  [pres("samarbetar", "samarbeta")],
                  [st("bygdens parti", "Bygdens parti", NONE, None, "samarbeta", "samarbetar",
                      "i en gemensam grupp"),
                   st("sjukvårdspartiet i västerby", "Sjukvårdspartiet i Västerby", NONE, None,
                      "samarbeta", "samarbetar", "i en gemensam grupp")])])
r = rec("parti-3")
doc("parti-3", [r("1", "Fullmäktige har 41 ledamöter. Sammanträdena är offentliga. I "
                  "budgetdebatten yrkar Gröna listan på lägre taxor.",
                  [("Fullmäktige", "fullmäktige", POL), ("ledamöter", "ledamot", FTV),
                   ("Gröna listan", "gröna listan", POL)],
                  [HAR, AR, pres("yrkar", "yrka")],
                  [st("fullmäktige", "Fullmäktige", NONE, None, "ha", "har", "41 ledamöter"),
                   st("gröna listan", "Gröna listan", NONE, None, "yrka", "yrkar",
                      "på lägre taxor")])])
r = rec("parti-4")
doc("parti-4", [r("1", "Nämnden bereder Bygdens partis motion om en ny skola.",
                  [("Nämnden", "nämnd", POL), ("Bygdens partis", "bygdens parti", POL)],
                  [pres("bereder", "bereda")],
                  [st("nämnd", "Nämnden", NONE, None, "bereda", "bereder",
                      "Bygdens partis motion om en ny skola")])])
r = rec("parti-n1")
doc("parti-n1", [r("1", "Ekbypartiet i Ekby kommun har två mandat.",
                   [("Ekbypartiet", "ekbypartiet", POL), ("Ekby kommun", "ekby kommun", ORG)],
                   [HAR],
                   [st("ekbypartiet", "Ekbypartiet", NONE, None, "ha", "har", "två mandat")])])
r = rec("parti-n2")
doc("parti-n2", [r("1", "Nya ledamöter introduceras av kansliet.",
                   [("ledamöter", "ledamot", FTV), ("kansliet", "kansli", FORV)],
                   [("introduceras", "introducera", "pres", "pass")],
                   [st("kansli", "kansliet", NONE, None, "introducera", "introduceras",
                       "Nya ledamöter", passive=True)])])

if __name__ == "__main__":
    write_part(sys.argv[1], "w57-a", DOCS)
