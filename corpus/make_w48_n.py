"""Builds corpus/dev/w48-n.jsonl and the documents corpus/dev/w48-n-*.txt: invented text for
round 48, writer N (statement-grammar faults of the new-user trial nu48; gold by hand from
docs/annotation.md before the rules, offsets computed). Fault 1: a colon lead-in whose cue
(`får inte`, `ska`, `ansvarar för`, `har till uppgift att`) is followed by an inserted
adverbial before the colon (`utan styrelsens medgivande`, `på eget initiativ`, `i första
hand`, `inom förvaltningen`) hands its cue and negation to its items (`w48-n-vd`,
`w48-n-kansli`); the negative a noun-phrase item under `får av bolaget:` (received: `få`).
Fault 2: a temporal phrase between a modal and its infinitive (`senast den
15 mars`, `varje månad`, `före utgången av juni`, `inom tre veckor`); the negative a word
after a determiner (`senast den sista vardagen`). Fault 3: a fronted PP whose noun has a
`för`-phrase, then an inverted subject (`Vid förhinder för X övertar Y …`, `Under semester
för …`, `I frånvaro av …`); negatives the same PP before a modal and a fronted `när`-clause.
Fault 4: the note cells of a delegation table (`w48-n-bygglov`): a passive with a noun
subject takes no subject from the delegate cell, a copular note states nothing; the negative
a note with its own actor subject. Fault 5: a member list under `Förbundets medlemmar är:`
whose names end like infinitives (`Tallbacka kommun`): (medlem, none, vara, the item), as
round 11's `Nämndens utskott är:`, the name no verb (`w48-n-forbund`); negative `Förbundet
ska bistå kommunerna …`. Fault 6: `i den mån …` after the main clause is its condition, a
statute cited as `lagen (NNNN:NNN) om X` is kept whole in an `enligt` condition.
Run: python corpus/make_w48_n.py corpus/dev"""

import sys

from records import AR, FAR, FTV, HAR, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

D = "w48-n"
rec = records_for(D, conditions_from_statements=True)
FORV = "förvaltningsorganisation"
VD = "verkställande direktör"

# --- fault 1 (lead-ins with an inserted adverbial), fault 2, fault 3, fault 6 ------------
VDD = "w48-n-vd"
VD_TEXT = """Instruktion för verkställande direktören i Lövmora Vatten AB

1 Befogenheter

Verkställande direktören får inte utan styrelsens medgivande:

1. ingå avtal som löper längre än tre år,

2. sälja fast egendom,

3. ta upp lån.

Verkställande direktören ska på eget initiativ:

1. hålla styrelsen underrättad om verksamheten,

2. föreslå åtgärder vid avvikelser från budgeten.

2 Rapportering

Verkställande direktören ska senast den 15 mars lämna en årsredovisning till styrelsen.

Ekonomichefen ska varje månad redovisa utfallet för styrelsen.

Styrelsen ska före utgången av juni fastställa en delårsrapport.

Revisorn ska inom tre veckor granska bokslutet.

Styrelsen ska senast den sista vardagen i maj kalla till årsstämma.

Bolaget får sälja tjänster till andra kommuner i den mån det är förenligt med lag.

3 Ersättare

Vid förhinder för verkställande direktören övertar ekonomichefen ledningen av bolaget.

Vid förfall för ordföranden ska vice ordföranden leda styrelsens sammanträden.

När ekonomichefen är ledig sköter redovisningschefen betalningarna.

Verkställande direktören får av bolaget:

- en bilförmån.
"""
VDA = ("Verkställande direktören", VD, TJP)
STY = ("styrelsen", "styrelse", POL)
EKC = ("Ekonomichefen", "ekonomichef", TJP)


def vd_item(cid, label, text, verbs, aim, obj, deontic, modal, negated=False):
    return rec(cid, text, [], verbs,
               [st(VD, "Verkställande direktören", deontic, modal, aim, verbs[0][0], obj,
                   negated=negated)], doc=VDD, kind="list_item", parent=cid.rsplit(".", 1)[0],
               label=label)


