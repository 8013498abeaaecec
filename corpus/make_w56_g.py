"""Builds corpus/dev/w56-g.jsonl with its gold: invented material for round 56, writer w56g
(gen56's widenings E and G). E: a flattened table row whose first cell is an actor label and
whose second cell opens with a finite verb (runs of spaces joined to one, or ` | `): the
tagger reads the capitalised present as a name or noun (`Samordnar`, `Upprättar`) and a
coordinated present as a noun (`bereder`); the label is the subject of every verb of the cell,
its coordinated and modal conjuncts too (past a comma-PP `, efter dialog med X,`), under a
`Roll | Ansvar` header, under a heading, as the third row. Negatives: a row whose second cell
is a noun phrase (`Kommunstyrelsen Personalfrågor`), a body's name with a capitalised place
after it. G: a local party name (`-partiet`, `-listan` compounds the lexicon does not know as
common nouns) is an actor of category `politiskt organ`, canonical as written lowercased
(docs/annotation.md t13), as a subject, in a coordinated series, after a fronted adverbial,
as the third sentence of a paragraph, in the genitive; a party letter in brackets after a
person's role and name is no actor and leaves the role's statement. Negatives: `Checklistan`,
`kandidatlistan` (common nouns the lexicon knows). Gold by hand from docs/annotation.md §2.1,
§5.1, t8 and t13 before the rule. Offsets computed.
Run: python corpus/make_w56_g.py corpus/dev"""

import sys

from records import FAR, FTV, ORG, POL, SKA, TJP, inf, pres, records_for
from records import statement as st
from records import write_jsonl

NONE, OB, PERM, RESP = "none", "obligation", "permission", "responsibility"


def rec(doc, cid, *args, **kwargs):
    return records_for(f"w56-g-{doc}", check_texts=True, conditions_from_statements=True)(cid, *args, **kwargs)


