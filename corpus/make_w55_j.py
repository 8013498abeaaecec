"""Builds corpus/dev/w55-j.jsonl: invented sentences for round 55, writer w55j (analysis 55b-cj
R2-R6), the variants the first writers' dev sentences missed and two more each.
R2: two adverbs joined by `eller`/`och` between `som` and an s-passive relative verb, the main
clause's verb without a modal: the main verb keeps its statement; negative: nouns joined by
`eller` between `som` and the verb are the relative's subject (no statement at all).
R3: `<modal> inte V1 … men <modal> … V2 X eller för Y`: V1 is a prohibition, V2 (its own modal
after the adversative) keeps the positive deontic; negative: `eller` between two infinitives
keeps the negation for both.
R4: an agent `av <degree word> <digit numeral> <actor noun>` in the 2nd or 3rd sentence of a
paragraph; negative: a digit numeral + a non-actor head (`procent`).
R5: `kan` in a comma-bounded (non-restrictive) relative on a person noun that names no organ's
role is ability (round 55 t6): no statement for it; negative: a comma relative with `kan` on
an organ stays permission.
R6: an acronym never expanded in the document as subject or agent (round 55 t4): actor övrig,
canonical lower-case; negative: a statute's abbreviation as subject.
Gold by hand from docs/annotation.md before any run (after the first run: the main clause's
`har öppet` of agent-3 and the actor `regionen` of men-3 added, both omissions). Offsets computed.
Run: python corpus/make_w55_j.py corpus/dev"""

import sys

from records import (
    EXT,
    FORV,
    FTV,
    HAR,
    KAN,
    ORG,
    OVR,
    POL,
    TJP,
    inf,
    pres,
    records_for,
    sup,
    write_part,
)
from records import statement as st

NONE, OB, PERM, PROH = "none", "obligation", "permission", "prohibition"


def rec(doc, *args, **kwargs):
    return records_for(f"w55-j-{doc}", check_texts=True)("1", *args, **kwargs)


def past(word, lemma, voice="act", nth=0):
    """A preterite VERB tuple."""
    return (word, lemma, "past", voice, nth)


def passive(actor, text, aim, aim_text, obj=None):
    return st(actor, text, NONE, None, aim, aim_text, obj, passive=True)


