"""Builds corpus/dev/w49-b1.jsonl and the documents corpus/dev/w49-b1-*.txt with their gold:
invented material for round 49, writer bs1 (analysis 49-bs cause C1: an organisation's name
given by a naming clause in a shape the naming rules did not take, and its later short
forms). Shapes: coordinated name nouns before the copula (`<Owner>s namn och firma är N`) and
the agent passive on that coordinated subject; a name that opens with a lower-case definite
legal-form or kind compound (`Föreningens firma är bostadsrättsföreningen N`, `stiftelsen N`);
a capitalised adjective or place genitive before a capitalised kind noun and a definition
(`<Adj> Föreningen (nedan Föreningen)`, `<Place>s Nation, nedan kallad Nationen`); a generic
owner (`Organisationens`/`Sammanslutningens namn är N`) whose later short form is the kind
of the name's compound head (round 49 R2). Negatives: a name clause whose owner is no actor
(`Medlemstidningens namn är …`), a predicative after `firma är`, a later kind word that is
another organisation's (`Stiftelsen <Name>`, `Föreningen <Name>`), a generic owner whose
name's head is no kind. Gold by hand from docs/annotation.md §2.1, §2.4 and round 49 R2
before the rules. Offsets computed.
Run: python corpus/make_w49_b1.py corpus/dev"""

import sys

from records import AR, ORG, OVR, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w49-b1", parent="title")
FAR = ("får", "få", "pres", "act")


def title(doc):
    return rec("title", "Stadgar", doc=doc, kind="heading", parent=None)


def text_of(*paragraphs, plain=False):
    """The document: `Stadgar` over one paragraph per sentence, each opened by its `N §`
    label unless `plain` (a sentence that opens with a capitalised name would read as a
    label's heading word)."""
    labelled = ("" if plain else f"{n} § " for n in range(1, len(paragraphs) + 1))
    return "Stadgar\n\n" + "\n\n".join(f"{label}{p}" for label, p in zip(
        labelled, paragraphs, strict=True)) + "\n"


def clauses(doc, sentences, rows, plain=False):
    """`title` and one paragraph clause per sentence with its (actors, verbs, statements),
    labelled `N §` unless `plain`."""
    return [title(doc), *(
        rec(f"§{n}" if not plain else f"p{n}", text, actors, verbs, statements, doc=doc,
            label="" if plain else f"{n} §")
        for n, (text, (actors, verbs, statements)) in enumerate(zip(sentences, rows,
                                                                     strict=True), 1)
    )]


# C1a: coordinated name nouns before the copula, and the agent passive on that subject
D = "w49-b1-fond"
G = "greta holmbergs orgelfond"
FON = ("Stiftelsens namn och firma är Greta Holmbergs Orgelfond.",
       "Stiftelsen ska förvalta donerade medel.",
       "Stiftelsens namn och firma tecknas av styrelsen.",
       "Stiftelsen får äga fastigheter.",
       "Stiftelsen har sitt säte i Norrvalla.",
       "Stiftelsen får lämna bidrag till Stiftelsen Kyrkbackens Vänner.")
FOND = clauses(D, FON, [
    ([("Stiftelsens", G, ORG)], [AR], []),
    ([("Stiftelsen", G, ORG)], [SKA, inf("förvalta")],
     [st(G, "Stiftelsen", "obligation", "ska", "förvalta", "förvalta", "donerade medel")]),
    ([("Stiftelsens", G, ORG), ("styrelsen", "styrelse", POL)],
     [pres("tecknas", "teckna", "pass")],
     [st("styrelse", "styrelsen", "none", None, "teckna", "tecknas",
         "Stiftelsens namn och firma", passive=True)]),
    ([("Stiftelsen", G, ORG)], [FAR, inf("äga")],
     [st(G, "Stiftelsen", "permission", "får", "äga", "äga", "fastigheter")]),
    ([("Stiftelsen", G, ORG)], [pres("har", "ha")],
     [st(G, "Stiftelsen", "none", None, "ha", "har", "sitt säte i Norrvalla")]),
    ([("Stiftelsen", G, ORG), ("Stiftelsen Kyrkbackens Vänner", "stiftelsen kyrkbackens vänner",
                               ORG)],
     [FAR, inf("lämna")],
     [st(G, "Stiftelsen", "permission", "får", "lämna", "lämna",
         "bidrag till Stiftelsen Kyrkbackens Vänner")]),
])

