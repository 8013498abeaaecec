"""Builds corpus/dev/w43-a.jsonl and the small documents corpus/dev/w43-a-*.txt with their
gold: invented material for round 43, writer A (analysis 43-bf causes 10, 5, 11, 13 and
probe43 causes 12, 9, 7; gold by hand from docs/annotation.md before the rules).
Cause 10: an association's stadgar that introduces its board's chair with an indefinite
article (`Styrelsen ska bestå av en ordförande, …`) and speaks mostly of that board: a later
`Ordföranden` is the office introduced, `ordförande`, not the board's chair (`w43-a-hembygd`);
negatives: a statute whose bare chair was never introduced (`w43-a-idrott`: `styrelsens
ordförande`, round 14) and a board's own arbetsordning (`w43-a-styrelse`: a document about
one body, `styrelsens ordförande`). Cause 5: an association's name `<Place>
<association compound>` without a genitive, capitalised (`Ekvik Hembygdsförening`) or with
a hyphenated place and a lower-case compound (`Norrbo-Ekvik idrottsförening`); negative
`Varje idrottsförening`. Cause 11: `intendent` (an elected officer), a `-befolkning`
compound (a population), `husgeråd` (no council). Cause 13: a plural member noun after
`samma … som` and in an ellipsis `och för övriga ledamöter två år`; negative `utser samma
ledamot som sekreterare` (a role). Probe 12: the bare chair in a nämnd's delegationsordning,
the one body the document is about (`w43-a-bygg`, `w43-a-kultur`: the title's genitive).
Probe 9: a relative clause's subject after `en ledamot som` (the tagger reads `ledamot` as
an adverb); negative `utser en ledamot som ordförande`. Probe 7: a verbless heading `Ekonomi
och personal` (an area); negative `Nämnd och personal`. Offsets computed.
Run: python corpus/make_w43_a.py corpus/dev"""

import sys

