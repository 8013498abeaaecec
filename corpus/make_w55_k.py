"""Builds corpus/dev/w55-k.jsonl: invented sentences for round 55, writer w55k (notes gen55
§5 C–F; rulings t12, t13, t14). Each construction in the parser's wrong shapes and in other
contexts (a fronted adverbial, a second clause after a comma, the 2nd/3rd sentence of a
paragraph). C: `<Actor>, som <relative clause>, <V1> och <V2>` with a noun/verb homograph V1
(`leder`, `för`, `driver`, `styr`, `bär`): the finite after the insertion's closing comma is
the main verb; negative: a relative clause on the object. D (t12): press-style speech, a dash
line or an unquoted `…, säger/menar/berättar X`: nothing said is a statement, the speech verb
takes the actor after it; negatives: `, svarar för … och säger upp` (a predicate series), a
statute's `, skriver kommunallagen`. E (t14): role + `är` + personal name with an owner's
genitive, `vice`, and after a comma or `och`: no statement; negative: the owner + role as the
subject of another verb. F (t13): `allians` compounds as a coalition; local party names in a
series. Gold by hand from docs/annotation.md. Offsets computed.
Run: python corpus/make_w55_k.py corpus/dev"""

import sys

from records import (
    AR,
    FORV,
    FTV,
    ORG,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

NONE, OB = "none", "obligation"


def rec(doc, *args, **kwargs):
    return records_for(f"w55-k-{doc}", check_texts=True)("1", *args, **kwargs)


def past(word, lemma, voice="act", nth=0):
    """A preterite VERB tuple."""
    return (word, lemma, "past", voice, nth)


SENTENCES = [
    # C: the finite after an opening relative insertion is the main verb
    rec("rel-1", "Utskottet, som består av fem ledamöter, leder och fördelar arbetet inom "
        "förvaltningen.",
        [("Utskottet", "utskott", POL), ("ledamöter", "ledamot", FTV),
         ("förvaltningen", "förvaltning", FORV)],
        [pres("består", "bestå"), pres("leder", "leda"), pres("fördelar", "fördela")],
        [st("utskott", "Utskottet", NONE, None, "leda", "leder", "arbetet inom förvaltningen"),
         st("utskott", "Utskottet", NONE, None, "fördela", "fördelar",
            "arbetet inom förvaltningen")]),
    rec("rel-2", "Nämnden, som har elva ledamöter, för register och bär kostnaderna för arkivet.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV)],
        [pres("har", "ha"), pres("för", "föra"), pres("bär", "bära")],
        [st("nämnd", "Nämnden", NONE, None, "föra", "för", "register"),
         st("nämnd", "Nämnden", NONE, None, "bära", "bär", "kostnaderna för arkivet")]),
    rec("rel-3", "Nämnden sammanträder varje månad. Ordföranden leder sammanträdena. "
        "Beredningen, som har sju ledamöter, styr och samordnar arbetet med budgeten.",
        [("Nämnden", "nämnd", POL), ("Ordföranden", "ordförande", FTV),
         ("Beredningen", "beredning", POL), ("ledamöter", "ledamot", FTV)],
        [pres("sammanträder", "sammanträda"), pres("leder", "leda"), pres("har", "ha"),
         pres("styr", "styra"), pres("samordnar", "samordna")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "varje månad"),
         st("ordförande", "Ordföranden", NONE, None, "leda", "leder", "sammanträdena"),
         st("beredning", "Beredningen", NONE, None, "styra", "styr", "arbetet med budgeten"),
         st("beredning", "Beredningen", NONE, None, "samordna", "samordnar",
            "arbetet med budgeten")]),
    rec("rel-4", "Förvaltningen, som har fyra avdelningar, leder och ansvarar för "
        "genomförandet.",
        [("Förvaltningen", "förvaltning", FORV), ("avdelningar", "avdelning", FORV)],
        [pres("har", "ha"), pres("leder", "leda"), pres("ansvarar", "ansvara")],
        [st("förvaltning", "Förvaltningen", NONE, None, "leda", "leder"),
         st("förvaltning", "Förvaltningen", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "genomförandet")]),
    rec("rel-5", "Bolaget, som ägs av kommunen, driver fjärrvärmenätet och bär kostnaderna "
        "för underhållet.",
        [("Bolaget", "bolag", ORG), ("kommunen", "kommun", ORG)],
        [pres("ägs", "äga", "pass"), pres("driver", "driva"), pres("bär", "bära")],
        [st("bolag", "Bolaget", NONE, None, "driva", "driver", "fjärrvärmenätet"),
         st("bolag", "Bolaget", NONE, None, "bära", "bär", "kostnaderna för underhållet")]),
    # negative: the relative clause on the object states nothing
    rec("rel-n1", "Styrelsen väljer två ombud, som leder och fördelar arbetet.",
        [("Styrelsen", "styrelse", POL), ("ombud", "ombud", FTV)],
        [pres("väljer", "välja"), pres("leder", "leda"), pres("fördelar", "fördela")],
        [st("styrelse", "Styrelsen", NONE, None, "välja", "väljer", "två ombud")]),
    # D: press-style speech
    rec("tal-1", "Handläggningen tar för lång tid. – Vi ska korta handläggningstiderna, säger "
        "nämndens ordförande.",
        [("nämndens ordförande", "nämndens ordförande", FTV)],
        [pres("tar", "ta"), SKA, inf("korta"), pres("säger", "säga")],
        [st("nämndens ordförande", "nämndens ordförande", NONE, None, "säga", "säger")]),
    rec("tal-2", "Nämnden ska fatta beslut om taxan före sommaren, säger kommunstyrelsens "
        "ordförande Eva Lund.",
        [("Nämnden", "nämnd", POL),
         ("kommunstyrelsens ordförande", "kommunstyrelsens ordförande", FTV)],
        [SKA, inf("fatta"), pres("säger", "säga")],
        [st("kommunstyrelsens ordförande", "kommunstyrelsens ordförande", NONE, None, "säga",
            "säger")]),
    rec("tal-3", "Skolorna blir bättre, menar barn- och utbildningsnämndens ordförande.",
        [("barn- och utbildningsnämndens ordförande",
          "barn- och utbildningsnämndens ordförande", FTV)],
        [pres("blir", "bli"), pres("menar", "mena")],
        [st("barn- och utbildningsnämndens ordförande",
            "barn- och utbildningsnämndens ordförande", NONE, None, "mena", "menar")]),
    rec("tal-4", "Arbetet har gått bra i år. – Förvaltningen har anställt fler handläggare, "
        "berättar förvaltningschefen.",
        [("Förvaltningen", "förvaltning", FORV), ("handläggare", "handläggare", TJP),
         ("förvaltningschefen", "förvaltningschef", TJP)],
        [pres("har", "ha"), ("gått", "gå", "sup", "act", 0), pres("har", "ha", nth=1),
         ("anställt", "anställa", "sup", "act", 0), pres("berättar", "berätta")],
        [st("förvaltningschef", "förvaltningschefen", NONE, None, "berätta", "berättar")]),
    # negatives: a predicate series with `, svarar för` / `säger upp`; a statute's words
    rec("tal-n1", "Förvaltningen bereder ärendena, svarar för registret och säger upp avtal.",
        [("Förvaltningen", "förvaltning", FORV)],
        [pres("bereder", "bereda"), pres("svarar", "svara"), pres("säger", "säga")],
        [st("förvaltning", "Förvaltningen", NONE, None, "bereda", "bereder", "ärendena"),
         st("förvaltning", "Förvaltningen", "responsibility", "svarar för", "svara", "svarar",
            "registret"),
         st("förvaltning", "Förvaltningen", NONE, None, "säga", "säger", "avtal")]),
    rec("tal-n2", "Nämnden ska pröva ansökan, skriver kommunallagen.",
        [("Nämnden", "nämnd", POL)],
        [SKA, inf("pröva"), pres("skriver", "skriva")],
        [st("nämnd", "Nämnden", OB, "ska", "pröva", "pröva", "ansökan")]),
    # E: role + är + personal name
    rec("roll-1", "Styrelsens sekreterare är Jonas Holm.", [], [AR]),
    rec("roll-2", "Ordförande är Eva Ek (S), vice ordförande är Ola Ny (M) och sekreterare är "
        "Karin Alm.", [], [AR, pres("är", "vara", nth=1), pres("är", "vara", nth=2)]),
    rec("roll-3", "Nämnden sammanträder tio gånger om året. Nämndens ordförande är Berit Sand "
        "(KD) och vice ordförande är Lars Ås (L).",
        [("Nämnden", "nämnd", POL)],
        [pres("sammanträder", "sammanträda"), AR, pres("är", "vara", nth=1)],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder",
            "tio gånger om året")]),
    rec("roll-4", "Nämnden väljer ordförande, vice ordförande är Per Ek.",
        [("Nämnden", "nämnd", POL), ("ordförande", "ordförande", FTV)],
        [pres("väljer", "välja"), AR],
        [st("nämnd", "Nämnden", NONE, None, "välja", "väljer", "ordförande")]),
    # negative: owner + role as the subject of another verb
    rec("roll-n1", "Styrelsens ordförande ska kalla till sammanträde.",
        [("Styrelsens ordförande", "styrelsens ordförande", FTV)],
        [SKA, inf("kalla")],
        [st("styrelsens ordförande", "Styrelsens ordförande", OB, "ska", "kalla", "kalla",
            "till sammanträde")]),
    # F: alliances and local parties
    rec("allians-1", "Kommunen styrs av Sjöbyalliansen, som har 27 av 51 mandat.",
        [("Kommunen", "kommun", ORG), ("Sjöbyalliansen", "sjöbyallians", POL)],
        [pres("styrs", "styra", "pass"), pres("har", "ha")],
        [st("sjöbyallians", "Sjöbyalliansen", NONE, None, "styra", "styrs", "Kommunen",
            passive=True)]),
    rec("allians-2", "Sjöbyalliansen ska ta fram ett nytt budgetförslag.",
        [("Sjöbyalliansen", "sjöbyallians", POL)],
        [SKA, inf("ta")],
        [st("sjöbyallians", "Sjöbyalliansen", OB, "ska", "ta", "ta",
            "fram ett nytt budgetförslag")]),
    rec("allians-3", "I kommunen styr Alliansen sedan 2018.",
        [("kommunen", "kommun", ORG), ("Alliansen", "allians", POL)],
        [pres("styr", "styra")],
        [st("allians", "Alliansen", NONE, None, "styra", "styr", "sedan 2018")]),
    rec("allians-4", "Efter valet bildade Åbylistan, Kustpartiet och Moderaterna den nya "
        "Åbyalliansen.",
        [("Åbylistan", "åbylistan", POL), ("Kustpartiet", "kustpartiet", POL),
         ("Moderaterna", "moderaterna", POL), ("Åbyalliansen", "åbyallians", POL)],
        [past("bildade", "bilda")],
        [st("åbylistan", "Åbylistan", NONE, None, "bilda", "bildade", "den nya Åbyalliansen"),
         st("kustpartiet", "Kustpartiet", NONE, None, "bilda", "bildade",
            "den nya Åbyalliansen"),
         st("moderaterna", "Moderaterna", NONE, None, "bilda", "bildade",
            "den nya Åbyalliansen")]),
]


if __name__ == "__main__":
    write_part(sys.argv[1], "w55-k", {}, before=SENTENCES)