# C1a with `samt`; a name noun clause whose owner is no actor
D = "w49-b1-batklubb"
S = "sjöviks båtklubb"
SAL = ("Klubbens namn samt firma är Sjöviks Båtklubb.",
       "Klubben ska främja båtlivet i skärgården.",
       "Medlemstidningens namn är Sjöviksbladet.",
       "Klubben anordnar kappseglingar.",
       "Klubben får äga båtplatser.",
       "Klubbens styrelse ska förvalta hamnen.")
SALLSKAP = clauses(D, SAL, [
    ([("Klubbens", S, ORG)], [AR], []),
    ([("Klubben", S, ORG)], [SKA, inf("främja")],
     [st(S, "Klubben", "obligation", "ska", "främja", "främja", "båtlivet i skärgården")]),
    ([], [AR], []),
    ([("Klubben", S, ORG)], [pres("anordnar", "anordna")],
     [st(S, "Klubben", "none", None, "anordna", "anordnar", "kappseglingar")]),
    ([("Klubben", S, ORG)], [FAR, inf("äga")],
     [st(S, "Klubben", "permission", "får", "äga", "äga", "båtplatser")]),
    ([("Klubbens", S, ORG), ("styrelse", "styrelse", POL)], [SKA, inf("förvalta")],
     [st("styrelse", "styrelse", "obligation", "ska", "förvalta", "förvalta", "hamnen")]),
])

# C1b: a lower-case definite legal-form compound opens the name
D = "w49-b1-brf"
B = "bostadsrättsföreningen björkhagen"
BRF = ("Föreningens namn är bostadsrättsföreningen Björkhagen.",
       "Föreningen har sitt säte i Tallvik.",
       "Bostadsrättsföreningen ska tillvarata medlemmarnas gemensamma intressen.",
       "Föreningen får upplåta lägenheter med bostadsrätt.",
       "Föreningens styrelse ska föra en lägenhetsförteckning.")
BRFDOC = clauses(D, BRF, [
    ([("Föreningens", B, ORG)], [AR], []),
    ([("Föreningen", B, ORG)], [pres("har", "ha")],
     [st(B, "Föreningen", "none", None, "ha", "har", "sitt säte i Tallvik")]),
    ([("Bostadsrättsföreningen", B, ORG), ("medlemmarnas", "medlem", OVR)], [SKA, inf("tillvarata")],
     [st(B, "Bostadsrättsföreningen", "obligation", "ska", "tillvarata", "tillvarata",
         "medlemmarnas gemensamma intressen")]),
    ([("Föreningen", B, ORG)], [FAR, inf("upplåta")],
     [st(B, "Föreningen", "permission", "får", "upplåta", "upplåta",
         "lägenheter med bostadsrätt")]),
    ([("Föreningens", B, ORG), ("styrelse", "styrelse", POL)], [SKA, inf("föra")],
     [st("styrelse", "styrelse", "obligation", "ska", "föra", "föra",
         "en lägenhetsförteckning")]),
])

# C1b: `stiftelsen N` in lower case after `namn är`
D = "w49-b1-stiftelse"
T = "stiftelsen ljungdalens skolfond"
STI = ("Stiftelsens namn är stiftelsen Ljungdalens Skolfond.",
       "Stiftelsen ska dela ut stipendier.",
       "Stiftelsen får ta emot gåvor.",
       "Stiftelsens styrelse utses av kommunen.",
       "Stiftelsen förvaltas av styrelsen.")
STIFTELSE = clauses(D, STI, [
    ([("Stiftelsens", T, ORG)], [AR], []),
    ([("Stiftelsen", T, ORG)], [SKA, inf("dela")],
     [st(T, "Stiftelsen", "obligation", "ska", "dela", "dela", "ut stipendier")]),
    ([("Stiftelsen", T, ORG)], [FAR, inf("ta")],
     [st(T, "Stiftelsen", "permission", "får", "ta", "ta", "emot gåvor")]),
    ([("Stiftelsens", T, ORG), ("styrelse", "styrelse", POL), ("kommunen", "kommun", ORG)],
     [pres("utses", "utse", "pass")],
     [st("kommun", "kommunen", "none", None, "utse", "utses", "Stiftelsens styrelse",
         passive=True)]),
    ([("Stiftelsen", T, ORG), ("styrelsen", "styrelse", POL)],
     [pres("förvaltas", "förvalta", "pass")],
     [st("styrelse", "styrelsen", "none", None, "förvalta", "förvaltas", "Stiftelsen",
         passive=True)]),
])

