"""Builds corpus/dev/w49-b3.jsonl: invented sentences for round 49, writer bs3 (follow-ups of
ruling R1, analysis 49-bs C2, and of R6). A name adjective before a neuter body head agrees in
gender in the canonical (indefinite singular: `Centrala representantskapet` → `centralt
representantskap`, also heads whose gender only the lexicon's declension tells: `kollegium`,
`forum`, `styre`; a participle in -ad takes -at: `överordnat organ`), in the definite plural
and the genitive chain too; the strong `centralt` before an adjective or participle is an
adverb (`Centralt tillförordnad ordförande`), and before an indefinite head a description
(`utser centralt utskott`), never part of a span; a bare indefinite officer noun as subject is
an actor (`Kurator ska …`), as the object of a service it is none (`tillgång till kurator`).
Negatives beside each. Gold by hand from docs/annotation.md §2.2, §2.5 and round 49 (R1, R6)
before any run. Offsets computed.
Run: python corpus/make_w49_b3.py corpus/dev"""

import sys
from pathlib import Path

from records import FAR, FTV, OVR, POL, SKA, inf, pres, records_for
from records import statement as st
from records import write_jsonl

OB, PE = "obligation", "permission"
ORG = "organisation"
rec = records_for("w49-b3", check_texts=True)

RECORDS = [
    # R1 follow-up: a name adjective before a neuter head agrees (indefinite singular, -t)
    rec("g-1", "Centrala representantskapet sammanträder två gånger om året.",
        [("Centrala representantskapet", "centralt representantskap", OVR)],
        [pres("sammanträder", "sammanträda")],
        [st("centralt representantskap", "Centrala representantskapet", "none", None,
            "sammanträda", "sammanträder", "två gånger om året")]),
    rec("g-2", "Centrala kollegiet får fastställa sin egen arbetsordning.",
        [("Centrala kollegiet", "centralt kollegium", POL)], [FAR, inf("fastställa")],
        [st("centralt kollegium", "Centrala kollegiet", PE, "får", "fastställa", "fastställa",
            "sin egen arbetsordning")]),
    rec("g-3", "Regionala forumet ska lämna ett yttrande senast i maj.",
        [("Regionala forumet", "regionalt forum", POL)], [SKA, inf("lämna")],
        [st("regionalt forum", "Regionala forumet", OB, "ska", "lämna", "lämna",
            "ett yttrande senast i maj")]),
    rec("g-4", "Centrala styret beslutar om förbundets budget.",
        [("Centrala styret", "centralt styre", POL), ("förbundets", "förbund", ORG)],
        [pres("beslutar", "besluta")],
        [st("centralt styre", "Centrala styret", "none", None, "besluta", "beslutar",
            "om förbundets budget")]),
    # a participle in -ad: the neuter in -at
    rec("g-5", "Överordnade organet prövar överklagandet.",
        [("Överordnade organet", "överordnat organ", POL)], [pres("prövar", "pröva")],
        [st("överordnat organ", "Överordnade organet", "none", None, "pröva", "prövar",
            "överklagandet")]),
    # the definite plural and the genitive chain
    rec("g-6", "Centrala utskotten ska samverka med förbundsstyrelsen.",
        [("Centrala utskotten", "centralt utskott", POL),
         ("förbundsstyrelsen", "förbundsstyrelse", POL)], [SKA, inf("samverka")],
        [st("centralt utskott", "Centrala utskotten", OB, "ska", "samverka", "samverka",
            "med förbundsstyrelsen")]),
    rec("g-7", "Centrala kollegiets sekreterare ska föra protokoll.",
        [("Centrala kollegiets sekreterare", "centrala kollegiets sekreterare", FTV)],
        [SKA, inf("föra")],
        [st("centrala kollegiets sekreterare", "Centrala kollegiets sekreterare", OB, "ska",
            "föra", "föra", "protokoll")]),
    # the strong `centralt` before an adjective/participle is an adverb
    rec("s-n1", "Centralt tillförordnad ordförande leder arbetet.",
        [("tillförordnad ordförande", "tillförordnad ordförande", FTV)],
        [pres("leder", "leda")],
        [st("tillförordnad ordförande", "tillförordnad ordförande", "none", None, "leda",
            "leder", "arbetet")]),
    rec("s-n2", "Centralt ansvarig chef ska rapportera till förbundsstyrelsen.",
        [("chef", "chef", "tjänsteperson"), ("förbundsstyrelsen", "förbundsstyrelse", POL)],
        [SKA, inf("rapportera")],
        [st("chef", "chef", OB, "ska", "rapportera", "rapportera", "till förbundsstyrelsen")]),
    # before an indefinite head the strong form describes (§2.2)
    rec("s-n3", "Stämman utser centralt utskott för två år.",
        [("Stämman", "stämma", POL), ("utskott", "utskott", POL)], [pres("utser", "utse")],
        [st("stämma", "Stämman", "none", None, "utse", "utser", "centralt utskott för två år")]),
    # R6: a bare indefinite officer noun as subject
    rec("r6-1", "Kurator ska kalla till sammanträde.",
        [("Kurator", "kurator", FTV)], [SKA, inf("kalla")],
        [st("kurator", "Kurator", OB, "ska", "kalla", "kalla", "till sammanträde")]),
    rec("r6-2", "Sittande kassör och sekreterare ska lämna en rapport till årsmötet.",
        [("kassör", "kassör", FTV), ("sekreterare", "sekreterare", FTV),
         ("årsmötet", "årsmöte", OVR)], [SKA, inf("lämna")],
        [st("kassör", "kassör", OB, "ska", "lämna", "lämna", "en rapport till årsmötet"),
         st("sekreterare", "sekreterare", OB, "ska", "lämna", "lämna",
            "en rapport till årsmötet")]),
    rec("r6-3", "Klubbmästare får boka lokalen för nationens fester.",
        [("Klubbmästare", "klubbmästare", FTV), ("nationens", "nation", ORG)],
        [FAR, inf("boka")],
        [st("klubbmästare", "Klubbmästare", PE, "får", "boka", "boka",
            "lokalen för nationens fester")]),
    # the object of a service: no actor
    rec("r6-n1", "Medlemmarna har tillgång till kurator under terminen.",
        [("Medlemmarna", "medlem", OVR)], [pres("har", "ha")],
        [st("medlem", "Medlemmarna", "none", None, "ha", "har",
            "tillgång till kurator under terminen")]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w49-b3.jsonl", RECORDS)
