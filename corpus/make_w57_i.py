"""Builds corpus/dev/w57-i.jsonl and the documents corpus/dev/w57-i-*.txt with their gold:
invented material for round 57, writer w57h (analysis57-cp C6, C5, C7, C2b).
C6 (`w57-i-styrelse`, `w57-i-namnder`, `w57-i-roller`): a capitalised verb-first `•` item under
a pro-verb lead-in (`Det här gör X:`), a verb-first line under a unit heading and a table cell
after an actor label, whose first word the tagger may read as a noun or name (`Väljer`,
`Fastställer`, `Beviljar`, `Leder och samordnar`): the lead-in's, heading's or label's actor is
its subject; a comma series in the object, a second coordinated VP, the lead-in as a
paragraph's third sentence. Negatives: a plural-noun item (`Ledamöter och ersättare`), a
noun-phrase cell.
C5 (`w57-i-personal`): an actor head + `i`/`från` PP holding a coordinated pair of actor
nouns with adjectives (`medarbetare i regional förvaltning och kommunala stiftelser`): the head
is the subject; as a paragraph's third sentence and after `, och`. Negative: actors that are
themselves the coordinated subject before a PP.
C7 (`w57-i-arbete`): a fronted place PP + an activity verb + a bare plural actor subject
(`På förvaltningarna arbetar tjänstemän som …`), `jobbar`, a coordinated pair, third
sentence, after `, och`. Negative: `man` after the verb.
C2b (`w57-i-moten`): a comma-less `När`-clause whose own subject is a coordination and whose
verb the tagger may read as a noun, before an inverted main clause.
Gold by hand from docs/annotation.md §2, §5.1, §5.3 before any run. Offsets computed.
Run: python corpus/make_w57_i.py corpus/dev"""

import sys

from records import EXT, FORV, FTV, ORG, OVR, POL, TJP, blocks_text, inf, pres, records_for
from records import statement as st
from records import write_part

NONE, OB, RESP = "none", "obligation", "responsibility"
DOCUMENTS = {}


def blocks_with_items(records):
    """A document's text: each paragraph with its items as lines under it."""
    blocks = []
    for record in records:
        if record["meta"]["kind"] == "list_item":
            blocks[-1] += f"\n{record['meta']['label']} {record['text']}"
        else:
            blocks.append(record["text"])
    return "\n\n".join(blocks) + "\n"


# C6 (a): verb-first items under a pro-verb lead-in.
D = "w57-i-styrelse"
rec = records_for(D)
SY, KF = "styrelse", "kommunfullmäktige"
GOR = pres("gör", "göra")
STYRELSE = [
    rec("title", "Så styrs stiftelsen", kind="heading"),
    rec("1", "Det här gör styrelsen:", [("styrelsen", SY, POL)], [GOR]),
    rec("1.a", "Väljer revisorer för de kommande fyra åren.", [("revisorer", "revisor", FTV)],
        [pres("Väljer", "välja")],
        [st(SY, "styrelsen", NONE, None, "välja", "Väljer", "revisorer för de kommande fyra åren")],
        kind="list_item", parent="1", label="•"),
    rec("1.b", "Fastställer årsredovisningen, budgeten och taxorna.", [],
        [pres("Fastställer", "fastställa")],
        [st(SY, "styrelsen", NONE, None, "fastställa", "Fastställer",
            "årsredovisningen, budgeten och taxorna")],
        kind="list_item", parent="1", label="•"),
    rec("1.c", "Leder och samordnar arbetet med regionstyrelsens planering.",
        [("regionstyrelsens", "regionstyrelse", POL)],
        [pres("Leder", "leda"), pres("samordnar", "samordna")],
        [st(SY, "styrelsen", NONE, None, "leda", "Leder",
            "arbetet med regionstyrelsens planering"),
         st(SY, "styrelsen", NONE, None, "samordna", "samordnar",
            "arbetet med regionstyrelsens planering")],
        kind="list_item", parent="1", label="•"),
    rec("1.d", "Ledamöter och ersättare", [("Ledamöter", "ledamot", FTV),
                                           ("ersättare", "ersättare", FTV)],
        kind="list_item", parent="1", label="•"),
    rec("2", "Kommunfullmäktige är kommunens högsta beslutande organ. Kommunfullmäktige "
        "sammanträder sex gånger per år. Det här gör kommunfullmäktige:",
        [("Kommunfullmäktige", KF, POL), ("kommunens", "kommun", ORG),
         ("Kommunfullmäktige", KF, POL, 1), ("kommunfullmäktige", KF, POL)],
        [pres("är", "vara"), pres("sammanträder", "sammanträda"), GOR],
        [st(KF, "Kommunfullmäktige", NONE, None, "vara", "är",
            "kommunens högsta beslutande organ"),
         st(KF, "Kommunfullmäktige", NONE, None, "sammanträda", "sammanträder",
            "sex gånger per år")]),
    rec("2.a", "Utser ledamöter i nämnderna och beslutar om arvoden.",
        [("ledamöter", "ledamot", FTV), ("nämnderna", "nämnd", POL)],
        [pres("Utser", "utse"), pres("beslutar", "besluta")],
        [st(KF, "kommunfullmäktige", NONE, None, "utse", "Utser",
            "ledamöter i nämnderna"),
         st(KF, "kommunfullmäktige", NONE, None, "besluta", "beslutar", "om arvoden")],
        kind="list_item", parent="2", label="•"),
    rec("2.b", "Godkänner kommunstyrelsens förslag till budget.",
        [("kommunstyrelsens", "kommunstyrelse", POL)], [pres("Godkänner", "godkänna")],
        [st(KF, "kommunfullmäktige", NONE, None, "godkänna", "Godkänner",
            "kommunstyrelsens förslag till budget")],
        kind="list_item", parent="2", label="•"),
]
DOCUMENTS[D] = (blocks_with_items(STYRELSE), STYRELSE)

