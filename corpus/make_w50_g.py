"""Builds corpus/dev/w50-g.jsonl and the page corpus/dev/w50-g-forbund.txt with its gold:
invented material for round 50, writer g (analysis 50-bw G6, G5, G1, G7 and ruling R2: running
prose of a kommunalförbund's web page, one blank-line paragraph a sentence). A late subject list
after a presentational verb whose first member carries a PP attribute or a bracket (`I X ingår
fem ledamöter från …, en … och två …`, `I Y sitter två tjänstemän från … (samt en …), …`): every
member a subject; a negative list of non-actor nouns. A supine after an inverted subject and an
adverb (`Vid … har direktionen godkänt …`, `Under … har nämnden även antagit …`) and a negative
with a determiner before the participle (`har styrelsen ett utökat mandat`). `och/samt` + a
present tense of a particle verb (`samt genomför`, `och utför`) and a negative `och inför <NP>`
(the preposition). A bare indefinite body noun before an identifying copula and a genitive
body noun (`Direktion är förbundets styrelse och utses av …`). Ruling R2: `regleras i`,
`beskrivs närmare i`, `anges i`, `framgår av` with an actor subject (no statement), a negative
`regleras av <actor>` (agent: a statement). Gold by hand from docs/annotation.md §5.1–§5.3 and
the round 50 rulings before the rules. Offsets computed.
Run: python corpus/make_w50_g.py corpus/dev"""

import sys

from records import (
    AR,
    EXT,
    FORV,
    FTV,
    HAR,
    ORG,
    OVR,
    POL,
    TJP,
    blocks_text,
    pres,
    records_for,
    write_part,
)
from records import statement as st

D = "w50-g-forbund"
rec = records_for(D, check_texts=True)


def sup(word, lemma, voice="act", nth=0):
    """A supine VERB tuple."""
    return (word, lemma, "sup", voice, nth)


P6A = ("I direktionen ingår fem ledamöter från medlemskommunerna, en representant för "
       "näringslivet och två ersättare.")
P6B = ("I beredningsgruppen sitter två tjänstemän från förvaltningen (samt en sekreterare), "
       "en revisor och ordföranden.")
P6N = "I uppdraget ingår fyra sammanträden per år, en rapport till direktionen och en studieresa."
P5A = "Vid sammanträdet i mars har direktionen godkänt förbundets årsredovisning."
P5B = "Under våren har nämnden även antagit en ny avfallsplan."
P5N = "Efter omorganisationen har förbundsdirektören ett utökat mandat."
P1A = "Kansliet bereder ärendena samt genomför uppföljningen."
P1B = "Förvaltningen sammanställer förslagen och utför kontrollerna."
P1N = "Ordföranden leder mötet och inför omröstningen läses förslaget upp."
P7 = "Direktion är förbundets styrelse och utses av förbundsfullmäktige."
P2A = "Valberedningen beskrivs närmare i arbetsordningen."
P2B = "Revisorerna i förbundet regleras i kommunallagen."
P2C = "Förbundsdirektörens uppgifter anges i delegationsordningen."
P2N = "Taxan regleras av direktionen varje år."

DIR = "direktion"
RECORDS = [
    rec("1", P6A, [("direktionen", DIR, POL), ("ledamöter", "ledamot", FTV),
                   ("medlemskommunerna", "medlemskommun", ORG),
                   ("representant", "representant", OVR), ("näringslivet", "näringsliv", EXT),
                   ("ersättare", "ersättare", FTV)],
        [pres("ingår", "ingå")],
        [st("ledamot", "ledamöter", "none", None, "ingå", "ingår"),
         st("representant", "representant", "none", None, "ingå", "ingår"),
         st("ersättare", "ersättare", "none", None, "ingå", "ingår")]),
    rec("2", P6B, [("beredningsgruppen", "beredningsgrupp", FORV),
                   ("tjänstemän", "tjänsteman", TJP), ("förvaltningen", "förvaltning", FORV),
                   ("sekreterare", "sekreterare", TJP),
                   ("revisor", "revisor", FTV), ("ordföranden", "ordförande", FTV)],
        [pres("sitter", "sitta")],
        [st("tjänsteman", "tjänstemän", "none", None, "sitta", "sitter"),
         st("sekreterare", "sekreterare", "none", None, "sitta", "sitter"),
         st("revisor", "revisor", "none", None, "sitta", "sitter"),
         st("ordförande", "ordföranden", "none", None, "sitta", "sitter")]),
    rec("3", P6N, [("direktionen", DIR, POL)], [pres("ingår", "ingå")]),
    rec("4", P5A, [("direktionen", DIR, POL), ("förbundets", "förbund", ORG)],
        [HAR, sup("godkänt", "godkänna")],
        [st(DIR, "direktionen", "none", None, "godkänna", "godkänt",
            "förbundets årsredovisning")]),
    rec("5", P5B, [("nämnden", "nämnd", POL)], [HAR, sup("antagit", "anta")],
        [st("nämnd", "nämnden", "none", None, "anta", "antagit", "en ny avfallsplan")]),
    rec("6", P5N, [("förbundsdirektören", "förbundsdirektör", TJP)], [HAR],
        [st("förbundsdirektör", "förbundsdirektören", "none", None, "ha", "har",
            "ett utökat mandat")]),
    rec("7", P1A, [("Kansliet", "kansli", FORV)],
        [pres("bereder", "bereda"), pres("genomför", "genomföra")],
        [st("kansli", "Kansliet", "none", None, "bereda", "bereder", "ärendena"),
         st("kansli", "Kansliet", "none", None, "genomföra", "genomför", "uppföljningen")]),
    rec("8", P1B, [("Förvaltningen", "förvaltning", FORV)],
        [pres("sammanställer", "sammanställa"), pres("utför", "utföra")],
        [st("förvaltning", "Förvaltningen", "none", None, "sammanställa", "sammanställer",
            "förslagen"),
         st("förvaltning", "Förvaltningen", "none", None, "utföra", "utför", "kontrollerna")]),
    rec("9", P1N, [("Ordföranden", "ordförande", FTV)],
        [pres("leder", "leda"), pres("läses", "läsa", "pass")],
        [st("ordförande", "Ordföranden", "none", None, "leda", "leder", "mötet")]),
    rec("10", P7, [("Direktion", DIR, POL), ("förbundets", "förbund", ORG),
                   ("förbundsfullmäktige", "förbundsfullmäktige", POL)],
        [AR, pres("utses", "utse", "pass")],
        [st(DIR, "Direktion", "none", None, "vara", "är", "förbundets styrelse"),
         st("förbundsfullmäktige", "förbundsfullmäktige", "none", None, "utse", "utses",
            "Direktion", passive=True)]),
    rec("11", P2A, [("Valberedningen", "valberedning", POL)],
        [pres("beskrivs", "beskriva", "pass")]),
    rec("12", P2B, [("Revisorerna", "revisor", FTV), ("förbundet", "förbund", ORG)],
        [pres("regleras", "reglera", "pass")]),
    rec("13", P2C, [("Förbundsdirektörens", "förbundsdirektör", TJP)],
        [pres("anges", "ange", "pass")]),
    rec("14", P2N, [("direktionen", DIR, POL)], [pres("regleras", "reglera", "pass")],
        [st(DIR, "direktionen", "none", None, "reglera", "regleras", "Taxan", passive=True)]),
]

DOCUMENTS = {D: (blocks_text(RECORDS), RECORDS)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w50-g", DOCUMENTS)
