"""Builds corpus/dev/w51-l.jsonl: invented sentences for round 51, writer w51l (analysis
51-bo A, B, E, G). bo-A: a name whose last word is a `-kår` compound defined by `, nedan
[adverb] kallad|benämnd <definite>,`: the later short form (`Studentkåren`, `Kåren`,
`Kårens`) is the name. bo-B: an acting `mötet` inverted after the finite verb of a V2 clause
opened by a PP (`Vid … väljer mötet …`), its `samt`-conjunct inheriting it. bo-E: full-verb
`få` + object NP whose modifier is an `-a` adjective (`framtida`). bo-G: `vill` + several
coordinated infinitives with objects. Negatives: a `-kår` name without a definition, `mötet`
inside the fronted PP, modal `får` + infinitive, `vill` + a noun phrase. Each document one
clause. Gold by hand from docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w51_l.py corpus/dev"""

import sys
from pathlib import Path

from records import FAR, HAR, ORG, OVR, POL, SKA, FTV, EXT, inf, pres, records_for, write_jsonl
from records import statement as st

OB, PE, NONE = "obligation", "permission", "none"
VILL = ("vill", "vilja", "pres", "act")


def rec(doc, text, actors=(), verbs=(), statements=()):
    """One document of one clause; actor and aim texts checked."""
    return records_for(f"w51-l-{doc}", check_texts=True)("1", text, actors, verbs, statements)


EKBY, NORR, MALM = "ekby tekniska studentkår", "norrvikens teknologkår", "malmby doktorandkår"
AKAD = "ekby akademis teknologkår"