# C6 (b): verb-first description lines under a unit heading.
D = "w57-i-namnder"
rec = records_for(D)  # a description's actor_text is its heading's
MN, SN = "miljönämnd", "socialnämnd"
NAMNDER = [
    rec("title", "Nämnderna och deras uppdrag", kind="heading"),
    rec("1", "Miljönämnden", [("Miljönämnden", MN, POL)], kind="heading"),
    rec("1.1", "Fastställer avgifter för tillsynen och beslutar om förelägganden.", [],
        [pres("Fastställer", "fastställa"), pres("beslutar", "besluta")],
        [st(MN, "Miljönämnden", NONE, None, "fastställa", "Fastställer",
            "avgifter för tillsynen"),
         st(MN, "Miljönämnden", NONE, None, "besluta", "beslutar", "om förelägganden")],
        parent="1"),
    rec("2", "Socialnämnden", [("Socialnämnden", SN, POL)], kind="heading"),
    rec("2.1", "Beviljar bistånd, färdtjänst och bostadsanpassning.", [],
        [pres("Beviljar", "bevilja")],
        [st(SN, "Socialnämnden", NONE, None, "bevilja", "Beviljar",
            "bistånd, färdtjänst och bostadsanpassning")],
        parent="2"),
]
DOCUMENTS[D] = (blocks_text(NAMNDER), NAMNDER)

# C6 (c): table rows, an actor label cell and a verb-first cell.
D = "w57-i-roller"
rec = records_for(D, check_texts=True)
KC, RG = "kanslichef", "registrator"
ROLLER = [
    rec("title", "Roller på kansliet", kind="heading"),
    rec("1", "Roll | Ansvar"),
    rec("2", "Kanslichefen | Fördelar och planerar arbetet inom kansliet.",
        [("Kanslichefen", KC, TJP)],
        [pres("Fördelar", "fördela"), pres("planerar", "planera")],
        [st(KC, "Kanslichefen", NONE, None, "fördela", "Fördelar", "arbetet inom kansliet"),
         st(KC, "Kanslichefen", NONE, None, "planera", "planerar", "arbetet inom kansliet")]),
    rec("3", "Registratorn | Väljer arkivform för handlingar, brev och beslut.",
        [("Registratorn", RG, TJP)], [pres("Väljer", "välja")],
        [st(RG, "Registratorn", NONE, None, "välja", "Väljer",
            "arkivform för handlingar, brev och beslut")]),
    rec("4", "Kommunstyrelsen | Lokaler och fordon", [("Kommunstyrelsen", "kommunstyrelse", POL)]),
]
DOCUMENTS[D] = (blocks_text(ROLLER), ROLLER)

