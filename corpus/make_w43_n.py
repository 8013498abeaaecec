"""Builds corpus/dev/w43-n.jsonl: invented material for round 43, writer N (statement causes
from the new-user trial newuser43; gold by hand from docs/annotation.md before the rules):
n1 the present of `föra` and its compounds, which the tagger reads as a supine (`genomför`)
or a preposition (`för`, `inför`, `tillför`), as the V2 verb of a main clause with a
definite subject and no other verb, with the negatives of `för` as a preposition after a
subject before the real verb (an s-passive too) and in a verbless heading; n2 a nominal cue
(`har rätt att`, `har skyldighet att`, `har möjlighet att`) split by an inverted subject
after a fronted adverbial, the subject coordinated or its head read as a supine, with the
negative of a plain `har` + object; n3 a fronted object before `har` and a bare indefinite
actor with a relative clause (`Förslagsrätt har medlem som …`, §5.2: the inverted subject
acts; open when written). Offsets computed.
Run: python corpus/make_w43_n.py corpus/dev"""

import sys
from pathlib import Path

from records import FTV, HAR, OVR, POL, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

D = "w43-n"
rec = records_for(D, conditions_from_statements=True)
RATT = "har rätt att"

SENTENCES = [
    # n1: the present of `föra` compounds read as a supine or a preposition
    rec("n1-1", "Arbetsutskottet genomför uppföljningen av budgeten varje kvartal.",
        [("Arbetsutskottet", "arbetsutskott", POL)],
        [pres("genomför", "genomföra")],
        [st("arbetsutskott", "Arbetsutskottet", "none", None, "genomföra", "genomför",
            "uppföljningen av budgeten varje kvartal")]),
    # (open: the bare `för` is left a preposition by the rule, round 43)
    rec("n1-2", "Sekreteraren för protokoll vid styrelsens sammanträden.",
        [("Sekreteraren", "sekreterare", TJP), ("styrelsens", "styrelse", POL)],
        [pres("för", "föra")],
        [st("sekreterare", "Sekreteraren", "none", None, "föra", "för",
            "protokoll vid styrelsens sammanträden")]),
    rec("n1-3", "Miljönämnden inför en ny avgift för tillsyn.",
        [("Miljönämnden", "miljönämnd", POL)],
        [pres("inför", "införa")],
        [st("miljönämnd", "Miljönämnden", "none", None, "införa", "inför",
            "en ny avgift för tillsyn")]),
    rec("n1-4", "Kommunstyrelsen tillför fonden ett årligt bidrag.",
        [("Kommunstyrelsen", "kommunstyrelse", POL)],
        [pres("tillför", "tillföra")],
        [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "tillföra", "tillför",
            "fonden ett årligt bidrag")]),
    # negatives: `för` a preposition before the real verb; a verbless heading
    rec("n1-n1", "Ordföranden för styrelsen kallar till sammanträde.",
        [("Ordföranden", "styrelsens ordförande", FTV), ("styrelsen", "styrelse", POL)],
        [pres("kallar", "kalla")],
        [st("styrelsens ordförande", "Ordföranden", "none", None, "kalla", "kallar",
            "till sammanträde")]),
    rec("n1-n2", "Ansvaret för protokollet", kind="heading"),
    rec("n1-n3", "Avgiften för tillsynen benämns tillsynsavgift.", [],
        [pres("benämns", "benämna", "pass")]),
    # a label with a stop; a post and its body; bare `för` before a definite noun (attribute)
    rec("n1-n4", "Kostnaderna för tillsynen.", []),
    rec("n1-n5", "Ordföranden för styrelsen.",
        [("Ordföranden", "styrelsens ordförande", FTV), ("styrelsen", "styrelse", POL)]),
    rec("n1-n6", "Sekreteraren för protokollet.", [("Sekreteraren", "sekreterare", TJP)]),
    # n2: an inverted subject inside a nominal cue: coordinated, or its head read as a verb
    rec("n2-1", "Vid en extraordinär händelse har säkerhetschefen rätt att stänga "
        "lokalerna tillfälligt.",
        [("säkerhetschefen", "säkerhetschef", TJP)],
        [HAR, inf("stänga")],
        [st("säkerhetschef", "säkerhetschefen", "permission", RATT, "stänga", "stänga",
            "lokalerna tillfälligt", condition="Vid en extraordinär händelse")]),
    rec("n2-2", "Vid sjukdom har ordföranden och vice ordföranden rätt att fatta beslut i "
        "brådskande ärenden.",
        [("ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV)],
        [HAR, inf("fatta")],
        [st("ordförande", "ordföranden", "permission", RATT, "fatta", "fatta",
            "beslut i brådskande ärenden", condition="Vid sjukdom"),
         st("vice ordförande", "vice ordföranden", "permission", RATT, "fatta", "fatta",
            "beslut i brådskande ärenden", condition="Vid sjukdom")]),
    rec("n2-3", "Under semestern har förvaltningschefen och ekonomichefen skyldighet att "
        "vara nåbara.",
        [("förvaltningschefen", "förvaltningschef", TJP), ("ekonomichefen", "ekonomichef", TJP)],
        [HAR, inf("vara")],
        [st("förvaltningschef", "förvaltningschefen", "obligation", "har skyldighet att",
            "vara", "vara", "nåbara"),
         st("ekonomichef", "ekonomichefen", "obligation", "har skyldighet att", "vara",
            "vara", "nåbara")]),
    rec("n2-4", "Vid behov har utskottet möjlighet att adjungera en tjänsteman.",
        [("utskottet", "utskott", POL), ("tjänsteman", "tjänsteman", TJP)],
        [HAR, inf("adjungera")],
        [st("utskott", "utskottet", "permission", "har möjlighet att", "adjungera",
            "adjungera", "en tjänsteman", condition="Vid behov")]),
    rec("n2-5", "Vid en brand har kommunchefen rätt att stänga skolorna tillfälligt.",
        [("kommunchefen", "kommunchef", TJP)],
        [HAR, inf("stänga")],
        [st("kommunchef", "kommunchefen", "permission", RATT, "stänga", "stänga",
            "skolorna tillfälligt", condition="Vid en brand")]),
    # negative: `har` with its object, no cue noun
    rec("n2-n1", "Vid årsskiftet har kassören och revisorn ett gemensamt möte.",
        [("kassören", "kassör", FTV), ("revisorn", "revisor", FTV)],
        [HAR],
        [st("kassör", "kassören", "none", None, "ha", "har", "ett gemensamt möte",
            condition="Vid årsskiftet"),
         st("revisor", "revisorn", "none", None, "ha", "har", "ett gemensamt möte",
            condition="Vid årsskiftet")]),
    # n3 (open when written): a fronted object before `har`, then a bare indefinite actor with
    # a relative clause: the inverted subject acts (§5.2), the fronted complement is the object
    rec("n3-1", "Förslagsrätt har medlem som har betalat avgiften.",
        [("medlem", "medlem", OVR)],
        [HAR, ("har", "ha", "pres", "act", 1), ("betalat", "betala", "sup", "act", 0)],
        [st("medlem", "medlem", "none", None, "ha", "har", "Förslagsrätt")]),
]

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w43-n.jsonl", SENTENCES)
