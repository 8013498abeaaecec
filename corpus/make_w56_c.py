"""Builds corpus/dev/w56-c.jsonl and the pages corpus/dev/w56-c-*.txt with their gold: invented
material for round 56, writer w56c (analysis 56-cl causes C1, C3, C5, C6), written by hand from
docs/annotation.md before the rules. Each construction in three or more surface forms, one the
parser links wrongly, one in context (a fronted adverbial, the 2nd/3rd sentence of a paragraph).
C1 (`bolag-*`): a page whose one named company is the owner (`helägt dotterbolag till X`,
`X som ägare`, `ägs helt av X`, `med X som moderbolag`): a bare `Bolaget` stays `bolag`
(§2.3: `bolaget` names the document's own company only); negatives: a title naming the
company (`Ägardirektiv för <X AB>`: X), a name that is the owned subject (`X ägs av kommunen`).
C2 (`cond-*`): a fronted `Om`/`När` clause without a comma ending in a coordinated noun phrase
(`har anställda och konsulter ska X`, `elever och/eller vårdnadshavare … ska X`, as a 2nd
sentence) that the parser makes the main verb's subject: the actor after the modal acts;
negative: a coordinated subject inside the clause (`Om ordföranden eller sekreteraren är …`).
C3 (`cut-*`): an excerpt ending without a stop inside the verb after a modal or `har att`
(`har att verkst`, `ska kall`, `ska årligen gransk`): no statement (§5.4, round 42);
negatives: a whole infinitive at the text end, a main-verb `får` with its object.
C5 (`agent-*`): a passive's agent written name, comma, role (`av Lena Holm, ekonomichef i …`,
`, nämndens sekreterare`, inverted `leds mötena av …` as a second sentence): the role is the
agent; negative: a name series, no role. C6 (`upd-*`): a field line without a stop over the
page's update line (`Sidan granskades: <date>`, `Innehållet kontrollerades:`, `Informationen
publicerades:`): two clauses, the update line metadata; negative: `Informationen granskades
av revisorerna …` inside prose keeps its statement. Offsets computed.
Run: python corpus/make_w56_c.py corpus/dev"""

import sys