RECORDS = [
    # bo-A: `-kår` name + definition of its short form
    rec("a1", "Ekby Tekniska Studentkår, nedan benämnd Studentkåren, har sitt säte i Ekby. "
        "Studentkåren ska anordna utbildningar i studiebevakning.",
        [("Ekby Tekniska Studentkår", EKBY, ORG), ("Studentkåren", EKBY, ORG, 1)],
        [HAR, SKA, inf("anordna")],
        [st(EKBY, "Ekby Tekniska Studentkår", NONE, None, "ha", "har", "sitt säte i Ekby"),
         st(EKBY, "Studentkåren", OB, "ska", "anordna", "anordna",
            "utbildningar i studiebevakning")]),
    rec("a2", "Norrvikens Teknologkår, nedan även kallad kåren, har sitt säte i Norrvik. "
        "Kåren utser två revisorer. Kårens stadgar antas av kårfullmäktige.",
        [("Norrvikens Teknologkår", NORR, ORG), ("Kåren", NORR, ORG), ("revisorer", "revisor", FTV),
         ("Kårens", NORR, ORG), ("kårfullmäktige", "kårfullmäktige", POL)],
        [HAR, pres("utser", "utse"), pres("antas", "anta", "pass")],
        [st(NORR, "Norrvikens Teknologkår", NONE, None, "ha", "har", "sitt säte i Norrvik"),
         st(NORR, "Kåren", NONE, None, "utse", "utser", "två revisorer"),
         st("kårfullmäktige", "kårfullmäktige", NONE, None, "anta", "antas", "Kårens stadgar",
            passive=True)]),
    rec("a3", "Malmby Doktorandkår, härefter benämnd doktorandkåren, har sitt säte i Malmby. "
        "Doktorandkåren får ta ut en medlemsavgift.",
        [("Malmby Doktorandkår", MALM, ORG), ("Doktorandkåren", MALM, ORG)],
        [HAR, FAR, inf("ta")],
        [st(MALM, "Malmby Doktorandkår", NONE, None, "ha", "har", "sitt säte i Malmby"),
         st(MALM, "Doktorandkåren", PE, "får", "ta", "ta", "ut en medlemsavgift")]),
    rec("a4", "Ekby Akademis Teknologkår, nedan även kallad kåren, har sitt säte i Ekby. "
        "Kårens styrelse leds av en ordförande. Kåren utser två revisorer.",
        [("Ekby Akademis Teknologkår", AKAD, ORG), ("Kårens", AKAD, ORG),
         ("styrelse", "styrelse", POL), ("ordförande", "ordförande", FTV), ("Kåren", AKAD, ORG),
         ("revisorer", "revisor", FTV)],
        [HAR, pres("leds", "leda", "pass"), pres("utser", "utse")],
        [st(AKAD, "Ekby Akademis Teknologkår", NONE, None, "ha", "har", "sitt säte i Ekby"),
         st("ordförande", "ordförande", NONE, None, "leda", "leds", "Kårens styrelse",
            passive=True),
         st(AKAD, "Kåren", NONE, None, "utse", "utser", "två revisorer")]),
    # bo-A negative: no definition: the bare `Kåren` stays the common noun
    rec("a-n1", "Västerby Studentkår anordnar sittningar. Kåren ska främja studielivet.",
        [("Västerby Studentkår", "västerby studentkår", ORG), ("Kåren", "kår", EXT)],
        [pres("anordnar", "anordna"), SKA, inf("främja")],
        [st("västerby studentkår", "Västerby Studentkår", NONE, None, "anordna", "anordnar",
            "sittningar"),
         st("kår", "Kåren", OB, "ska", "främja", "främja", "studielivet")]),
    # bo-B: acting `mötet` inverted after a fronted PP
    rec("b1", "Kongressen sammanträder vartannat år. Vid kongressens första dag väljer mötet "
        "ett presidium.",
        [("Kongressen", "kongress", OVR), ("kongressens", "kongress", OVR),
         ("mötet", "kongress", OVR), ("presidium", "presidium", POL)],
        [pres("sammanträder", "sammanträda"), pres("väljer", "välja")],
        [st("kongress", "Kongressen", NONE, None, "sammanträda", "sammanträder", "vartannat år"),
         st("kongress", "mötet", NONE, None, "välja", "väljer", "ett presidium")]),
    rec("b2", "Föreningsstämman sammanträder en gång om året. Vid höstens sammankomst beslutar "
        "mötet om avgifter samt väljer valberedning.",
        [("Föreningsstämman", "föreningsstämma", POL), ("mötet", "föreningsstämma", POL),
         ("valberedning", "valberedning", POL)],
        [pres("sammanträder", "sammanträda"), pres("beslutar", "besluta"),
         pres("väljer", "välja")],
        [st("föreningsstämma", "Föreningsstämman", NONE, None, "sammanträda", "sammanträder",
            "en gång om året"),
         st("föreningsstämma", "mötet", NONE, None, "besluta", "beslutar", "om avgifter"),
         st("föreningsstämma", "mötet", NONE, None, "välja", "väljer", "valberedning")]),
    rec("b3", "Representantskapet sammanträder varje vår. Efter valen utser mötet två revisorer.",
        [("Representantskapet", "representantskap", OVR), ("mötet", "representantskap", OVR),
         ("revisorer", "revisor", FTV)],
        [pres("sammanträder", "sammanträda"), pres("utser", "utse")],
        [st("representantskap", "Representantskapet", NONE, None, "sammanträda", "sammanträder",
            "varje vår"),
         st("representantskap", "mötet", NONE, None, "utse", "utser", "två revisorer")]),
    # bo-B negative: `mötet` inside the fronted PP is the event
    rec("b-n1", "Representantskapet sammanträder varje höst. Inför mötet skickar styrelsen ut "
        "handlingarna.",
        [("Representantskapet", "representantskap", OVR), ("styrelsen", "styrelse", POL)],
        [pres("sammanträder", "sammanträda"), pres("skickar", "skicka")],
        [st("representantskap", "Representantskapet", NONE, None, "sammanträda", "sammanträder",
            "varje höst"),
         st("styrelse", "styrelsen", NONE, None, "skicka", "skickar", "ut handlingarna")]),
    # bo-E: full-verb `få` + object NP with an `-a` adjective
    rec("e1", "Genom nyhetsbrevet får medlemmarna en samlad bild av styrelsens arbete och "
        "framtida planer.",
        [("medlemmarna", "medlem", OVR), ("styrelsens", "styrelse", POL)],
        [FAR],
        [st("medlem", "medlemmarna", NONE, None, "få", "får",
            "en samlad bild av styrelsens arbete och framtida planer")]),
    rec("e2", "Via föreningen får medlemmarna framtida utskick om kurser.",
        [("föreningen", "förening", ORG), ("medlemmarna", "medlem", OVR)],
        [FAR],
        [st("medlem", "medlemmarna", NONE, None, "få", "får", "framtida utskick om kurser")]),
    # bo-E negative: modal `får` + infinitive
    rec("e-n1", "Medlemmarna får lämna synpunkter på framtida verksamhet.",
        [("Medlemmarna", "medlem", OVR)], [FAR, inf("lämna")],
        [st("medlem", "Medlemmarna", PE, "får", "lämna", "lämna",
            "synpunkter på framtida verksamhet")]),
    # bo-G: `vill` + coordinated infinitives with objects
    rec("g1", "Nämnden vill bevara kulturarvet och sprida kunskap om bygdens historia.",
        [("Nämnden", "nämnd", POL)], [VILL, inf("bevara"), inf("sprida")],
        [st("nämnd", "Nämnden", NONE, None, "bevara", "bevara", "kulturarvet"),
         st("nämnd", "Nämnden", NONE, None, "sprida", "sprida", "kunskap om bygdens historia")]),
    rec("g2", "Föreningen vill värna friheten och motverka orättvisor, stärka gemenskapen.",
        [("Föreningen", "förening", ORG)],
        [VILL, inf("värna"), inf("motverka"), inf("stärka")],
        [st("förening", "Föreningen", NONE, None, "värna", "värna", "friheten"),
         st("förening", "Föreningen", NONE, None, "motverka", "motverka", "orättvisor"),
         st("förening", "Föreningen", NONE, None, "stärka", "stärka", "gemenskapen")]),
    # bo-G negative: `vill` + a noun phrase
    rec("g-n1", "Styrelsen vill ha ett skriftligt svar.",
        [("Styrelsen", "styrelse", POL)], [VILL, inf("ha")],
        [st("styrelse", "Styrelsen", NONE, None, "ha", "ha", "ett skriftligt svar")]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w51-l.jsonl", RECORDS)