# C5: an actor head with a PP holding coordinated actor nouns.
D = "w57-i-personal"
rec = records_for(D, check_texts=True)
PERSONAL = [
    rec("title", "Personal och uppdrag", kind="heading"),
    rec("1", "Drygt 3 000 medarbetare i regional förvaltning och kommunala stiftelser ser till "
        "att vården fungerar.",
        [("medarbetare", "medarbetare", TJP), ("förvaltning", "förvaltning", FORV),
         ("stiftelser", "stiftelse", ORG)],
        [pres("ser", "se"), pres("fungerar", "fungera")],
        [st("medarbetare", "medarbetare", OB, "ser till att", "se", "ser",
            "att vården fungerar")]),
    rec("2", "Ett hundratal representanter från lokala föreningar och statliga myndigheter "
        "deltar i rådets arbete.",
        [("representanter", "representant", OVR), ("föreningar", "förening", ORG),
         ("myndigheter", "myndighet", EXT), ("rådets", "råd", POL)],
        [pres("deltar", "delta")],
        [st("representant", "representanter", NONE, None, "delta", "deltar",
            "i rådets arbete")]),
    rec("3", "Budgeten är beslutad. Arbetet är omfattande. Omkring 200 personer i kommunal "
        "förvaltning och privata bolag ansvarar för genomförandet.",
        [("personer", "person", OVR), ("förvaltning", "förvaltning", FORV),
         ("bolag", "bolag", ORG)],
        [pres("är", "vara"), pres("är", "vara", nth=1), pres("ansvarar", "ansvara")],
        [st("person", "personer", RESP, "ansvarar för", "ansvara", "ansvarar",
            "för genomförandet")]),
    rec("4", "Styrelsen fattar besluten, och ett tjugotal handläggare i regional förvaltning "
        "och kommunala förbund bereder ärendena.",
        [("Styrelsen", "styrelse", POL), ("handläggare", "handläggare", TJP),
         ("förvaltning", "förvaltning", FORV), ("förbund", "förbund", ORG)],
        [pres("fattar", "fatta"), pres("bereder", "bereda")],
        [st("styrelse", "Styrelsen", NONE, None, "fatta", "fattar", "besluten"),
         st("handläggare", "handläggare", NONE, None, "bereda", "bereder", "ärendena")]),
    rec("5", "Förvaltningen och bolagen i koncernen ser till att lokalerna underhålls.",
        [("Förvaltningen", "förvaltning", FORV), ("bolagen", "bolag", ORG),
         ("koncernen", "koncern", ORG)],
        [pres("ser", "se"), pres("underhålls", "underhålla", "pass")],
        [st("förvaltning", "Förvaltningen", OB, "ser till att", "se", "ser",
            "att lokalerna underhålls"),
         st("bolag", "bolagen", OB, "ser till att", "se", "ser", "att lokalerna underhålls")]),
]
DOCUMENTS[D] = (blocks_text(PERSONAL), PERSONAL)