from records import (
    FORV,
    FTV,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    blocks_text,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

NONE, OB, RESP = "none", "obligation", "responsibility"
HAR = ("har", "ha", "pres", "act")
AR = ("är", "vara", "pres", "act")
FAR = ("får", "få", "pres", "act")


def one(doc, *args, **kwargs):
    """A one-clause document."""
    return records_for(f"w56-c-{doc}", check_texts=True, conditions_from_statements=True)(
        "1", *args, **kwargs)


def page(doc, title, paragraphs):
    """A page: a title heading, then paragraphs (cid, text, actors, verbs, statements)."""
    rec = records_for(f"w56-c-{doc}", check_texts=True)
    records = [rec("title", title[0], title[1], kind="heading")]
    records += [rec(cid, text, actors, verbs, statements, kind=kind)
                for cid, text, actors, verbs, statements, kind in paragraphs]
    return f"w56-c-{doc}", records


def past(word, lemma, voice="act", nth=0):
    return (word, lemma, "past", voice, nth)


B = ("Bolaget", "bolag", ORG)
b = ("bolaget", "bolag", ORG)
PAGES = [
    # C1: the one named company is the owner
    page("bolag-1", ("Ägardirektiv", []), [
        ("1", "Bolaget är sedan 2019 ett helägt dotterbolag till Norrvik Stadshus AB.",
         [B, ("Norrvik Stadshus AB", "norrvik stadshus ab", ORG)], [AR],
         [st("bolag", "Bolaget", NONE, None, "vara", "är",
             "sedan 2019 ett helägt dotterbolag till Norrvik Stadshus AB")], "paragraph"),
        ("2", "Bolaget ska varje år lämna en rapport om verksamheten till kommunstyrelsen.",
         [B, ("kommunstyrelsen", "kommunstyrelse", POL)], [SKA, inf("lämna")],
         [st("bolag", "Bolaget", OB, "ska", "lämna", "lämna",
             "en rapport om verksamheten till kommunstyrelsen")], "paragraph"),
    ]),
    page("bolag-2", ("Ägardirektiv", []), [
        ("1", "Direktiven beskriver relationen mellan Ekvik Holding AB som ägare och "
         "dotterbolagen.",
         [("Ekvik Holding AB", "ekvik holding ab", ORG), ("dotterbolagen", "dotterbolag", ORG)],
         [pres("beskriver", "beskriva")], [], "paragraph"),
        ("2", "Enligt bolagsordningen ska bolaget bedriva verksamhet inom energiområdet.",
         [b], [SKA, inf("bedriva")],
         [st("bolag", "bolaget", OB, "ska", "bedriva", "bedriva",
             "verksamhet inom energiområdet")], "paragraph"),
        ("3", "Bolaget ansvarar för att verksamheten bedrivs effektivt.",
         [B], [pres("ansvarar", "ansvara"), pres("bedrivs", "bedriva", "pass")],
         [st("bolag", "Bolaget", RESP, "ansvarar för", "ansvara", "ansvarar",
             "att verksamheten bedrivs effektivt")], "paragraph"),
    ]),
    page("bolag-3", ("Ägardirektiv", []), [
        ("1", "Bolaget ägs helt av Storby Kommunföretag AB.",
         [B, ("Storby Kommunföretag AB", "storby kommunföretag ab", ORG)],
         [pres("ägs", "äga", "pass")],
         [st("storby kommunföretag ab", "Storby Kommunföretag AB", NONE, None, "äga", "ägs",
             "Bolaget", passive=True)], "paragraph"),
        ("2", "Bolaget ska ha en styrelse med fem ledamöter.",
         [B, ("styrelse", "styrelse", POL), ("ledamöter", "ledamot", FTV)], [SKA, inf("ha")],
         [st("bolag", "Bolaget", OB, "ska", "ha", "ha", "en styrelse med fem ledamöter")],
         "paragraph"),
    ]),
    page("bolag-4", ("Ägardirektiv", []), [
        ("1", "Bolaget ingår i en koncern med Ekby Stadshus AB som moderbolag. Styrelsen ska "
         "varje år pröva verksamheten. Bolaget ska följa kommunens riktlinjer.",
         [B, ("koncern", "koncern", ORG), ("Ekby Stadshus AB", "ekby stadshus ab", ORG),
          ("Styrelsen", "styrelse", POL),
          ("Bolaget", "bolag", ORG, 1), ("kommunens", "kommun", ORG)],
         [pres("ingår", "ingå"), SKA, inf("pröva"), ("ska", "skola", "pres", "act", 1),
          inf("följa")],
         [st("bolag", "Bolaget", NONE, None, "ingå", "ingår", "i en koncern"),
          st("styrelse", "Styrelsen", OB, "ska", "pröva", "pröva", "verksamheten"),
          st("bolag", "Bolaget", OB, "ska", "följa", "följa", "kommunens riktlinjer")],
         "paragraph"),
    ]),
    # C1 negatives: the title names the company; the name is the owned subject
    page("bolag-n1", ("Ägardirektiv för Ekby Hamn AB", [("Ekby Hamn AB", "ekby hamn ab", ORG)]), [
        ("1", "Bolaget är sedan 2010 ett helägt dotterbolag till Ekby Stadshus AB.",
         [("Bolaget", "ekby hamn ab", ORG), ("Ekby Stadshus AB", "ekby stadshus ab", ORG)],
         [AR],
         [st("ekby hamn ab", "Bolaget", NONE, None, "vara", "är",
             "sedan 2010 ett helägt dotterbolag till Ekby Stadshus AB")], "paragraph"),
        ("2", "Bolaget ska sköta hamnen.", [("Bolaget", "ekby hamn ab", ORG)],
         [SKA, inf("sköta")],
         [st("ekby hamn ab", "Bolaget", OB, "ska", "sköta", "sköta", "hamnen")], "paragraph"),
    ]),
    page("bolag-n2", ("Vårt uppdrag", []), [
        ("1", "Fjällby Energi AB ägs av kommunen.",
         [("Fjällby Energi AB", "fjällby energi ab", ORG), ("kommunen", "kommun", ORG)],
         [pres("ägs", "äga", "pass")],
         [st("kommun", "kommunen", NONE, None, "äga", "ägs", "Fjällby Energi AB",
             passive=True)], "paragraph"),
        ("2", "Bolaget ska producera fjärrvärme åt hushållen.",
         [("Bolaget", "fjällby energi ab", ORG)], [SKA, inf("producera")],
         [st("fjällby energi ab", "Bolaget", OB, "ska", "producera", "producera",
             "fjärrvärme åt hushållen")], "paragraph"),
    ]),
    # C6: a field line without a stop over the page's update line
    page("upd-1", ("Tillsyn av livsmedel", []), [
        ("1", "Miljönämnden ansvarar för kontrollen av livsmedel.",
         [("Miljönämnden", "miljönämnd", POL)],
         [pres("ansvarar", "ansvara")],
         [st("miljönämnd", "Miljönämnden", RESP, "ansvarar för", "ansvara", "ansvarar",
             "kontrollen av livsmedel")], "paragraph"),
        ("2", "Ansvarig nämnd: Miljönämnden", [("Miljönämnden", "miljönämnd", POL)], [], [],
         "paragraph"),
        ("m1", "Sidan granskades: 2024-03-01", [], [], [], "paragraph"),
    ]),
    page("upd-2", ("Bygglov", []), [
        ("1", "Byggnadsnämnden prövar ansökningar om bygglov.",
         [("Byggnadsnämnden", "byggnadsnämnd", POL)], [pres("prövar", "pröva")],
         [st("byggnadsnämnd", "Byggnadsnämnden", NONE, None, "pröva", "prövar",
             "ansökningar om bygglov")], "paragraph"),
        ("2", "Ansvarig förvaltning: Samhällsbyggnadsförvaltningen",
         [("Samhällsbyggnadsförvaltningen", "samhällsbyggnadsförvaltning", FORV)], [], [],
         "paragraph"),
        ("m1", "Innehållet kontrollerades: 2023-11-30", [], [], [], "paragraph"),
    ]),
    page("upd-3", ("Parkering", []), [
        ("1", "Tekniska nämnden beslutar om avgifter för parkering. Tekniska nämnden ska "
         "varje år se över taxan.",
         [("Tekniska nämnden", "teknisk nämnd", POL),
          ("Tekniska nämnden", "teknisk nämnd", POL, 1)],
         [pres("beslutar", "besluta"), SKA, inf("se")],
         [st("teknisk nämnd", "Tekniska nämnden", NONE, None, "besluta", "beslutar",
             "om avgifter för parkering"),
          st("teknisk nämnd", "Tekniska nämnden", OB, "ska", "se", "se", "över taxan")],
         "paragraph"),
        ("2", "Ansvarig: Tekniska nämnden", [("Tekniska nämnden", "teknisk nämnd", POL)], [], [],
         "paragraph"),
        ("m1", "Informationen publicerades: 2025-01-15", [], [], [], "paragraph"),
    ]),
]

SENTENCES = [
    # C6 negative: the update verb in prose with its agent keeps its statement
    one("upd-n1", "Informationen granskades av revisorerna i mars.",
        [("revisorerna", "revisor", FTV)], [past("granskades", "granska", "pass")],
        [st("revisor", "revisorerna", NONE, None, "granska", "granskades", "Informationen",
            passive=True)]),
    # C3: an excerpt cut inside the verb
    one("cut-1", "Förvaltningschefen har att verkst",
        [("Förvaltningschefen", "förvaltningschef", TJP)], [HAR], []),
    one("cut-2", "Nämnden sammanträder varje månad. Ordföranden ska kall",
        [("Nämnden", "nämnd", POL), ("Ordföranden", "ordförande", FTV)],
        [pres("sammanträder", "sammanträda"), SKA],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "varje månad")]),
    one("cut-3", "Revisorerna ska årligen gransk", [("Revisorerna", "revisor", FTV)], [SKA], []),
    one("cut-n1", "Styrelsen ska besluta", [("Styrelsen", "styrelse", POL)],
        [SKA, inf("besluta")], [st("styrelse", "Styrelsen", OB, "ska", "besluta", "besluta")]),
    one("cut-n2", "Nämnden får bidrag", [("Nämnden", "nämnd", POL)], [FAR],
        [st("nämnd", "Nämnden", NONE, None, "få", "får", "bidrag")]),
    # C5: name, comma, role as a passive's agent
    one("agent-1", "Arbetet samordnas av Lena Holm, ekonomichef i förvaltningen.",
        [("ekonomichef", "ekonomichef", TJP), ("förvaltningen", "förvaltning", FORV)],
        [pres("samordnas", "samordna", "pass")],
        [st("ekonomichef", "ekonomichef", NONE, None, "samordna", "samordnas", "Arbetet",
            passive=True)]),
    one("agent-2", "Kommunstyrelsen leder arbetet. Mötena leds av Jonas Ek, avdelningschef "
        "för ekonomi.",
        [("Kommunstyrelsen", "kommunstyrelse", POL), ("avdelningschef", "avdelningschef", TJP)],
        [pres("leder", "leda"), pres("leds", "leda", "pass")],
        [st("kommunstyrelse", "Kommunstyrelsen", NONE, None, "leda", "leder", "arbetet"),
         st("avdelningschef", "avdelningschef", NONE, None, "leda", "leds", "Mötena",
            passive=True)]),
    one("agent-3", "Efter varje sammanträde justeras protokollet av Maria Lindqvist, nämndens "
        "sekreterare.",
        [("nämndens sekreterare", "nämndens sekreterare", TJP)],
        [pres("justeras", "justera", "pass")],
        [st("nämndens sekreterare", "nämndens sekreterare", NONE, None, "justera", "justeras", "protokollet",
            passive=True)]),
    # C2: a fronted `Om`/`När` clause without a comma whose noun phrase the parser makes the
    # main verb's subject
    one("cond-1", "Om förbundet har anställda och konsulter ska förbundsdirektören föra en "
        "förteckning över dem.",
        [("förbundet", "förbund", ORG), ("anställda", "anställd", OVR),
         ("konsulter", "konsult", OVR), ("förbundsdirektören", "förbundsdirektör", TJP)],
        [pres("har", "ha"), SKA, inf("föra")],
        [st("förbundsdirektör", "förbundsdirektören", OB, "ska", "föra", "föra",
            "en förteckning över dem",
            condition="Om förbundet har anställda och konsulter")]),
    one("cond-2", "När enheten har elever och/eller vårdnadshavare i behov av stöd ska rektorn "
        "informera nämnden.",
        [("enheten", "enhet", FORV), ("elever", "elev", OVR), ("vårdnadshavare", "vårdnadshavare", OVR),
         ("rektorn", "rektor", TJP), ("nämnden", "nämnd", POL)],
        [pres("har", "ha"), SKA, inf("informera")],
        [st("rektor", "rektorn", OB, "ska", "informera", "informera", "nämnden",
            condition="När enheten har elever och/eller vårdnadshavare i behov av stöd")]),
    one("cond-3", "Nämnden sammanträder varje månad. Om kommunen har bolag och stiftelser ska "
        "kommunstyrelsen utöva uppsikt över dem.",
        [("Nämnden", "nämnd", POL), ("kommunen", "kommun", ORG), ("bolag", "bolag", ORG),
         ("stiftelser", "stiftelse", ORG), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [pres("sammanträder", "sammanträda"), pres("har", "ha"), SKA, inf("utöva")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "varje månad"),
         st("kommunstyrelse", "kommunstyrelsen", OB, "ska", "utöva", "utöva",
            "uppsikt över dem", condition="Om kommunen har bolag och stiftelser")]),
    one("cond-n1", "Om ordföranden eller sekreteraren är frånvarande ska styrelsen utse en "
        "ersättare.",
        [("ordföranden", "ordförande", FTV), ("sekreteraren", "sekreterare", TJP),
         ("styrelsen", "styrelse", POL), ("ersättare", "ersättare", FTV)],
        [pres("är", "vara"), SKA, inf("utse")],
        [st("styrelse", "styrelsen", OB, "ska", "utse", "utse", "en ersättare",
            condition="Om ordföranden eller sekreteraren är frånvarande")]),
    one("agent-n1", "Beslutet fattas av Eva Lind, Per Ek och Ola Ny.", [],
        [pres("fattas", "fatta", "pass")], []),
]


if __name__ == "__main__":
    documents = {}
    for doc_id, records in PAGES:
        documents[doc_id] = (None, records)
    texts = {
        "w56-c-upd-1": "Tillsyn av livsmedel\n\nMiljönämnden ansvarar för kontrollen av livsmedel"
        ".\n\nAnsvarig nämnd: Miljönämnden\nSidan granskades: 2024-03-01\n",
        "w56-c-upd-2": "Bygglov\n\nByggnadsnämnden prövar ansökningar om bygglov.\n\nAnsvarig "
        "förvaltning: Samhällsbyggnadsförvaltningen\nInnehållet kontrollerades: 2023-11-30\n",
        "w56-c-upd-3": "Parkering\n\nTekniska nämnden beslutar om avgifter för parkering. "
        "Tekniska nämnden ska varje år se över taxan.\n\nAnsvarig: Tekniska nämnden\nInformationen "
        "publicerades: 2025-01-15\n",
    }
    for doc_id, (_, records) in documents.items():
        documents[doc_id] = (texts.get(doc_id) or blocks_text(records), records)
    write_part(sys.argv[1], "w56-c", documents, after=SENTENCES)