# E: table rows, label cell + verb-first cell.
RADER = [
    rec("rad-1", "1", "Roll | Ansvar"),
    rec("rad-1", "2", "Nämndsekreteraren | Samordnar och bereder ärendena inför "
        "sammanträdena.",
        [("Nämndsekreteraren", "nämndsekreterare", TJP)],
        [pres("Samordnar", "samordna"), pres("bereder", "bereda")],
        [st("nämndsekreterare", "Nämndsekreteraren", NONE, None, "samordna", "Samordnar",
            "ärendena inför sammanträdena"),
         st("nämndsekreterare", "Nämndsekreteraren", NONE, None, "bereda", "bereder",
            "ärendena inför sammanträdena")]),
    rec("rad-1", "3", "Miljöchefen | Leder förvaltningens arbete och rapporterar till "
        "nämnden.",
        [("Miljöchefen", "miljöchef", TJP),
         ("förvaltningens", "förvaltning", "förvaltningsorganisation"), ("nämnden", "nämnd", POL)],
        [pres("Leder", "leda"), pres("rapporterar", "rapportera")],
        [st("miljöchef", "Miljöchefen", NONE, None, "leda", "Leder", "förvaltningens arbete"),
         st("miljöchef", "Miljöchefen", NONE, None, "rapportera", "rapporterar",
            "till nämnden")]),
    rec("rad-1", "4", "Ekonomichefen | Upprättar budgetunderlaget och får, efter dialog "
        "med nämnden, omfördela medel mellan verksamheterna.",
        [("Ekonomichefen", "ekonomichef", TJP), ("nämnden", "nämnd", POL)],
        [pres("Upprättar", "upprätta"), FAR, inf("omfördela")],
        [st("ekonomichef", "Ekonomichefen", NONE, None, "upprätta", "Upprättar",
            "budgetunderlaget"),
         st("ekonomichef", "Ekonomichefen", PERM, "får", "omfördela", "omfördela",
            "medel mellan verksamheterna", condition="efter dialog med nämnden")]),
    rec("rad-2", "1", "Ansvarsfördelning", kind="heading"),
    rec("rad-2", "2", "Kultursekreteraren Handlägger föreningsbidragen och svarar för "
        "kontakterna med föreningarna.",
        [("Kultursekreteraren", "kultursekreterare", TJP), ("föreningarna", "förening", ORG)],
        [pres("Handlägger", "handlägga"), pres("svarar", "svara")],
        [st("kultursekreterare", "Kultursekreteraren", NONE, None, "handlägga", "Handlägger",
            "föreningsbidragen"),
         st("kultursekreterare", "Kultursekreteraren", RESP, "svarar för", "svara", "svarar",
            "kontakterna med föreningarna")]),
    rec("rad-2", "3", "Arkivarien Vårdar kommunens handlingar, gallrar kopior och ska "
        "årligen rapportera till styrelsen.",
        [("Arkivarien", "arkivarie", TJP), ("kommunens", "kommun", ORG),
         ("styrelsen", "styrelse", POL)],
        [pres("Vårdar", "vårda"), pres("gallrar", "gallra"), SKA, inf("rapportera")],
        [st("arkivarie", "Arkivarien", NONE, None, "vårda", "Vårdar", "kommunens handlingar"),
         st("arkivarie", "Arkivarien", NONE, None, "gallra", "gallrar", "kopior"),
         st("arkivarie", "Arkivarien", OB, "ska", "rapportera", "rapportera",
            "till styrelsen")]),
    rec("rad-2", "4", "Fritidsnämnden Beslutar om taxor för anläggningarna och fördelar "
        "lokalbidrag.",
        [("Fritidsnämnden", "fritidsnämnd", POL)],
        [pres("Beslutar", "besluta"), pres("fördelar", "fördela")],
        [st("fritidsnämnd", "Fritidsnämnden", NONE, None, "besluta", "Beslutar",
            "om taxor för anläggningarna"),
         st("fritidsnämnd", "Fritidsnämnden", NONE, None, "fördela", "fördelar",
            "lokalbidrag")]),
    rec("rad-3", "1", "Roll Ansvar"),
    rec("rad-3", "2", "Regionfullmäktige Antar budgeten och beslutar om skattesatsen.",
        [("Regionfullmäktige", "regionfullmäktige", POL)],
        [pres("Antar", "anta"), pres("beslutar", "besluta")],
        [st("regionfullmäktige", "Regionfullmäktige", NONE, None, "anta", "Antar",
            "budgeten"),
         st("regionfullmäktige", "Regionfullmäktige", NONE, None, "besluta", "beslutar",
            "om skattesatsen")]),
    rec("rad-3", "3", "Utredaren Sammanställer och analyserar underlagen inför besluten.",
        [("Utredaren", "utredare", TJP)],
        [pres("Sammanställer", "sammanställa"), pres("analyserar", "analysera")],
        [st("utredare", "Utredaren", NONE, None, "sammanställa", "Sammanställer",
            "underlagen inför besluten"),
         st("utredare", "Utredaren", NONE, None, "analysera", "analyserar",
            "underlagen inför besluten")]),
    rec("rad-3", "4", "Controllern Följer upp budgeten och får, efter samråd med "
        "ekonomichefen, begära kompletteringar.",
        [("Controllern", "controller", TJP), ("ekonomichefen", "ekonomichef", TJP)],
        [pres("Följer", "följa"), FAR, inf("begära")],
        [st("controller", "Controllern", NONE, None, "följa", "Följer", "budgeten"),
         st("controller", "Controllern", PERM, "får", "begära", "begära", "kompletteringar",
            condition="efter samråd med ekonomichefen")]),
    # negatives: a noun-phrase cell, a body's name and a place
    rec("rad-n1", "1", "Kommunstyrelsen | Personalfrågor och arbetsmiljö",
        [("Kommunstyrelsen", "kommunstyrelse", POL)]),
    rec("rad-n2", "1", "Ordföranden Tallås öppnar sammanträdet.",
        [("Ordföranden", "ordförande", FTV)],
        [pres("öppnar", "öppna")],
        [st("ordförande", "Ordföranden", NONE, None, "öppna", "öppnar", "sammanträdet")]),
]