VDR = [
    rec("title", "Instruktion för verkställande direktören i Lövmora Vatten AB",
        [("verkställande direktören", VD, TJP),
         ("Lövmora Vatten AB", "lövmora vatten ab", ORG)], doc=VDD, kind="heading"),
    rec("1", "Befogenheter", doc=VDD, kind="heading", label="1"),
    rec("1.1", "Verkställande direktören får inte utan styrelsens medgivande:",
        [VDA, ("styrelsens", "styrelse", POL)], [FAR], doc=VDD, parent="1"),
    vd_item("1.1.a", "1.", "ingå avtal som löper längre än tre år,",
            [inf("ingå"), pres("löper", "löpa")], "ingå", "avtal som löper längre än tre år",
            "prohibition", "får", negated=True),
    vd_item("1.1.b", "2.", "sälja fast egendom,", [inf("sälja")], "sälja", "fast egendom",
            "prohibition", "får", negated=True),
    vd_item("1.1.c", "3.", "ta upp lån.", [inf("ta")], "ta", "upp lån", "prohibition", "får",
            negated=True),
    rec("1.2", "Verkställande direktören ska på eget initiativ:", [VDA], [SKA], doc=VDD,
        parent="1"),
    rec("1.2.a", "hålla styrelsen underrättad om verksamheten,", [STY], [inf("hålla")],
        [st(VD, "Verkställande direktören", "obligation", "ska", "hålla", "hålla",
            "styrelsen underrättad om verksamheten")], doc=VDD, kind="list_item",
        parent="1.2", label="1."),
    rec("1.2.b", "föreslå åtgärder vid avvikelser från budgeten.", [], [inf("föreslå")],
        [st(VD, "Verkställande direktören", "obligation", "ska", "föreslå", "föreslå",
            "åtgärder vid avvikelser från budgeten")], doc=VDD, kind="list_item",
        parent="1.2", label="2."),
    rec("2", "Rapportering", doc=VDD, kind="heading", label="2"),
    rec("2.1", "Verkställande direktören ska senast den 15 mars lämna en årsredovisning till "
        "styrelsen.", [VDA, STY], [SKA, inf("lämna")],
        [st(VD, "Verkställande direktören", "obligation", "ska", "lämna", "lämna",
            "en årsredovisning till styrelsen")], doc=VDD, parent="2"),
    rec("2.2", "Ekonomichefen ska varje månad redovisa utfallet för styrelsen.", [EKC, STY],
        [SKA, inf("redovisa")],
        [st("ekonomichef", "Ekonomichefen", "obligation", "ska", "redovisa", "redovisa",
            "utfallet för styrelsen")], doc=VDD, parent="2"),
    rec("2.3", "Styrelsen ska före utgången av juni fastställa en delårsrapport.",
        [("Styrelsen", "styrelse", POL)], [SKA, inf("fastställa")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "fastställa", "fastställa",
            "en delårsrapport")], doc=VDD, parent="2"),
    rec("2.4", "Revisorn ska inom tre veckor granska bokslutet.",
        [("Revisorn", "revisor", FTV)], [SKA, inf("granska")],
        [st("revisor", "Revisorn", "obligation", "ska", "granska", "granska", "bokslutet")],
        doc=VDD, parent="2"),
    # negative: a word after a determiner inside the phrase is never the aim
    rec("2.5", "Styrelsen ska senast den sista vardagen i maj kalla till årsstämma.",
        [("Styrelsen", "styrelse", POL), ("årsstämma", "årsstämma", POL)], [SKA, inf("kalla")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "kalla", "kalla", "till årsstämma")],
        doc=VDD, parent="2"),
    rec("2.6", "Bolaget får sälja tjänster till andra kommuner i den mån det är förenligt "
        "med lag.", [("Bolaget", "lövmora vatten ab", ORG), ("kommuner", "kommun", ORG)],
        [FAR, inf("sälja"), AR],
        [st("lövmora vatten ab", "Bolaget", "permission", "får", "sälja", "sälja",
            "tjänster till andra kommuner",
            condition="i den mån det är förenligt med lag")], doc=VDD, parent="2"),
    rec("3", "Ersättare", [("Ersättare", "ersättare", FTV)], doc=VDD, kind="heading",
        label="3"),
    rec("3.1", "Vid förhinder för verkställande direktören övertar ekonomichefen ledningen av "
        "bolaget.", [("verkställande direktören", VD, TJP), ("ekonomichefen", "ekonomichef", TJP),
                     ("bolaget", "lövmora vatten ab", ORG)],
        [pres("övertar", "överta")],
        [st("ekonomichef", "ekonomichefen", "none", None, "överta", "övertar",
            "ledningen av bolaget",
            condition="Vid förhinder för verkställande direktören")], doc=VDD, parent="3"),
    # negatives: the same PP before a modal, a fronted när-clause
    rec("3.2", "Vid förfall för ordföranden ska vice ordföranden leda styrelsens sammanträden.",
        [("ordföranden", "styrelsens ordförande", FTV),
         ("vice ordföranden", "styrelsens vice ordförande", FTV), ("styrelsens", "styrelse", POL)],
        [SKA, inf("leda")],
        [st("styrelsens vice ordförande", "vice ordföranden", "obligation", "ska", "leda",
            "leda", "styrelsens sammanträden",
            condition="Vid förfall för ordföranden")], doc=VDD, parent="3"),
    rec("3.3", "När ekonomichefen är ledig sköter redovisningschefen betalningarna.",
        [("ekonomichefen", "ekonomichef", TJP),
         ("redovisningschefen", "redovisningschef", TJP)],
        [AR, pres("sköter", "sköta")],
        [st("redovisningschef", "redovisningschefen", "none", None, "sköta", "sköter",
            "betalningarna", condition="När ekonomichefen är ledig")], doc=VDD, parent="3"),
    # negative of fault 1: a noun-phrase item under `får <adverbial>:` is what is received
    rec("3.4", "Verkställande direktören får av bolaget:", [VDA, ("bolaget", "lövmora vatten ab",
                                                                   ORG)], [FAR], doc=VDD,
        parent="3"),
    rec("3.4.a", "en bilförmån.", [], [],
        [st(VD, "Verkställande direktören", "none", None, "få", "får", "en bilförmån")],
        doc=VDD, kind="list_item", parent="3.4", label="-"),
]

