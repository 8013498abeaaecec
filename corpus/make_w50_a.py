"""Builds corpus/dev/w50-a.jsonl: invented sentences for round 50, writer w50a (analysis 50-bt
G4 and G5, analysis 50-bu C2). G4: a body's genitive, then a numeral (digits or a number word)
and an optional indeclinable adjective before its owned role keeps its owner, one span from
the genitive, the numeral and the adjective out of the canonical (§2.2, §2.3 round 47:
`föreningsstyrelsens ordinarie ledamöter`); a coordinated bare role takes no owner. G5: a
suspended compound series of three or four gap-hyphen first parts (`,` between, `och`/`samt`
before the last) is one span and canonical, each prefix included, as the two-member ones are,
also before a genitive chair. C2: a `-ledning` compound whose first part names an
organisation, an agency or a body/unit of the lexicon (`högskole-`, `myndighets-`, `verks-`,
`fakultets-`, `institutions-`, `universitets-`) is that organisation's management, a body
(§2.1 round 23). Negatives: a numeral without a genitive, a genitive organisation before a
numeral and a body noun (two spans), gap-hyphen series before a no-actor noun, a body list
with one two-member compound, `-ledning` compounds of activities (`projekt-`, `process-`,
`produktions-`). Each sentence its own document (no resolution between them). Gold by hand
from docs/annotation.md §2.1–§2.3 and the round 50 rulings before any run. Offsets computed.
Run: python corpus/make_w50_a.py corpus/dev"""

import sys
from pathlib import Path

from records import FAR, FORV, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

OB, PE, NONE = "obligation", "permission", "none"


def rec(doc, *args):
    return records_for(f"w50-a-{doc}", check_texts=True)("1", *args)