# C1c: a capitalised adjective before a capitalised kind noun, `(nedan Föreningen)`
D = "w49-b1-landskap"
V = "jämtländska föreningen"
LAN = ("Jämtländska Föreningen (nedan Föreningen) har sitt säte i Östersund.",
       "Föreningen ska sprida kunskap om fjällkulturen.",
       "Föreningen anordnar utflykter.",
       "Föreningen får uppbära medlemsavgifter.",
       "Föreningen samarbetar med Föreningen Fjällvännerna.")
LANDSKAP = clauses(D, LAN, plain=True, rows=[
    ([("Jämtländska Föreningen", V, ORG)], [pres("har", "ha")],
     [st(V, "Jämtländska Föreningen", "none", None, "ha", "har", "sitt säte i Östersund")]),
    ([("Föreningen", V, ORG)], [SKA, inf("sprida")],
     [st(V, "Föreningen", "obligation", "ska", "sprida", "sprida",
         "kunskap om fjällkulturen")]),
    ([("Föreningen", V, ORG)], [pres("anordnar", "anordna")],
     [st(V, "Föreningen", "none", None, "anordna", "anordnar", "utflykter")]),
    ([("Föreningen", V, ORG)], [FAR, inf("uppbära")],
     [st(V, "Föreningen", "permission", "får", "uppbära", "uppbära", "medlemsavgifter")]),
    ([("Föreningen", V, ORG), ("Föreningen Fjällvännerna", "föreningen fjällvännerna", ORG)],
     [pres("samarbetar", "samarbeta")],
     [st(V, "Föreningen", "none", None, "samarbeta", "samarbetar",
         "med Föreningen Fjällvännerna")]),
])

# C1c: a place genitive before a capitalised `Nation`, `, nedan kallad Nationen,`
D = "w49-b1-nation"
N = "gästriklands nation"
NAT = ("Gästriklands Nation, nedan kallad Nationen, har sitt säte i Uppsala.",
       "Nationen ska verka för gemenskap och bildning.",
       "Nationen får driva en restaurang.",
       "Styrelsen företräder Nationen.",
       "Nationen deltar i studentlivet.")
NATION = clauses(D, NAT, plain=True, rows=[
    ([("Gästriklands Nation", N, ORG)], [pres("har", "ha")],
     [st(N, "Gästriklands Nation", "none", None, "ha", "har", "sitt säte i Uppsala")]),
    ([("Nationen", N, ORG)], [SKA, inf("verka")],
     [st(N, "Nationen", "obligation", "ska", "verka", "verka", "för gemenskap och bildning")]),
    ([("Nationen", N, ORG)], [FAR, inf("driva")],
     [st(N, "Nationen", "permission", "får", "driva", "driva", "en restaurang")]),
    ([("Styrelsen", "styrelse", POL), ("Nationen", N, ORG)],
     [pres("företräder", "företräda")],
     [st("styrelse", "Styrelsen", "none", None, "företräda", "företräder", "Nationen")]),
    ([("Nationen", N, ORG)], [pres("deltar", "delta")],
     [st(N, "Nationen", "none", None, "delta", "deltar", "i studentlivet")]),
])

# C1d (R2): a generic owner; the later short form is the kind of the name's compound head
D = "w49-b1-parti"
P = "bygdepartiet"
PAR = ("Organisationens namn är Bygdepartiet.",
       "Partiet ska verka för en levande landsbygd.",
       "Partiet deltar i allmänna val.",
       "Partiet får äga fastigheter.",
       "Partiets kongress sammanträder vartannat år.")
