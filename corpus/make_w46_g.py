"""Builds corpus/dev/w46-g.jsonl: invented sentences for round 46, writer G (analysis 46-all;
gold by hand from docs/annotation.md before the rules, offsets computed). Rank 3: V2
inversion after a fronted adverbial whose noun the tagger read as an adjective or adverb (a
definite plural after a preposition, ``Mellan mötena``; a time noun after a determiner,
``Varje höst``), with an inverted subject that may open with a genitive; negatives: a
participle attribute after the fronted noun (a passive follows) and a genitive object after a
plain V2 subject. Rank 5: an adverbial prepositional phrase between ``att`` and the
infinitive whose second noun conjunct has an adjective in -a (``vid olyckor eller
extraordinära händelser``): the infinitive after the phrase is the aim; negatives: coordinated
infinitives and an adjective conjunct in an object.
Run: python corpus/make_w46_g.py corpus/dev"""

import sys

from records import EXT, FTV, HAR, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

D = "w46-g"
rec = records_for(D, conditions_from_statements=True, check_texts=True)
FORV = "förvaltningsorganisation"

RECORDS = [
    # rank 3: fronted adverbial, its noun misread; the inverted subject after the verb
    rec("v2-1", "Mellan mötena bereder förbundets presidium ärendena.",
        [("förbundets presidium", "förbundets presidium", POL)],
        [pres("bereder", "bereda")],
        [st("förbundets presidium", "förbundets presidium", "none", None, "bereda", "bereder",
            "ärendena")]),
    rec("v2-2", "Varje höst antar simklubbens styrelse verksamhetsplanen.",
        [("simklubbens", "simklubb", ORG), ("styrelse", "styrelse", POL)],
        [pres("antar", "anta")],
        [st("styrelse", "styrelse", "none", None, "anta", "antar", "verksamhetsplanen")]),
    rec("v2-3", "Varje höst fastställer församlingsrådet budgeten.",
        [("församlingsrådet", "församlingsråd", POL)],
        [pres("fastställer", "fastställa")],
        [st("församlingsråd", "församlingsrådet", "none", None, "fastställa", "fastställer",
            "budgeten")]),
    rec("v2-4", "Varje höst utser valberedningen kandidater.",
        [("valberedningen", "valberedning", POL), ("kandidater", "kandidat", EXT)],
        [pres("utser", "utse")],
        [st("valberedning", "valberedningen", "none", None, "utse", "utser", "kandidater")]),
    # rank 3 negatives: a participle attribute (the passive's agent acts), a genitive object
    rec("v2-n1", "Under mötena förda anteckningar arkiveras av sekreteraren.",
        [("sekreteraren", "sekreterare", TJP)],
        [pres("arkiveras", "arkivera", "pass")],
        [st("sekreterare", "sekreteraren", "none", None, "arkivera", "arkiveras",
            "Under mötena förda anteckningar", passive=True)]),
    rec("v2-n2", "Styrelsen antar förbundets budget.",
        [("Styrelsen", "styrelse", POL), ("förbundets", "förbund", ORG)],
        [pres("antar", "anta")],
        [st("styrelse", "Styrelsen", "none", None, "anta", "antar", "förbundets budget")]),
    # rank 5: an adverbial PP with an adjective conjunct between `att` and the infinitive
    rec("aim-1", "Styrelsen har befogenhet att vid olyckor eller extraordinära händelser "
        "överta nämndernas uppgifter.",
        [("Styrelsen", "styrelse", POL), ("nämndernas", "nämnd", POL)],
        [HAR, inf("överta")],
        [st("styrelse", "Styrelsen", "permission", "har befogenhet att", "överta", "överta",
            "nämndernas uppgifter",
            condition="vid olyckor eller extraordinära händelser")]),
    rec("aim-2", "Kommunen har skyldighet att vid kris eller svåra påfrestningar informera "
        "invånarna.",
        [("Kommunen", "kommun", ORG), ("invånarna", "invånare", EXT)],
        [HAR, inf("informera")],
        [st("kommun", "Kommunen", "obligation", "har skyldighet att", "informera", "informera",
            "invånarna", condition="vid kris eller svåra påfrestningar")]),
    rec("aim-3", "Föreståndaren har rätt att vid olyckor eller akuta avbrott stänga badet.",
        [("Föreståndaren", "föreståndare", TJP)],
        [HAR, inf("stänga")],
        [st("föreståndare", "Föreståndaren", "permission", "har rätt att", "stänga", "stänga",
            "badet", condition="vid olyckor eller akuta avbrott")]),
    # rank 5 negatives: coordinated infinitives; an adjective conjunct inside the object
    rec("aim-n1", "Förvaltningen ska leda och samordna arbetet.",
        [("Förvaltningen", "förvaltning", FORV)],
        [SKA, inf("leda"), inf("samordna")],
        [st("förvaltning", "Förvaltningen", "obligation", "ska", "leda", "leda", "arbetet"),
         st("förvaltning", "Förvaltningen", "obligation", "ska", "samordna", "samordna",
            "arbetet")]),
    rec("aim-n2", "Nämnden ska besluta om riktlinjer och ekonomiska ramar.",
        [("Nämnden", "nämnd", POL)],
        [SKA, inf("besluta")],
        [st("nämnd", "Nämnden", "obligation", "ska", "besluta", "besluta",
            "om riktlinjer och ekonomiska ramar")]),
    # rank 11: `alternativt` (read as an adjective) joins two subjects like `eller`
    rec("alt-1", "Kassören alternativt sekreteraren ska föra medlemsregistret.",
        [("Kassören", "kassör", FTV), ("sekreteraren", "sekreterare", TJP)],
        [SKA, inf("föra")],
        [st("kassör", "Kassören", "obligation", "ska", "föra", "föra", "medlemsregistret"),
         st("sekreterare", "sekreteraren", "obligation", "ska", "föra", "föra",
            "medlemsregistret")]),
    rec("alt-2", "Kansliet alternativt nämndsekreteraren ansvarar för protokollet.",
        [("Kansliet", "kansli", FORV), ("nämndsekreteraren", "nämndsekreterare", TJP)],
        [pres("ansvarar", "ansvara")],
        [st("kansli", "Kansliet", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för protokollet"),
         st("nämndsekreterare", "nämndsekreteraren", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "för protokollet")]),
    rec("alt-3", "Rektorn alternativt biträdande rektor ska underrätta huvudmannen.",
        [("Rektorn", "rektor", TJP), ("biträdande rektor", "biträdande rektor", TJP),
         ("huvudmannen", "huvudman", EXT)],
        [SKA, inf("underrätta")],
        [st("rektor", "Rektorn", "obligation", "ska", "underrätta", "underrätta",
            "huvudmannen"),
         st("biträdande rektor", "biträdande rektor", "obligation", "ska", "underrätta",
            "underrätta", "huvudmannen")]),
    # rank 11 negative: `och` between adjectives still joins attributes of one noun
    rec("alt-n1", "Regionala och nationella myndigheter yttrar sig.",
        [("myndigheter", "myndighet", EXT)],
        [pres("yttrar", "yttra")],
        [st("myndighet", "myndigheter", "none", None, "yttra", "yttrar", "sig")]),
]

# rank 14 (confirmed, no rule needed): in a whole document the title's body compound is the
# referent of a bare `Styrelsen`; a company's bolagsordning keeps `styrelse` (negative)
KS = "w46-g-reglemente"
KS_TITLE = "Reglemente för kommunstyrelsen i Lövsta kommun"
KS_1 = "Kommunstyrelsen har ledningen över kommunens förvaltning."
KS_2 = "Styrelsen ska följa upp nämndernas verksamhet."
KS_RECORDS = [
    rec("title", KS_TITLE, [("kommunstyrelsen", "kommunstyrelse", POL),
                            ("Lövsta kommun", "lövsta kommun", ORG)], doc=KS, kind="heading"),
    rec("1", KS_1,
        [("Kommunstyrelsen", "kommunstyrelse", POL), ("kommunens", "lövsta kommun", ORG),
         ("förvaltning", "förvaltning", FORV)],
        [pres("har", "ha")],
        [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "ha", "har",
            "ledningen över kommunens förvaltning")], doc=KS),
    rec("2", KS_2, [("Styrelsen", "kommunstyrelse", POL), ("nämndernas", "nämnd", POL)],
        [SKA, inf("följa")],
        [st("kommunstyrelse", "Styrelsen", "obligation", "ska", "följa", "följa",
            "upp nämndernas verksamhet")], doc=KS),
]
BO = "w46-g-bolagsordning"
BO_TITLE = "Bolagsordning för Lövsta Fjärrvärme AB"
BO_1 = "Styrelsen ska upprätta en årsredovisning."
BO_RECORDS = [
    rec("title", BO_TITLE, [("Lövsta Fjärrvärme AB", "lövsta fjärrvärme ab", ORG)], doc=BO,
        kind="heading"),
    rec("1", BO_1, [("Styrelsen", "styrelse", POL)], [SKA, inf("upprätta")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "upprätta", "upprätta",
            "en årsredovisning")], doc=BO),
]
DOCUMENTS = {
    KS: (f"{KS_TITLE}\n\n{KS_1}\n\n{KS_2}\n", KS_RECORDS),
    BO: (f"{BO_TITLE}\n\n{BO_1}\n", BO_RECORDS),
}

if __name__ == "__main__":
    write_part(sys.argv[1], D, DOCUMENTS, before=RECORDS)