KA = "w48-n-kansli"
KA_TEXT = """Reglemente för kulturnämnden

1 § Nämndens uppgifter

Nämnden har till uppgift att inom sitt verksamhetsområde:

- främja folkbildningen,

- följa upp bidragen till studieförbunden.

Kanslichefen ansvarar i första hand för:

- nämndens diarium,

- beredningen av ärenden.

Förvaltningschefen får inte på eget initiativ:

- teckna avtal om lokaler,

- anställa personal i chefsbefattning.

2 § Ersättare

Under semester för kanslichefen sköter nämndsekreteraren diariet.

I frånvaro av förvaltningschefen leder kulturchefen förvaltningen.

Efter beslut av nämnden utser förvaltningschefen en ersättare.

3 § Samverkan

Nämnden ska fullgöra uppgifter enligt lagen (2013:801) om kommunernas kulturverksamhet.

Nämnden ska samverka med föreningarna i den mån det behövs.
"""
KTN = "kulturnämnd"
NAMNDEN = ("Nämnden", "nämnd", POL)  # a bare short form stays `nämnd` (as w47-n)
KANSLI = ("Kanslichefen", "kanslichef", TJP)
FCH = ("Förvaltningschefen", "förvaltningschef", TJP)


def ka_item(cid, text, verb, aim, obj, actor, actor_text, deontic, modal, aim_text=None,
            actors=(), negated=False):
    return rec(cid, text, actors, [verb] if verb else [],
               [st(actor, actor_text, deontic, modal, aim, aim_text or verb[0], obj,
                   negated=negated)], doc=KA, kind="list_item",
               parent=cid.rsplit(".", 1)[0], label="-")