from records import (
    AR,
    EXT,
    FAR,
    FTV,
    HAR,
    ORG,
    OVR,
    POL,
    SKA,
    SKALL,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w43-a", conditions_from_statements=True)


def passive(word, lemma, tense="pres"):
    return (word, lemma, tense, "pass", 0)


D = "w43-a-hembygd"
HEM_NAME = "Ekvik Hembygdsförening"
HEM = "ekvik hembygdsförening"
HEM_1 = "Ekvik Hembygdsförening ska främja kunskapen om bygdens historia."
HEM_2 = ("Föreningens arbete leds av en styrelse med säte i Ekvik. Styrelsen skall bestå av "
         "en ordförande, en sekreterare, en kassör och två andra ledamöter.")
HEM_3 = ("Ordföranden väljs av årsmötet för ett år. Årsmötet väljer också kassör och intendent "
         "för ett år.")
HEM_4 = "Valperioden för ordföranden är ett år men för övriga ledamöter tre år."
HEM_5 = ("Styrelsen håller sina möten efter kallelse från ordföranden. Om rösterna är lika har "
         "ordföranden utslagsröst. Styrelsens protokoll justeras av ordföranden.")
HEM_6 = "Intendenten ansvarar för föreningens samlingar."
HEM_TEXT = f"""Stadgar för {HEM_NAME}

§ 1 {HEM_1}

§ 2 {HEM_2}

§ 3 {HEM_3}

§ 4 {HEM_4}

§ 5 {HEM_5}

§ 6 {HEM_6}
"""
HEM_RECORDS = [
    rec("title", f"Stadgar för {HEM_NAME}", [(HEM_NAME, HEM, ORG)], doc=D, kind="heading"),
    rec("§1", HEM_1, [(HEM_NAME, HEM, ORG)], [SKA, inf("främja")],
        [st(HEM, HEM_NAME, "obligation", "ska", "främja", "främja",
            "kunskapen om bygdens historia")], doc=D, label="§ 1"),
    rec("§2", HEM_2,
        [("Föreningens", "förening", ORG), ("styrelse", "styrelse", POL),
         ("Styrelsen", "styrelse", POL), ("ordförande", "ordförande", FTV),
         ("sekreterare", "sekreterare", TJP), ("kassör", "kassör", FTV),
         ("ledamöter", "ledamot", FTV)],
        [passive("leds", "leda"), SKALL, inf("bestå")],
        [st("styrelse", "styrelse", "none", None, "leda", "leds", "Föreningens arbete",
            passive=True),
         st("styrelse", "Styrelsen", "obligation", "skall", "bestå", "bestå",
            "av en ordförande, en sekreterare, en kassör och två andra ledamöter")],
        doc=D, label="§ 2"),
    rec("§3", HEM_3,
        [("Ordföranden", "ordförande", FTV), ("årsmötet", "årsmöte", OVR),
         ("Årsmötet", "årsmöte", OVR), ("kassör", "kassör", FTV),
         ("intendent", "intendent", FTV)],
        [passive("väljs", "välja"), pres("väljer", "välja")],
        [st("årsmöte", "årsmötet", "none", None, "välja", "väljs", "Ordföranden",
            passive=True),
         st("årsmöte", "Årsmötet", "none", None, "välja", "väljer",
            "kassör och intendent för ett år")], doc=D, label="§ 3"),
    rec("§4", HEM_4,
        [("ordföranden", "ordförande", FTV), ("ledamöter", "ledamot", FTV)], [AR],
        doc=D, label="§ 4"),
    rec("§5", HEM_5,
        [("Styrelsen", "styrelse", POL), ("ordföranden", "ordförande", FTV),
         ("ordföranden", "ordförande", FTV, 1), ("Styrelsens", "styrelse", POL),
         ("ordföranden", "ordförande", FTV, 2)],
        [pres("håller", "hålla"), AR, HAR, passive("justeras", "justera")],
        [st("styrelse", "Styrelsen", "none", None, "hålla", "håller",
            "sina möten efter kallelse från ordföranden"),
         st("ordförande", "ordföranden", "none", None, "ha", "har", "utslagsröst",
            condition="Om rösterna är lika"),
         st("ordförande", "ordföranden", "none", None, "justera", "justeras",
            "Styrelsens protokoll", passive=True)], doc=D, label="§ 5"),
    rec("§6", HEM_6,
        [("Intendenten", "intendent", FTV), ("föreningens", "förening", ORG)],
        [pres("ansvarar", "ansvara")],
        [st("intendent", "Intendenten", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för föreningens samlingar")], doc=D, label="§ 6"),
]

D = "w43-a-idrott"
IDR_NAME = "Norrbo-Ekvik idrottsförening"
IDR = "norrbo-ekvik idrottsförening"
IDR_1 = f"{IDR_NAME} ska verka för idrott och friluftsliv i bygden."
IDR_2 = "Föreningens arbete sköts av en styrelse. Styrelsen väljs av årsmötet."
IDR_3 = ("Ordföranden leder styrelsens sammanträden. Styrelsen sammanträder minst fyra gånger "
         "per år.")
IDR_4 = "Styrelsen ska varje år lämna en verksamhetsberättelse till årsmötet."
IDR_TEXT = f"""Stadgar för {IDR_NAME}

§ 1 {IDR_1}

§ 2 {IDR_2}

§ 3 {IDR_3}

§ 4 {IDR_4}
"""
IDR_RECORDS = [
    rec("title", f"Stadgar för {IDR_NAME}", [(IDR_NAME, IDR, ORG)], doc=D, kind="heading"),
    rec("§1", IDR_1, [(IDR_NAME, IDR, ORG)], [SKA, inf("verka")],
        [st(IDR, IDR_NAME, "obligation", "ska", "verka", "verka",
            "för idrott och friluftsliv i bygden")], doc=D, label="§ 1"),
    rec("§2", IDR_2,
        [("Föreningens", "förening", ORG), ("styrelse", "styrelse", POL),
         ("Styrelsen", "styrelse", POL), ("årsmötet", "årsmöte", OVR)],
        [passive("sköts", "sköta"), passive("väljs", "välja")],
        [st("styrelse", "styrelse", "none", None, "sköta", "sköts", "Föreningens arbete",
            passive=True),
         st("årsmöte", "årsmötet", "none", None, "välja", "väljs", "Styrelsen",
            passive=True)], doc=D, label="§ 2"),
    rec("§3", IDR_3,
        [("Ordföranden", "styrelsens ordförande", FTV), ("styrelsens", "styrelse", POL),
         ("Styrelsen", "styrelse", POL)],
        [pres("leder", "leda"), pres("sammanträder", "sammanträda")],
        [st("styrelsens ordförande", "Ordföranden", "none", None, "leda", "leder",
            "styrelsens sammanträden"),
         st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "minst fyra gånger per år")], doc=D, label="§ 3"),
    rec("§4", IDR_4,
        [("Styrelsen", "styrelse", POL), ("årsmötet", "årsmöte", OVR)],
        [SKA, inf("lämna")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "lämna", "lämna",
            "en verksamhetsberättelse till årsmötet")], doc=D, label="§ 4"),
]

D = "w43-a-styrelse"
STY_TITLE = f"Arbetsordning för styrelsen i {HEM_NAME}"
STY_1 = "Styrelsen utser inom sig en ordförande och en sekreterare."
STY_2 = "Ordföranden leder styrelsens arbete och kallar till sammanträde."
STY_3 = "Styrelsen sammanträder minst sex gånger per år."
STY_TEXT = f"""{STY_TITLE}

§ 1 {STY_1}

§ 2 {STY_2}

§ 3 {STY_3}
"""
STY_RECORDS = [
    rec("title", STY_TITLE, [("styrelsen", "styrelse", POL), (HEM_NAME, HEM, ORG)], doc=D,
        kind="heading"),
    rec("§1", STY_1,
        [("Styrelsen", "styrelse", POL), ("ordförande", "ordförande", FTV),
         ("sekreterare", "sekreterare", TJP)], [pres("utser", "utse")],
        [st("styrelse", "Styrelsen", "none", None, "utse", "utser",
            "inom sig en ordförande och en sekreterare")], doc=D, label="§ 1"),
    rec("§2", STY_2,
        [("Ordföranden", "styrelsens ordförande", FTV), ("styrelsens", "styrelse", POL)],
        [pres("leder", "leda"), pres("kallar", "kalla")],
        [st("styrelsens ordförande", "Ordföranden", "none", None, "leda", "leder",
            "styrelsens arbete"),
         st("styrelsens ordförande", "Ordföranden", "none", None, "kalla", "kallar",
            "till sammanträde")], doc=D, label="§ 2"),
    rec("§3", STY_3, [("Styrelsen", "styrelse", POL)], [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "minst sex gånger per år")], doc=D, label="§ 3"),
]


def delegation_records(doc, body_text, body, chief_text, chief, matter):
    """A nämnd's delegationsordning (probe 12): its bare `Nämnden` stays `nämnd`, its bare
    chair is the chair of the one body the title names."""
    title = f"Delegationsordning för {body_text} i Ekvik kommun"
    chair = f"{body_text}s ordförande"
    first = ("Nämnden delegerar beslutanderätt enligt denna delegationsordning. Delegaten ska "
             "anmäla sina beslut till nämnden.")
    second = ("Brådskande ärenden får avgöras av ordföranden. Ordföranden ska informera "
              "nämnden vid nästa sammanträde.")
    third = f"{chief_text} beslutar om {matter} efter samråd med ordföranden."
    text = f"{title}\n\n{first}\n\n{second}\n\n{third}\n"
    third_actors = [(chief_text, chief, TJP), ("ordföranden", chair, FTV)]
    if "föreningar" in matter:
        third_actors.insert(1, ("föreningar", "förening", ORG))
    records = [
        rec("title", title,
            [(body_text, body, POL),
             ("Ekvik kommun", "ekvik kommun", ORG)], doc=doc, kind="heading"),
        rec("1", first,
            [("Nämnden", "nämnd", POL), ("Delegaten", "delegat", TJP),
             ("nämnden", "nämnd", POL)],
            [pres("delegerar", "delegera"), SKA, inf("anmäla")],
            [st("nämnd", "Nämnden", "none", None, "delegera", "delegerar",
                "beslutanderätt enligt denna delegationsordning"),
             st("delegat", "Delegaten", "obligation", "ska", "anmäla", "anmäla",
                "sina beslut till nämnden")], doc=doc),
        rec("2", second,
            [("ordföranden", chair, FTV), ("Ordföranden", chair, FTV),
             ("nämnden", "nämnd", POL)],
            [FAR, inf("avgöras", "avgöra", "pass"), SKA, inf("informera")],
            [st(chair, "ordföranden", "permission", "får", "avgöra", "avgöras",
                "Brådskande ärenden", passive=True),
             st(chair, "Ordföranden", "obligation", "ska", "informera", "informera",
                "nämnden vid nästa sammanträde")], doc=doc),
        rec("3", third, third_actors, [pres("beslutar", "besluta")],
            [st(chief, chief_text, "none", None, "besluta", "beslutar",
                f"om {matter} efter samråd med ordföranden")], doc=doc),
    ]
    return text, records


BYGG_TEXT, BYGG_RECORDS = delegation_records(
    "w43-a-bygg", "byggnämnden", "byggnämnd", "Bygglovschefen", "bygglovschef", "startbesked"
)
KUL_TEXT, KUL_RECORDS = delegation_records(
    "w43-a-kultur", "kultur- och fritidsnämnden", "kultur- och fritidsnämnd", "Kulturchefen",
    "kulturchef", "bidrag till föreningar"
)

SENTENCES = [
    # cause 13: a plural member noun after `samma … som` compares; the role `som` is singular
    rec("13-1", "Kassören har samma mandattid som övriga ledamöter.",
        [("Kassören", "kassör", FTV), ("ledamöter", "ledamot", FTV)], [HAR],
        [st("kassör", "Kassören", "none", None, "ha", "har",
            "samma mandattid som övriga ledamöter")]),
    rec("13-2", "Revisorerna har samma rätt till ersättning som styrelsens ledamöter.",
        [("Revisorerna", "revisor", FTV), ("styrelsens ledamöter", "styrelsens ledamot", FTV)],
        [HAR],
        [st("revisor", "Revisorerna", "none", None, "ha", "har",
            "samma rätt till ersättning som styrelsens ledamöter")]),
    rec("13-3", "Arvodet för kassören är femhundra kronor och för övriga ledamöter tvåhundra "
        "kronor.",
        [("kassören", "kassör", FTV), ("ledamöter", "ledamot", FTV)], [AR]),
    rec("13-4", "Styrelsen utser samma ledamot som sekreterare och kassör.",
        [("Styrelsen", "styrelse", POL), ("ledamot", "ledamot", FTV)], [pres("utser", "utse")],
        [st("styrelse", "Styrelsen", "none", None, "utse", "utser",
            "samma ledamot som sekreterare och kassör")]),
    # probe 9: the subject of a relative clause on `ledamot` (tagged an adverb)
    rec("9-1", "Protokollet justeras av ordföranden och en ledamot som nämnden utser.",
        [("ordföranden", "ordförande", FTV), ("ledamot", "ledamot", FTV),
         ("nämnden", "nämnd", POL)],
        [passive("justeras", "justera"), pres("utser", "utse")],
        [st("ordförande", "ordföranden", "none", None, "justera", "justeras", "Protokollet",
            passive=True),
         st("ledamot", "ledamot", "none", None, "justera", "justeras", "Protokollet",
            passive=True)]),
    rec("9-2", "Kassan granskas av en revisor och en ledamot som årsmötet väljer.",
        [("revisor", "revisor", FTV), ("ledamot", "ledamot", FTV), ("årsmötet", "årsmöte", OVR)],
        [passive("granskas", "granska"), pres("väljer", "välja")],
        [st("revisor", "revisor", "none", None, "granska", "granskas", "Kassan", passive=True),
         st("ledamot", "ledamot", "none", None, "granska", "granskas", "Kassan",
            passive=True)]),
    rec("9-3", "Styrelsen utser en ledamot som ordförande.",
        [("Styrelsen", "styrelse", POL), ("ledamot", "ledamot", FTV)],
        [pres("utser", "utse")],
        [st("styrelse", "Styrelsen", "none", None, "utse", "utser",
            "en ledamot som ordförande")]),
    # probe 7: `personal` in a verbless list with a non-actor noun is an area
    rec("7-1", "Ekonomi och personal", kind="heading"),
    rec("7-2", "Lokaler och personal", kind="heading"),
    rec("7-3", "Nämnd och personal", [("Nämnd", "nämnd", POL), ("personal", "personal", TJP)],
        kind="heading"),
    # cause 11: vocabulary
    rec("11-1", "Årsmötet väljer kassör och intendent för två år.",
        [("Årsmötet", "årsmöte", OVR), ("kassör", "kassör", FTV),
         ("intendent", "intendent", FTV)], [pres("väljer", "välja")],
        [st("årsmöte", "Årsmötet", "none", None, "välja", "väljer",
            "kassör och intendent för två år")]),
    rec("11-2", "Föreningen ska sprida kunskap om bygdens historia till ortsbefolkningen.",
        [("Föreningen", "förening", ORG), ("ortsbefolkningen", "ortsbefolkning", EXT)],
        [SKA, inf("sprida")],
        [st("förening", "Föreningen", "obligation", "ska", "sprida", "sprida",
            "kunskap om bygdens historia till ortsbefolkningen")]),
    rec("11-3", "Föreningen ska vårda gamla husgeråd och redskap.",
        [("Föreningen", "förening", ORG)], [SKA, inf("vårda")],
        [st("förening", "Föreningen", "obligation", "ska", "vårda", "vårda",
            "gamla husgeråd och redskap")]),
    # cause 5, negative: a determiner before an association compound opens no name
    rec("5-1", "Varje idrottsförening i Ekvik ska lämna en årsrapport.",
        [("idrottsförening", "idrottsförening", ORG)], [SKA, inf("lämna")],
        [st("idrottsförening", "idrottsförening", "obligation", "ska", "lämna", "lämna",
            "en årsrapport")]),
]

DOCUMENTS = {
    "w43-a-hembygd": (HEM_TEXT, HEM_RECORDS),
    "w43-a-idrott": (IDR_TEXT, IDR_RECORDS),
    "w43-a-styrelse": (STY_TEXT, STY_RECORDS),
    "w43-a-bygg": (BYGG_TEXT, BYGG_RECORDS),
    "w43-a-kultur": (KUL_TEXT, KUL_RECORDS),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w43-a", DOCUMENTS, after=SENTENCES)