SENTENCES = [
    # R2: `som ADV eller/och ADV <s-passive>` + a main verb without a modal
    rec("rel-1", "Bolag som helt eller delvis ägs av regionen lämnar sin årsredovisning i mars.",
        [("Bolag", "bolag", ORG), ("regionen", "region", ORG)],
        [pres("ägs", "äga", "pass"), pres("lämnar", "lämna")],
        [st("bolag", "Bolag", NONE, None, "lämna", "lämnar", "sin årsredovisning i mars")]),
    rec("rel-2", "Stiftelser som helt eller till viss del finansieras av nämnden följer "
        "stiftelseförordnandet.",
        [("Stiftelser", "stiftelse", ORG), ("nämnden", "nämnd", POL)],
        [pres("finansieras", "finansiera", "pass"), pres("följer", "följa")],
        [st("stiftelse", "Stiftelser", NONE, None, "följa", "följer",
            "stiftelseförordnandet")]),
    rec("rel-3", "Företag som tillfälligt och delvis ägs av förbundet tillämpar "
        "offentlighetsprincipen.",
        [("Företag", "företag", ORG), ("förbundet", "förbund", ORG)],
        [pres("ägs", "äga", "pass"), pres("tillämpar", "tillämpa")],
        [st("företag", "Företag", NONE, None, "tillämpa", "tillämpar",
            "offentlighetsprincipen")]),
    rec("rel-4", "Föreningar som helt eller delvis drivs av kommunen har en egen revisor.",
        [("Föreningar", "förening", ORG), ("kommunen", "kommun", ORG),
         ("revisor", "revisor", FTV)],
        [pres("drivs", "driva", "pass"), HAR],
        [st("förening", "Föreningar", NONE, None, "ha", "har", "en egen revisor")]),
    # negative: nouns joined by `eller` are the relative's subject
    rec("rel-n1", "Uppdrag som ordföranden eller vice ordföranden lämnar gäller i ett år.",
        [("ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV)],
        [pres("lämnar", "lämna"), pres("gäller", "gälla")]),
    # R3: `<modal> inte V1 … men <modal> … V2 X eller för Y`
    rec("men-1", "Förvaltningschefen får inte teckna avtal men får vid behov ändra avtalens "
        "villkor tillfälligt eller för en viss period.",
        [("Förvaltningschefen", "förvaltningschef", TJP)],
        [pres("får", "få"), inf("teckna"), pres("får", "få", nth=1), inf("ändra")],
        [st("förvaltningschef", "Förvaltningschefen", PROH, "får inte", "teckna", "teckna",
            "avtal", negated=True),
         st("förvaltningschef", "Förvaltningschefen", PERM, "får", "ändra", "ändra",
            "avtalens villkor tillfälligt eller för en viss period")]),
    rec("men-2", "Utskottet kan inte fatta beslut men kan på eget initiativ väcka ärenden "
        "generellt eller inom ett visst område.",
        [("Utskottet", "utskott", POL)],
        [KAN, inf("fatta"), pres("kan", "kunna", nth=1), inf("väcka")],
        [st("utskott", "Utskottet", PROH, "kan inte", "fatta", "fatta", "beslut",
            negated=True),
         st("utskott", "Utskottet", PERM, "kan", "väcka", "väcka",
            "ärenden generellt eller inom ett visst område")]),
    rec("men-3", "Kommittén ska inte avgöra enskilda ärenden men ska fortlöpande bevaka "
        "frågorna lokalt eller för hela regionen.",
        [("Kommittén", "kommitté", POL), ("regionen", "region", ORG)],
        [pres("ska", "skola"), inf("avgöra"), pres("ska", "skola", nth=1), inf("bevaka")],
        [st("kommitté", "Kommittén", PROH, "ska inte", "avgöra", "avgöra",
            "enskilda ärenden", negated=True),
         st("kommitté", "Kommittén", OB, "ska", "bevaka", "bevaka",
            "frågorna lokalt eller för hela regionen")]),
    # negative: `eller` between two infinitives keeps the negation for both
    rec("men-n1", "Bolaget får inte överlåta eller belåna fastigheterna helt eller delvis.",
        [("Bolaget", "bolag", ORG)],
        [pres("får", "få"), inf("överlåta"), inf("belåna")],
        [st("bolag", "Bolaget", PROH, "får inte", "överlåta", "överlåta",
            "fastigheterna helt eller delvis", negated=True),
         st("bolag", "Bolaget", PROH, "får inte", "belåna", "belåna",
            "fastigheterna helt eller delvis", negated=True)]),
    # R4: `av <degree word> <digits> <actor>` later in a paragraph
    rec("agent-1", "Nämnden sammanträder en gång i månaden. Sammanträdena är offentliga. "
        "Ärendena bereds av cirka 25 utredare på förvaltningen.",
        [("Nämnden", "nämnd", POL), ("utredare", "utredare", TJP),
         ("förvaltningen", "förvaltning", FORV)],
        [pres("sammanträder", "sammanträda"), ("är", "vara", "pres", "act", 0),
         pres("bereds", "bereda", "pass")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder",
            "en gång i månaden"),
         passive("utredare", "utredare", "bereda", "bereds", "Ärendena")]),
    rec("agent-2", "Direktionen leder förbundet. Tillsynen utförs av ca 12 inspektörer i "
        "hela länet.",
        [("Direktionen", "direktion", POL), ("förbundet", "förbund", ORG),
         ("inspektörer", "inspektör", TJP)],
        [pres("leder", "leda"), pres("utförs", "utföra", "pass")],
        [st("direktion", "Direktionen", NONE, None, "leda", "leder", "förbundet"),
         passive("inspektör", "inspektörer", "utföra", "utförs", "Tillsynen")]),
    rec("agent-3", "Kontaktcentret har öppet alla vardagar. Samtalen besvaras av drygt 40 "
        "handläggare varje dag.",
        [("Kontaktcentret", "kontaktcenter", FORV), ("handläggare", "handläggare", TJP)],
        [pres("har", "ha"), pres("besvaras", "besvara", "pass")],
        [st("kontaktcenter", "Kontaktcentret", NONE, None, "ha", "har",
            "öppet alla vardagar"),
         passive("handläggare", "handläggare", "besvara", "besvaras", "Samtalen")]),
    # negative: a digit numeral + a non-actor head
    rec("agent-n1", "Kostnaderna täcks av cirka 80 procent av avgifterna.", [],
        [pres("täcks", "täcka", "pass")]),
    # R5: `kan` in a comma relative on a described person: ability, no statement for it
    rec("komma-1", "Nämnden ger stöd åt personer, som inte själva kan sköta sina "
        "angelägenheter.",
        [("Nämnden", "nämnd", POL), ("personer", "person", OVR)],
        [pres("ger", "ge"), KAN, inf("sköta")],
        [st("nämnd", "Nämnden", NONE, None, "ge", "ger",
            "stöd åt personer, som inte själva kan sköta sina angelägenheter")]),
    rec("komma-2", "Stödet riktas till elever, som inte själva kan ta sig till skolan.",
        [("elever", "elev", EXT)],
        [pres("riktas", "rikta", "pass"), KAN, inf("ta")]),
    rec("komma-3", "Förvaltningen ordnar färdtjänst för patienter, som inte längre kan resa "
        "med buss, och för deras anhöriga.",
        [("Förvaltningen", "förvaltning", FORV), ("patienter", "patient", EXT)],
        [pres("ordnar", "ordna"), KAN, inf("resa")],
        [st("förvaltning", "Förvaltningen", NONE, None, "ordna", "ordnar",
            "färdtjänst för patienter, som inte längre kan resa med buss, och för deras "
            "anhöriga")]),
    # negative: a comma relative with `kan` on an organ stays permission
    rec("komma-n1", "Nämnden, som kan delegera sina beslut, sammanträder varje månad.",
        [("Nämnden", "nämnd", POL)],
        [KAN, inf("delegera"), pres("sammanträder", "sammanträda")],
        [st("nämnd", "Nämnden", PERM, "kan", "delegera", "delegera", "sina beslut"),
         st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "varje månad")]),
    # R6: an acronym never expanded, as subject or agent: actor övrig
    rec("akronym-1", "VGK har lämnat synpunkter på förslaget.",
        [("VGK", "vgk", OVR)], [HAR, sup("lämnat", "lämna")],
        [st("vgk", "VGK", NONE, None, "lämna", "lämnat", "synpunkter på förslaget")]),
    rec("akronym-2", "RMF ska yttra sig över planen före juni.",
        [("RMF", "rmf", OVR)], [pres("ska", "skola"), inf("yttra")],
        [st("rmf", "RMF", OB, "ska", "yttra", "yttra", "över planen före juni")]),
    rec("akronym-3", "Remissvaret lämnades av NSKO i oktober.",
        [("NSKO", "nsko", OVR)], [past("lämnades", "lämna", "pass")],
        [passive("nsko", "NSKO", "lämna", "lämnades", "Remissvaret")]),
    # negative: a statute's abbreviation as subject
    rec("akronym-n1", "LSS gäller i hela länet.", [], [pres("gäller", "gälla")]),
]


if __name__ == "__main__":
    write_part(sys.argv[1], "w55-j", {}, before=SENTENCES)