KAR = [
    rec("title", "Reglemente för kulturnämnden",
        [("kulturnämnden", KTN, POL)], doc=KA, kind="heading"),
    rec("1", "Nämndens uppgifter", [("Nämndens", "nämnd", POL)], doc=KA, kind="heading",
        label="1 §"),
    rec("1.1", "Nämnden har till uppgift att inom sitt verksamhetsområde:", [NAMNDEN], [HAR],
        doc=KA, parent="1"),
    ka_item("1.1.a", "främja folkbildningen,", inf("främja"), "främja", "folkbildningen", "nämnd",
            "Nämnden", "obligation", "har till uppgift att"),
    ka_item("1.1.b", "följa upp bidragen till studieförbunden.", inf("följa"), "följa",
            "upp bidragen till studieförbunden", "nämnd", "Nämnden", "obligation",
            "har till uppgift att", actors=[("studieförbunden", "studieförbund", ORG)]),
    rec("1.2", "Kanslichefen ansvarar i första hand för:", [KANSLI],
        [pres("ansvarar", "ansvara")], doc=KA, parent="1"),
    ka_item("1.2.a", "nämndens diarium,", None, "ansvara", "nämndens diarium,"[:-1],
            "kanslichef", "Kanslichefen", "responsibility", "ansvarar", aim_text="ansvarar",
            actors=[("nämndens", "nämnd", POL)]),
    ka_item("1.2.b", "beredningen av ärenden.", None, "ansvara", "beredningen av ärenden",
            "kanslichef", "Kanslichefen", "responsibility", "ansvarar", aim_text="ansvarar"),
    rec("1.3", "Förvaltningschefen får inte på eget initiativ:", [FCH], [FAR], doc=KA,
        parent="1"),
    ka_item("1.3.a", "teckna avtal om lokaler,", inf("teckna"), "teckna", "avtal om lokaler",
            "förvaltningschef", "Förvaltningschefen", "prohibition", "får", negated=True),
    ka_item("1.3.b", "anställa personal i chefsbefattning.", inf("anställa"), "anställa",
            "personal i chefsbefattning", "förvaltningschef", "Förvaltningschefen",
            "prohibition", "får", actors=[("personal", "personal", TJP)], negated=True),
    rec("2", "Ersättare", [("Ersättare", "ersättare", FTV)], doc=KA, kind="heading",
        label="2 §"),
    rec("2.1", "Under semester för kanslichefen sköter nämndsekreteraren diariet.",
        [("kanslichefen", "kanslichef", TJP), ("nämndsekreteraren", "nämndsekreterare", TJP)],
        [pres("sköter", "sköta")],
        [st("nämndsekreterare", "nämndsekreteraren", "none", None, "sköta", "sköter",
            "diariet")], doc=KA, parent="2"),
    rec("2.2", "I frånvaro av förvaltningschefen leder kulturchefen förvaltningen.",
        [("förvaltningschefen", "förvaltningschef", TJP), ("kulturchefen", "kulturchef", TJP),
         ("förvaltningen", "förvaltning", FORV)],
        [pres("leder", "leda")],
        [st("kulturchef", "kulturchefen", "none", None, "leda", "leder", "förvaltningen")],
        doc=KA, parent="2"),
    rec("2.3", "Efter beslut av nämnden utser förvaltningschefen en ersättare.",
        [("nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP),
         ("ersättare", "ersättare", FTV)],
        [pres("utser", "utse")],
        [st("förvaltningschef", "förvaltningschefen", "none", None, "utse", "utser",
            "en ersättare")], doc=KA, parent="2"),
    rec("3", "Samverkan", doc=KA, kind="heading", label="3 §"),
    rec("3.1", "Nämnden ska fullgöra uppgifter enligt lagen (2013:801) om kommunernas "
        "kulturverksamhet.", [NAMNDEN], [SKA, inf("fullgöra")],
        [st("nämnd", "Nämnden", "obligation", "ska", "fullgöra", "fullgöra", "uppgifter",
            condition="enligt lagen (2013:801) om kommunernas kulturverksamhet")],
        doc=KA, parent="3"),
    rec("3.2", "Nämnden ska samverka med föreningarna i den mån det behövs.",
        [NAMNDEN, ("föreningarna", "förening", ORG)], [SKA, inf("samverka"), pres("behövs",
                                                                                    "behöva",
                                                                                    "pass")],
        [st("nämnd", "Nämnden", "obligation", "ska", "samverka", "samverka", "med föreningarna",
            condition="i den mån det behövs")], doc=KA, parent="3"),
]

# --- fault 4: note cells of a delegation table ---------------------------------------------
BY = "w48-n-bygglov"
BY_TEXT = """Delegationsordning för byggnadsnämnden

1 Bygglov

Nr | Ärende | Delegat | Anmärkning
1.1 | Beslut om bygglov för komplementbyggnad | Bygglovshandläggare | Avslag ska motiveras skriftligt
1.2 | Beslut om startbesked | Bygglovshandläggare | Vidaredelegation är inte tillåten
1.3 | Beslut om slutbesked | Bygglovschef | Beslutet ska anmälas till nämnden
1.4 | Beslut om förlängd handläggningstid | Bygglovschef | Bygglovschefen ska samråda med juristen
"""
BMN = "byggnadsnämnd"
BH = ("Bygglovshandläggare", "bygglovshandläggare", TJP)
BC = ("Bygglovschef", "bygglovschef", TJP)
BYR = [
    rec("title", "Delegationsordning för byggnadsnämnden",
        [("byggnadsnämnden", BMN, POL)], doc=BY, kind="heading"),
    rec("1", "Bygglov", doc=BY, kind="heading", label="1"),
    rec("1.p1", "Nr | Ärende | Delegat | Anmärkning", doc=BY, parent="1"),
    rec("1.1", "1.1 | Beslut om bygglov för komplementbyggnad | Bygglovshandläggare | Avslag ska "
        "motiveras skriftligt", [BH], [SKA, inf("motiveras", "motivera", "pass")],
        [st(None, None, "obligation", "ska", "motivera", "motiveras", passive=True)],
        doc=BY, parent="1"),
    rec("1.2", "1.2 | Beslut om startbesked | Bygglovshandläggare | Vidaredelegation är inte "
        "tillåten", [BH], [AR], doc=BY, parent="1"),
    rec("1.3", "1.3 | Beslut om slutbesked | Bygglovschef | Beslutet ska anmälas till nämnden",
        [BC, ("nämnden", "nämnd", POL)], [SKA, inf("anmälas", "anmäla", "pass")],
        [st(None, None, "obligation", "ska", "anmäla", "anmälas", "till nämnden",
            passive=True)], doc=BY, parent="1"),
    # negative: a note with its own actor subject keeps it
    rec("1.4", "1.4 | Beslut om förlängd handläggningstid | Bygglovschef | Bygglovschefen ska "
        "samråda med juristen",
        [BC, ("Bygglovschefen", "bygglovschef", TJP), ("juristen", "jurist", TJP)],
        [SKA, inf("samråda")],
        [st("bygglovschef", "Bygglovschefen", "obligation", "ska", "samråda", "samråda",
            "med juristen")], doc=BY, parent="1"),
]

# --- fault 5: a member list under a copular lead-in --------------------------------------
FO = "w48-n-forbund"
FO_TEXT = """Förbundsordning för Kommunalförbundet Mellanskog

§ 1 Medlemmar

Förbundets medlemmar är:

- Tallbacka kommun

- Lillhärda kommun

- Skogsvika kommun

§ 2 Ändamål

Förbundet ska bistå kommunerna vid större olyckor.

Direktionen sammanträder i Tallbacka kommun minst fyra gånger per år.
"""
RTM = "kommunalförbundet mellanskog"
MEDLEM = ("Förbundets medlemmar", "medlem")
FOR = [
    rec("title", "Förbundsordning för Kommunalförbundet Mellanskog",
        [("Kommunalförbundet Mellanskog", RTM, ORG)], doc=FO, kind="heading"),
    rec("§1", "Medlemmar", [("Medlemmar", "medlem", ORG)], doc=FO, kind="heading",
        label="§ 1"),
    rec("§1.1", "Förbundets medlemmar är:",
        [("Förbundets", RTM, ORG), ("medlemmar", "medlem", ORG)], [AR], doc=FO, parent="§1"),
    *[rec(f"§1.1.{letter}", name, [(name, name.lower(), ORG)], [],
          [st("medlem", "medlemmar", "none", None, "vara", "är", name)], doc=FO,
          kind="list_item", parent="§1.1", label="-")
      for letter, name in (("a", "Tallbacka kommun"), ("b", "Lillhärda kommun"),
                           ("c", "Skogsvika kommun"))],
    rec("§2", "Ändamål", doc=FO, kind="heading", label="§ 2"),
    rec("§2.1", "Förbundet ska bistå kommunerna vid större olyckor.",
        [("Förbundet", RTM, ORG), ("kommunerna", "kommun", ORG)], [SKA, inf("bistå")],
        [st(RTM, "Förbundet", "obligation", "ska", "bistå", "bistå",
            "kommunerna vid större olyckor")], doc=FO, parent="§2"),
    rec("§2.2", "Direktionen sammanträder i Tallbacka kommun minst fyra gånger per år.",
        [("Direktionen", "direktion", POL), ("Tallbacka kommun", "tallbacka kommun", ORG)],
        [pres("sammanträder", "sammanträda")],
        [st("direktion", "Direktionen", "none", None, "sammanträda", "sammanträder",
            "i Tallbacka kommun minst fyra gånger per år")], doc=FO, parent="§2"),
]

# fault 2 and 3 in single sentences: an infinitive the parser hung on the noun after it as an
# attribute past a date; an inverted subject opening with a genitive and an adjective
SENTENCES = [
    rec("s1", "Nämnden ska senast den 30 november fastställa plan för nästa år.",
        [("Nämnden", "nämnd", POL)], [SKA, inf("fastställa")],
        [st("nämnd", "Nämnden", "obligation", "ska", "fastställa", "fastställa",
            "plan för nästa år")]),
    rec("s2", "Utskottet ska senast den 10 november upprätta plan för nästa år.",
        [("Utskottet", "utskott", POL)], [SKA, inf("upprätta")],
        [st("utskott", "Utskottet", "obligation", "ska", "upprätta", "upprätta",
            "plan för nästa år")]),
    rec("s3", "Vid frånvaro för rektorn övertar skolans närmaste chef ansvaret.",
        [("rektorn", "rektor", TJP), ("chef", "chef", TJP)], [pres("övertar", "överta")],
        [st("chef", "chef", "none", None, "överta", "övertar", "ansvaret",
            condition="Vid frånvaro för rektorn")]),
    rec("s4", "Under tjänstledighet för rektorn leder skolans biträdande rektor arbetet.",
        [("rektorn", "rektor", TJP), ("biträdande rektor", "biträdande rektor", TJP)],
        [pres("leder", "leda")],
        [st("biträdande rektor", "biträdande rektor", "none", None, "leda", "leder",
            "arbetet")]),
    # negative: a genitive inverted subject that is no actor states nothing
    rec("s5", "Under året har bolagets ekonomiska ställning försämrats.",
        [("bolagets", "bolag", ORG)],
        [HAR, ("försämrats", "försämra", "sup", "pass")]),
]

DOCUMENTS = {VDD: (VD_TEXT, VDR), KA: (KA_TEXT, KAR), BY: (BY_TEXT, BYR), FO: (FO_TEXT, FOR)}


if __name__ == "__main__":
    write_part(sys.argv[1], D, DOCUMENTS, before=SENTENCES)