RECORDS = [
    # G4: a genitive owner, a numeral (and an adjective), an owned role
    rec("g4-1", "Nämndens elva ordinarie ledamöter sammanträder en gång i månaden.",
        [("Nämndens elva ordinarie ledamöter", "nämndens ledamot", FTV)],
        [pres("sammanträder", "sammanträda")],
        [st("nämndens ledamot", "Nämndens elva ordinarie ledamöter", NONE, None,
            "sammanträda", "sammanträder", "en gång i månaden")]),
    rec("g4-2", "Direktionens 9 ledamöter ska delta i utbildningen om offentlighet och sekretess.",
        [("Direktionens 9 ledamöter", "direktionens ledamot", FTV)], [SKA, inf("delta")],
        [st("direktionens ledamot", "Direktionens 9 ledamöter", OB, "ska", "delta", "delta",
            "i utbildningen om offentlighet och sekretess")]),
    rec("g4-3", "Styrelsens två vice ordförande ska förbereda budgetarbetet.",
        [("Styrelsens två vice ordförande", "styrelsens vice ordförande", FTV)],
        [SKA, inf("förbereda")],
        [st("styrelsens vice ordförande", "Styrelsens två vice ordförande", OB, "ska",
            "förbereda", "förbereda", "budgetarbetet")]),
    rec("g4-4", "Utskottets fem ledamöter och tre ersättare sammanträder varje vecka.",
        [("Utskottets fem ledamöter", "utskottets ledamot", FTV),
         ("ersättare", "ersättare", FTV)],
        [pres("sammanträder", "sammanträda")],
        [st("utskottets ledamot", "Utskottets fem ledamöter", NONE, None, "sammanträda",
            "sammanträder", "varje vecka"),
         st("ersättare", "ersättare", NONE, None, "sammanträda", "sammanträder",
            "varje vecka")]),
    # negatives: no genitive; an organisation's genitive before a body noun
    rec("g4-n1", "Nämnden har 15 ledamöter.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV)], [pres("har", "ha")],
        [st("nämnd", "Nämnden", NONE, None, "ha", "har", "15 ledamöter")]),
    rec("g4-n2", "Kommunens sju nämnder sammanträder varje månad.",
        [("Kommunens", "kommun", ORG), ("nämnder", "nämnd", POL)],
        [pres("sammanträder", "sammanträda")],
        [st("nämnd", "nämnder", NONE, None, "sammanträda", "sammanträder", "varje månad")]),
    # G5: a suspended compound series of three or four members
    rec("g5-1", "Teater-, musik- och biblioteksnämnden sammanträder på torsdagar.",
        [("Teater-, musik- och biblioteksnämnden", "teater-, musik- och biblioteksnämnd", POL)],
        [pres("sammanträder", "sammanträda")],
        [st("teater-, musik- och biblioteksnämnd", "Teater-, musik- och biblioteksnämnden",
            NONE, None, "sammanträda", "sammanträder", "på torsdagar")]),
    rec("g5-2", "Gatu-, park-, trafik- och hamnnämnden ska lämna ett yttrande över planen.",
        [("Gatu-, park-, trafik- och hamnnämnden", "gatu-, park-, trafik- och hamnnämnd", POL)],
        [SKA, inf("lämna")],
        [st("gatu-, park-, trafik- och hamnnämnd", "Gatu-, park-, trafik- och hamnnämnden",
            OB, "ska", "lämna", "lämna", "ett yttrande över planen")]),
    rec("g5-3", "Vatten-, avlopps- samt avfallsbolaget får ta ut avgifter av kunderna.",
        [("Vatten-, avlopps- samt avfallsbolaget", "vatten-, avlopps- samt avfallsbolag", ORG),
         ("kunderna", "kund", "extern")],
        [FAR, inf("ta")],
        [st("vatten-, avlopps- samt avfallsbolag", "Vatten-, avlopps- samt avfallsbolaget",
            PE, "får", "ta", "ta", "ut avgifter av kunderna")]),
    rec("g5-4", "Mark-, plan- och byggnämndens ordförande kallar till sammanträde.",
        [("Mark-, plan- och byggnämndens ordförande",
          "mark-, plan- och byggnämndens ordförande", FTV)],
        [pres("kallar", "kalla")],
        [st("mark-, plan- och byggnämndens ordförande",
            "Mark-, plan- och byggnämndens ordförande", NONE, None, "kalla", "kallar",
            "till sammanträde")]),
    # negatives: a series before a no-actor noun; a body list with one two-member compound
    rec("g5-n1", "Förvaltningen handlägger ansökningar om schakt-, grävnings- och bygglov.",
        [("Förvaltningen", "förvaltning", FORV)], [pres("handlägger", "handlägga")],
        [st("förvaltning", "Förvaltningen", NONE, None, "handlägga", "handlägger",
            "ansökningar om schakt-, grävnings- och bygglov")]),
    rec("g5-n2", "Kommunstyrelsen, vård- och omsorgsnämnden och revisorerna ska få rapporten.",
        [("Kommunstyrelsen", "kommunstyrelse", POL),
         ("vård- och omsorgsnämnden", "vård- och omsorgsnämnd", POL),
         ("revisorerna", "revisor", FTV)],
        [SKA, inf("få")],
        [st("kommunstyrelse", "Kommunstyrelsen", OB, "ska", "få", "få", "rapporten"),
         st("vård- och omsorgsnämnd", "vård- och omsorgsnämnden", OB, "ska", "få", "få",
            "rapporten"),
         st("revisor", "revisorerna", OB, "ska", "få", "få", "rapporten")]),
    # C2: a -ledning compound over an organisation, agency or unit noun
    rec("c2-1", "Högskoleledningen sammanträder varannan vecka under terminerna.",
        [("Högskoleledningen", "högskoleledning", FORV)],
        [pres("sammanträder", "sammanträda")],
        [st("högskoleledning", "Högskoleledningen", NONE, None, "sammanträda", "sammanträder",
            "varannan vecka under terminerna")]),
    rec("c2-2", "Myndighetsledningen ska informera personalen om beslutet.",
        [("Myndighetsledningen", "myndighetsledning", FORV), ("personalen", "personal", TJP)],
        [SKA, inf("informera")],
        [st("myndighetsledning", "Myndighetsledningen", OB, "ska", "informera", "informera",
            "personalen om beslutet")]),
    rec("c2-3", "Fakultetsledningen och institutionsledningen planerar utbildningen tillsammans.",
        [("Fakultetsledningen", "fakultetsledning", FORV),
         ("institutionsledningen", "institutionsledning", FORV)],
        [pres("planerar", "planera")],
        [st("fakultetsledning", "Fakultetsledningen", NONE, None, "planera", "planerar",
            "utbildningen tillsammans"),
         st("institutionsledning", "institutionsledningen", NONE, None, "planera", "planerar",
            "utbildningen tillsammans")]),
    rec("c2-4", "Verksledningen får besluta om lokalernas användning.",
        [("Verksledningen", "verksledning", FORV)], [FAR, inf("besluta")],
        [st("verksledning", "Verksledningen", PE, "får", "besluta", "besluta",
            "om lokalernas användning")]),
    rec("c2-5", "Ärendet bereds av universitetsledningen.",
        [("universitetsledningen", "universitetsledning", FORV)],
        [pres("bereds", "bereda", "pass")],
        [st("universitetsledning", "universitetsledningen", NONE, None, "bereda", "bereds",
            "Ärendet", passive=True)]),
    # negatives: the first part is an activity
    rec("c2-n1", "Förvaltningen erbjuder kurser i projektledning och processledning.",
        [("Förvaltningen", "förvaltning", FORV)], [pres("erbjuder", "erbjuda")],
        [st("förvaltning", "Förvaltningen", NONE, None, "erbjuda", "erbjuder",
            "kurser i projektledning och processledning")]),
    rec("c2-n2", "Avdelningen arbetar med produktionsledning och kvalitet.",
        [("Avdelningen", "avdelning", FORV)], [pres("arbetar", "arbeta")],
        [st("avdelning", "Avdelningen", NONE, None, "arbeta", "arbetar",
            "med produktionsledning och kvalitet")]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w50-a.jsonl", RECORDS)