# G: local party names and party letters.
PARTIER = [
    rec("parti-1", "1", "Ekbypartiet driver frågan om en ny simhall.",
        [("Ekbypartiet", "ekbypartiet", POL)],
        [pres("driver", "driva")],
        [st("ekbypartiet", "Ekbypartiet", NONE, None, "driva", "driver",
            "frågan om en ny simhall")]),
    rec("parti-2", "1", "Efter valet bildar Bygdelistan och Sjöpartiet en gemensam grupp.",
        [("Bygdelistan", "bygdelistan", POL), ("Sjöpartiet", "sjöpartiet", POL)],
        [pres("bildar", "bilda")],
        [st("bygdelistan", "Bygdelistan", NONE, None, "bilda", "bildar", "en gemensam grupp"),
         st("sjöpartiet", "Sjöpartiet", NONE, None, "bilda", "bildar", "en gemensam grupp")]),
    rec("parti-3", "1", "Mandaten fördelas enligt vallagen. Sammanträdena är offentliga. "
        "I budgeten prioriterar Skogslistan äldreomsorgen.",
        [("Skogslistan", "skogslistan", POL)],
        [("fördelas", "fördela", "pres", "pass"), pres("är", "vara"),
         pres("prioriterar", "prioritera")],
        [st("skogslistan", "Skogslistan", NONE, None, "prioritera", "prioriterar",
            "äldreomsorgen")]),
    rec("parti-4", "1", "Nämnden bereder Åspartiets motion om cykelvägar.",
        [("Nämnden", "nämnd", POL), ("Åspartiets", "åspartiet", POL)],
        [pres("bereder", "bereda")],
        [st("nämnd", "Nämnden", NONE, None, "bereda", "bereder",
            "Åspartiets motion om cykelvägar")]),
    rec("parti-5", "1", "Ordföranden Anna Berg (S) lämnar ett förslag till beslut.",
        [("Ordföranden", "ordförande", FTV)],
        [pres("lämnar", "lämna")],
        [st("ordförande", "Ordföranden", NONE, None, "lämna", "lämnar",
            "ett förslag till beslut")]),
    rec("parti-6", "1", "Vid sammanträdet yrkar ledamoten Per Lind (M) bifall till motionen.",
        [("ledamoten", "ledamot", FTV)],
        [pres("yrkar", "yrka")],
        [st("ledamot", "ledamoten", NONE, None, "yrka", "yrkar", "bifall till motionen")]),
    # negatives: common nouns in -listan
    rec("parti-n1", "1", "Checklistan uppdateras av kansliet varje år.",
        [("kansliet", "kansli", "förvaltningsorganisation")],
        [("uppdateras", "uppdatera", "pres", "pass")],
        [st("kansli", "kansliet", NONE, None, "uppdatera", "uppdateras", "Checklistan",
            passive=True)]),
    rec("parti-n2", "1", "Valnämnden granskar kandidatlistan före valet.",
        [("Valnämnden", "valnämnd", POL)],
        [pres("granskar", "granska")],
        [st("valnämnd", "Valnämnden", NONE, None, "granska", "granskar",
            "kandidatlistan före valet")]),
]


# F (gen56 leftover): a modal conjunct after `har rätt att V A, B och C` (the series' own
# `och`, the parser hanging the infinitive on the last noun); negative: a finite verb in the
# `att`-clause after a subject series (`ansvarar för att A, B och C är …`).
RATT = [
    rec("ratt-1", "1", "Styrelsen har rätt att granska förbundets protokoll, avtal och övriga "
        "handlingar och får när som helst begära in uppgifter.",
        [("Styrelsen", "styrelse", POL), ("förbundets", "förbund", ORG)],
        [pres("har", "ha"), inf("granska"), FAR, inf("begära")],
        [st("styrelse", "Styrelsen", PERM, "har rätt att", "granska", "granska",
            "förbundets protokoll, avtal och övriga handlingar"),
         st("styrelse", "Styrelsen", PERM, "får", "begära", "begära", "uppgifter")]),
    rec("ratt-2", "1", "Revisorerna granskar räkenskaperna. Under året har revisorerna rätt "
        "att läsa protokoll, beslut och avtal och får därutöver ta del av andra handlingar.",
        [("Revisorerna", "revisor", FTV), ("revisorerna", "revisor", FTV)],
        [pres("granskar", "granska"), pres("har", "ha"), inf("läsa"), FAR, inf("ta")],
        [st("revisor", "Revisorerna", NONE, None, "granska", "granskar", "räkenskaperna"),
         st("revisor", "revisorerna", PERM, "har rätt att", "läsa", "läsa",
            "protokoll, beslut och avtal"),
         st("revisor", "revisorerna", PERM, "får", "ta", "ta", "del av andra handlingar")]),
    rec("ratt-n1", "1", "Nämnden ansvarar för att planeringen av skolor, bibliotek och "
        "sporthallar är samordnad.",
        [("Nämnden", "nämnd", POL)],
        [pres("ansvarar", "ansvara"), pres("är", "vara")],
        [st("nämnd", "Nämnden", RESP, "ansvarar för", "ansvara", "ansvarar",
            "att planeringen av skolor, bibliotek och sporthallar är samordnad")]),
]

if __name__ == "__main__":
    write_jsonl(f"{sys.argv[1]}/w56-g.jsonl", [*RADER, *PARTIER, *RATT])
