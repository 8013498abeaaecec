"""Builds corpus/dev/w54-d.jsonl with its gold: invented sentences for round 54, writer w54d
(analysis 54-ce C3, C5, C6, C8, C11 and 54-cg R7). C3 (ruling s1): an identification `Det
är X, Y och Z.` / `I år är det X och Y.` with no `som` clause names actors and gives no
`vara` statement; negatives: a cleft `Det är X som V …`, `Det är <actor>s uppgift att V`
(round 52 u1), `Det är viktigt att …`. C6 and C5: a noun phrase opened by two or more
attributes (`nya digitala tjänster`, `långsiktiga och hållbara lösningar`) after `att` is
the content clause's subject, and a genitive tagged VERB before such a phrase is the
noun's genitive (`kommunernas nya ordinarie ledamöter`); negative `att anta nya lokala
föreskrifter`. C11: the last verb coordinated inside a relative clause (`som leder X och är
chef för Y`) stays in the relative (§5.1 B3: only a cue gives a statement, for the
antecedent); negative without a relative. C8: a
hyphenated given name (`Lars-Göran`) after a fronted role. R7: `vad` opens an indirect
question (`anger vad nämnden ska göra`: no statement); negative `vad som ska göras`.
Sentences only (no .txt). Gold by hand from docs/annotation.md before any run (after the
first run: the relatives' verbs without a cue given no statement, §5.1 B3, and the genitive +
`chef` sentences replaced by genitive + `ledamöter`, whose canonical §2.3 fixes); offsets
computed.
Run: python corpus/make_w54_d.py corpus/dev"""

import sys
from pathlib import Path

from records import AR, FTV, KAN, ORG, POL, SKA, TJP, EXT, inf, pres, records_for, write_jsonl
from records import statement as st

FAR = ("får", "få", "pres", "act")
BOR = ("bör", "böra", "pres", "act")


def doc_rec(doc):
    return records_for(f"w54-d-{doc}")


ident = doc_rec("identifikation")
attr = doc_rec("attribut")
rel = doc_rec("relativ")
namn = doc_rec("namn")
fraga = doc_rec("fraga")

IDENT = [
    ident("1", "Det är barnnämnden, gymnasienämnden och kulturnämnden.",
          [("barnnämnden", "barnnämnd", POL), ("gymnasienämnden", "gymnasienämnd", POL),
           ("kulturnämnden", "kulturnämnd", POL)], [AR]),
    ident("2", "Det är kommunstyrelsen och byggnadsnämnden.",
          [("kommunstyrelsen", "kommunstyrelse", POL), ("byggnadsnämnden", "byggnadsnämnd", POL)],
          [AR]),
    ident("3", "I år är det miljönämnden och tekniska nämnden.",
          [("miljönämnden", "miljönämnd", POL), ("tekniska nämnden", "teknisk nämnd", POL)],
          [AR]),
    ident("4", "Det är revisorerna, valberedningen och kassören.",
          [("revisorerna", "revisor", FTV), ("valberedningen", "valberedning", POL),
           ("kassören", "kassör", FTV)], [AR]),
    ident("5", "Det är nämnden som beslutar om taxorna.", [("nämnden", "nämnd", POL)],
          [AR, pres("beslutar", "besluta")],
          [st("nämnd", "nämnden", "none", None, "besluta", "beslutar", "om taxorna")]),
    ident("6", "Det är styrelsens uppgift att upprätta årsredovisningen.",
          [("styrelsens", "styrelse", POL)], [AR, inf("upprätta")],
          [st("styrelse", "styrelsens", "responsibility", "uppgift att", "upprätta", "upprätta",
              "årsredovisningen")]),
    ident("7", "Det är viktigt att ärendena bereds i tid.", [],
          [AR, pres("bereds", "bereda", "pass")]),
]

ATTR = [
    attr("1", "Utskottet ansvarar för att nya digitala tjänster införs.",
         [("Utskottet", "utskott", POL)],
         [pres("ansvarar", "ansvara"), pres("införs", "införa", "pass")],
         [st("utskott", "Utskottet", "responsibility", "ansvarar för", "ansvara", "ansvarar",
             "att nya digitala tjänster införs")]),
    attr("2", "Nämnden svarar för att långsiktiga och hållbara lösningar tas fram.",
         [("Nämnden", "nämnd", POL)],
         [pres("svarar", "svara"), pres("tas", "ta", "pass")],
         [st("nämnd", "Nämnden", "responsibility", "svarar för", "svara", "svarar",
             "att långsiktiga och hållbara lösningar tas fram")]),
    attr("3", "Direktören ansvarar för att viktiga strategiska frågor bereds och att "
              "fattade beslut verkställs.",
         [("Direktören", "direktör", TJP)],
         [pres("ansvarar", "ansvara"), pres("bereds", "bereda", "pass"),
          pres("verkställs", "verkställa", "pass")],
         [st("direktör", "Direktören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
             "att viktiga strategiska frågor bereds och att fattade beslut verkställs")]),
    attr("4", "Nämnden ansvarar för att anta nya lokala föreskrifter.",
         [("Nämnden", "nämnd", POL)],
         [pres("ansvarar", "ansvara"), inf("anta")],
         [st("nämnd", "Nämnden", "responsibility", "ansvarar för", "anta", "anta",
             "nya lokala föreskrifter")]),
    attr("5", "I länet samverkar kommunernas nya ordinarie ledamöter.",
         [("kommunernas nya ordinarie ledamöter", "kommunernas ledamot", FTV)],
         [pres("samverkar", "samverka")],
         [st("kommunernas ledamot", "kommunernas nya ordinarie ledamöter", "none", None,
             "samverka", "samverkar")]),
    attr("6", "Därefter granskar bolagens egna valda revisorer räkenskaperna.",
         [("bolagens egna valda revisorer", "bolagens revisor", FTV)],
         [pres("granskar", "granska")],
         [st("bolagens revisor", "bolagens egna valda revisorer", "none", None, "granska",
             "granskar", "räkenskaperna")]),
    attr("7", "Sedan sammanträder styrelsernas nya ordinarie ledamöter.",
         [("styrelsernas nya ordinarie ledamöter", "styrelsernas ledamot", FTV)],
         [pres("sammanträder", "sammanträda")],
         [st("styrelsernas ledamot", "styrelsernas nya ordinarie ledamöter", "none", None,
             "sammanträda", "sammanträder")]),
    attr("8", "Därefter röstar fullmäktiges sju nyvalda ledamöter.",
         [("fullmäktiges sju nyvalda ledamöter", "fullmäktiges ledamot", FTV)],
         [pres("röstar", "rösta")],
         [st("fullmäktiges ledamot", "fullmäktiges sju nyvalda ledamöter", "none", None,
             "rösta", "röstar")]),
    attr("9", "I praktiken samverkar förbundens två nyvalda ledamöter.",
         [("förbundens två nyvalda ledamöter", "förbundens ledamot", FTV)],
         [pres("samverkar", "samverka")],
         [st("förbundens ledamot", "förbundens två nyvalda ledamöter", "none", None,
             "samverka", "samverkar")]),
]