# C7: fronted place PP + activity verb + bare plural actor subject.
D = "w57-i-arbete"
rec = records_for(D, check_texts=True)
TM, HL, SK = "tjänsteman", "handläggare", "sekreterare"
ARBETE = [
    rec("title", "Här arbetar vi", kind="heading"),
    rec("1", "På förvaltningarna arbetar tjänstemän som bereder ärendena.",
        [("förvaltningarna", "förvaltning", FORV), ("tjänstemän", TM, TJP)],
        [pres("arbetar", "arbeta"), pres("bereder", "bereda")],
        [st(TM, "tjänstemän", NONE, None, "arbeta", "arbetar", "På förvaltningarna")]),
    rec("2", "I stadshuset arbetar handläggare som utreder ansökningarna.",
        [("handläggare", HL, TJP)],
        [pres("arbetar", "arbeta"), pres("utreder", "utreda")],
        [st(HL, "handläggare", NONE, None, "arbeta", "arbetar", "I stadshuset")]),
    rec("3", "På kansliet jobbar sekreterare som skriver protokollen.",
        [("kansliet", "kansli", FORV), ("sekreterare", SK, TJP)],
        [pres("jobbar", "jobba"), pres("skriver", "skriva")],
        [st(SK, "sekreterare", NONE, None, "jobba", "jobbar", "På kansliet")]),
    rec("4", "Kommunen har tre förvaltningar. Varje förvaltning leds av en chef. Inom "
        "socialförvaltningen arbetar socialsekreterare och biståndshandläggare som utreder "
        "behoven.",
        [("Kommunen", "kommun", ORG), ("förvaltningar", "förvaltning", FORV),
         ("förvaltning", "förvaltning", FORV), ("chef", "chef", TJP),
         ("socialförvaltningen", "socialförvaltning", FORV),
         ("socialsekreterare", "socialsekreterare", TJP),
         ("biståndshandläggare", "biståndshandläggare", TJP)],
        [pres("har", "ha"), pres("leds", "leda", "pass"), pres("arbetar", "arbeta"),
         pres("utreder", "utreda")],
        [st("kommun", "Kommunen", NONE, None, "ha", "har", "tre förvaltningar"),
         st("chef", "chef", NONE, None, "leda", "leds", "Varje förvaltning", passive=True),
         st("socialsekreterare", "socialsekreterare", NONE, None, "arbeta", "arbetar",
            "Inom socialförvaltningen"),
         st("biståndshandläggare", "biståndshandläggare", NONE, None, "arbeta", "arbetar",
            "Inom socialförvaltningen")]),
    rec("5", "Nämnden sammanträder varje månad, och på förvaltningen arbetar utredare som "
        "bereder ärendena.",
        [("Nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", FORV),
         ("utredare", "utredare", TJP)],
        [pres("sammanträder", "sammanträda"), pres("arbetar", "arbeta"),
         pres("bereder", "bereda")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "varje månad"),
         st("utredare", "utredare", NONE, None, "arbeta", "arbetar", "på förvaltningen")]),
    rec("6", "I förvaltningen arbetar man med budgeten.",
        [("förvaltningen", "förvaltning", FORV)], [pres("arbetar", "arbeta")]),
]
DOCUMENTS[D] = (blocks_text(ARBETE), ARBETE)

# C2b: a comma-less `När`-clause with a coordinated subject before an inverted main clause.
D = "w57-i-moten"
rec = records_for(D, check_texts=True)
OF = "ordförande"
MOTEN = [
    rec("title", "Om extra möten", kind="heading"),
    rec("1", "När styrelsen eller revisorerna begär det kallar ordföranden till möte.",
        [("styrelsen", "styrelse", POL), ("revisorerna", "revisor", FTV),
         ("ordföranden", OF, FTV)],
        [pres("begär", "begära"), pres("kallar", "kalla")],
        [st(OF, "ordföranden", NONE, None, "kalla", "kallar", "till möte")]),
    rec("2", "Föreningen har ett hundratal medlemmar. När medlemmarna, valberedningen eller revisorerna kräver "
        "det sammankallar styrelsen en extra stämma.",
        [("Föreningen", "förening", ORG), ("medlemmarna", "medlem", OVR),
         ("valberedningen", "valberedning", POL), ("revisorerna", "revisor", FTV),
         ("styrelsen", "styrelse", POL)],
        [pres("har", "ha"), pres("kräver", "kräva"),
         pres("sammankallar", "sammankalla")],
        [st("förening", "Föreningen", NONE, None, "ha", "har", "ett hundratal medlemmar"),
         st("styrelse", "styrelsen", NONE, None, "sammankalla", "sammankallar",
            "en extra stämma")]),
    rec("3", "När ledamöterna och ersättarna önskar det bokar sekreteraren en lokal.",
        [("ledamöterna", "ledamot", FTV), ("ersättarna", "ersättare", FTV),
         ("sekreteraren", "sekreterare", TJP)],
        [pres("önskar", "önska"), pres("bokar", "boka")],
        [st("sekreterare", "sekreteraren", NONE, None, "boka", "bokar", "en lokal")]),
]
DOCUMENTS[D] = (blocks_text(MOTEN), MOTEN)

if __name__ == "__main__":
    write_part(sys.argv[1] if len(sys.argv) > 1 else "corpus/dev", "w57-i", DOCUMENTS)