PARTI = clauses(D, PAR, [
    ([("Organisationens", P, POL)], [AR], []),
    ([("Partiet", P, POL)], [SKA, inf("verka")],
     [st(P, "Partiet", "obligation", "ska", "verka", "verka", "för en levande landsbygd")]),
    ([("Partiet", P, POL)], [pres("deltar", "delta")],
     [st(P, "Partiet", "none", None, "delta", "deltar", "i allmänna val")]),
    ([("Partiet", P, POL)], [FAR, inf("äga")],
     [st(P, "Partiet", "permission", "får", "äga", "äga", "fastigheter")]),
    ([("Partiets", P, POL), ("kongress", "kongress", POL)],
     [pres("sammanträder", "sammanträda")],
     [st("kongress", "kongress", "none", None, "sammanträda", "sammanträder",
         "vartannat år")]),
])

# C1d: `Sammanslutningens namn är <Place> Studentkår`, later `Kåren`, `Studentkåren`
D = "w49-b1-kar"
K = "älvby studentkår"
KAR = ("Sammanslutningens namn är Älvby Studentkår.",
       "Kåren ska bevaka utbildningens kvalitet.",
       "Kåren får driva ett café.",
       "Studentkåren har sitt säte i Älvby.",
       "Kårens firma tecknas av styrelsen.")
KARDOC = clauses(D, KAR, [
    ([("Sammanslutningens", K, ORG)], [AR], []),
    ([("Kåren", K, ORG)], [SKA, inf("bevaka")],
     [st(K, "Kåren", "obligation", "ska", "bevaka", "bevaka", "utbildningens kvalitet")]),
    ([("Kåren", K, ORG)], [FAR, inf("driva")],
     [st(K, "Kåren", "permission", "får", "driva", "driva", "ett café")]),
    ([("Studentkåren", K, ORG)], [pres("har", "ha")],
     [st(K, "Studentkåren", "none", None, "ha", "har", "sitt säte i Älvby")]),
    ([("Kårens", K, ORG), ("styrelsen", "styrelse", POL)],
     [pres("tecknas", "teckna", "pass")],
     [st("styrelse", "styrelsen", "none", None, "teckna", "tecknas", "Kårens firma",
         passive=True)]),
])

# negatives: a predicative after `firma är`, `namn och logotyp` without a copula, and a
# generic owner whose name's head is no kind: the later kind words stay kinds
D = "w49-b1-negativ"
NEG = ("Föreningens firma är registrerad sedan länge.",
       "Föreningens namn och logotyp får användas av medlemmarna.",
       "Föreningen ska främja friluftslivet.",
       "Organisationens namn är Tallvik Konsult.",
       "Partiet ska lämna förslag till styrelsen.")
NEGATIV = clauses(D, NEG, [
    ([("Föreningens", "förening", ORG)], [AR], []),
    ([("Föreningens", "förening", ORG), ("medlemmarna", "medlem", OVR)],
     [FAR, inf("användas", "använda", "pass")],
     [st("medlem", "medlemmarna", "permission", "får", "använda", "användas",
         "Föreningens namn och logotyp", passive=True)]),
    ([("Föreningen", "förening", ORG)], [SKA, inf("främja")],
     [st("förening", "Föreningen", "obligation", "ska", "främja", "främja", "friluftslivet")]),
    ([("Organisationens", "tallvik konsult", ORG)], [AR], []),
    ([("Partiet", "parti", POL), ("styrelsen", "styrelse", POL)],
     [SKA, inf("lämna")],
     [st("parti", "Partiet", "obligation", "ska", "lämna", "lämna",
         "förslag till styrelsen")]),
])

DOCUMENTS = {
    "w49-b1-fond": (text_of(*FON), FOND),
    "w49-b1-batklubb": (text_of(*SAL), SALLSKAP),
    "w49-b1-brf": (text_of(*BRF), BRFDOC),
    "w49-b1-stiftelse": (text_of(*STI), STIFTELSE),
    "w49-b1-landskap": (text_of(*LAN, plain=True), LANDSKAP),
    "w49-b1-nation": (text_of(*NAT, plain=True), NATION),
    "w49-b1-parti": (text_of(*PAR), PARTI),
    "w49-b1-kar": (text_of(*KAR), KARDOC),
    "w49-b1-negativ": (text_of(*NEG), NEGATIV),
}


if __name__ == "__main__":
    write_part(sys.argv[1] if len(sys.argv) > 1 else "corpus/dev", "w49-b1", DOCUMENTS)