REL = [
    rel("1", "Regionen har en direktör som leder kansliet och är chef för staben.",
        [("Regionen", "region", ORG), ("direktör", "direktör", TJP)],
        [pres("har", "ha"), pres("leder", "leda"), AR],
        [st("region", "Regionen", "none", None, "ha", "har",
            "en direktör som leder kansliet och är chef för staben"),
         ]),
    rel("2", "Nämnden utser en sekreterare som för protokoll och sköter arkivet.",
        [("Nämnden", "nämnd", POL), ("sekreterare", "sekreterare", TJP)],
        [pres("utser", "utse"), pres("för", "föra"), pres("sköter", "sköta")],
        [st("nämnd", "Nämnden", "none", None, "utse", "utser",
            "en sekreterare som för protokoll och sköter arkivet"),
         ]),
    rel("3", "Styrelsen anställer en förvaltningschef som leder kontoret och svarar för "
             "budgeten.",
        [("Styrelsen", "styrelse", POL), ("förvaltningschef", "förvaltningschef", TJP)],
        [pres("anställer", "anställa"), pres("leder", "leda"), pres("svarar", "svara")],
        [st("styrelse", "Styrelsen", "none", None, "anställa", "anställer",
            "en förvaltningschef som leder kontoret och svarar för budgeten"),
         st("förvaltningschef", "förvaltningschef", "responsibility", "svarar för", "svara",
            "svarar", "budgeten")]),
    rel("4", "Nämnden utser en sekreterare och ansvarar för arkivet.",
        [("Nämnden", "nämnd", POL), ("sekreterare", "sekreterare", TJP)],
        [pres("utser", "utse"), pres("ansvarar", "ansvara")],
        [st("nämnd", "Nämnden", "none", None, "utse", "utser", "en sekreterare"),
         st("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "arkivet")]),
]

NAMN = [
    namn("1", "Sekreterare är Lars-Göran Ek.", [], [AR]),
    namn("2", "Ordförande är Eva-Lena Holm (M).", [], [AR]),
    namn("3", "Kassör i föreningen är Per-Olof Lind.", [], [AR]),
]

FRAGA = [
    fraga("1", "Lagen anger vad nämnden ska göra.", [("nämnden", "nämnd", POL)],
          [pres("anger", "ange"), SKA, inf("göra")]),
    fraga("2", "Riksdagen avgör vad regionen får ta ut i avgift.",
          [("Riksdagen", "riksdag", EXT), ("regionen", "region", ORG)],
          [pres("avgör", "avgöra"), FAR, inf("ta")],
          [st("riksdag", "Riksdagen", "none", None, "avgöra", "avgör",
              "vad regionen får ta ut i avgift")]),
    fraga("3", "Reglementet beskriver vad styrelsen bör prioritera.",
          [("styrelsen", "styrelse", POL)],
          [pres("beskriver", "beskriva"), BOR, inf("prioritera")]),
    fraga("5", "Reglementet anger vad en nämnd får och inte får besluta om.",
          [("nämnd", "nämnd", POL)],
          [pres("anger", "ange"), FAR, ("får", "få", "pres", "act", 1), inf("besluta")]),
    fraga("6", "Avtalet reglerar vad bolaget ska göra och vad kommunen får kräva.",
          [("bolaget", "bolag", ORG), ("kommunen", "kommun", ORG)],
          [pres("reglerar", "reglera"), SKA, inf("göra"), FAR, inf("kräva")]),
    fraga("7", "Riksdagen bestämmer vad en region får och inte får göra.",
          [("Riksdagen", "riksdag", EXT), ("region", "region", ORG)],
          [pres("bestämmer", "bestämma"), FAR, ("får", "få", "pres", "act", 1), inf("göra")],
          [st("riksdag", "Riksdagen", "none", None, "bestämma", "bestämmer",
              "vad en region får och inte får göra")]),
    fraga("4", "Styrelsen bestämmer vad som ska göras.", [("Styrelsen", "styrelse", POL)],
          [pres("bestämmer", "bestämma"), SKA, inf("göras", "göra", "pass")],
          [st("styrelse", "Styrelsen", "none", None, "bestämma", "bestämmer",
              "vad som ska göras")]),
]

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w54-d.jsonl", [*IDENT, *ATTR, *REL, *NAMN, *FRAGA])
