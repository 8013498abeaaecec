"""Builds corpus/dev/w55-i.jsonl: invented sentences for round 55, writer w55i (analyses 55b-ch
R1-R4, 55b-ci R3 and R5). `rel-*` (ch-R3): an active finite with its own object after
`som ska/har + passive + av X och` belongs to the main clause's series (the relative's own
conjunct would be `och (ska) <passive>`); negatives: a passive conjunct inside the relative
on a copula's predicative (no statement). `pres-*` (ch-R1): a present by spelling
(`genomför`, `utför`) before a bare indefinite object in a series of presents is finite;
negative: participles (`genomförda`, `utförda`) before a noun. `samt-*` (ch-R2): `A och B
<PP attribute>, samt C` as a subject before or after the verb: three members; negatives:
`, samt` + a finite verb opens a new predicate, the attribute's own actor noun is no member.
`av-*` (ch-R4): an indefinite action noun after `<passive> i X och` in an indirect question
whose subject is a comma series: its `av` phrase is its complement, no agent; negative: a
finite passive after `och` keeps its agent. `inf-*` (ci-R3): the middle infinitive of an
asyndetic infinitive list after an object with a prepositional attribute; negative: a noun
list. `prt-*` (ci-R5): a particle infinitive coordinated after `men även` where the parser
makes the modal the root. Gold by hand from docs/annotation.md before any run. Offsets
computed. Run: python corpus/make_w55_i.py corpus/dev"""

import sys

from records import EXT, FAR, FORV, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

NONE, OB, PERM = "none", "obligation", "permission"


def rec(doc, *args, **kwargs):
    return records_for(f"w55-i-{doc}", check_texts=True)("1", *args, **kwargs)


def passive(actor, text, aim, aim_text, obj=None):
    return st(actor, text, NONE, None, aim, aim_text, obj, passive=True)


SENTENCES = [
    # ch-R3: an active finite after a `som ska/har + passive + av X` relative
    rec("rel-1", "Förvaltningen bereder ärenden som ska avgöras av styrelsen och verkställer "
                 "besluten.",
        [("Förvaltningen", "förvaltning", FORV), ("styrelsen", "styrelse", POL)],
        [pres("bereder", "bereda"), SKA, inf("avgöras", "avgöra", "pass"),
         pres("verkställer", "verkställa")],
        [st("förvaltning", "Förvaltningen", NONE, None, "bereda", "bereder",
            "ärenden som ska avgöras av styrelsen"),
         st("förvaltning", "Förvaltningen", NONE, None, "verkställa", "verkställer",
            "besluten")]),
    rec("rel-2", "Utskottet sammanställer förslag som ska fastställas av direktionen och "
                 "följer upp utfallet.",
        [("Utskottet", "utskott", POL), ("direktionen", "direktion", POL)],
        [pres("sammanställer", "sammanställa"), SKA, inf("fastställas", "fastställa", "pass"),
         pres("följer", "följa")],
        [st("utskott", "Utskottet", NONE, None, "sammanställa", "sammanställer",
            "förslag som ska fastställas av direktionen"),
         st("utskott", "Utskottet", NONE, None, "följa", "följer", "utfallet")]),
    rec("rel-3", "Sekretariatet förbereder frågor som ska behandlas av regionstyrelsen och "
                 "skriver protokollen.",
        [("Sekretariatet", "sekretariat", FORV), ("regionstyrelsen", "regionstyrelse", POL)],
        [pres("förbereder", "förbereda"), SKA, inf("behandlas", "behandla", "pass"),
         pres("skriver", "skriva")],
        [st("sekretariat", "Sekretariatet", NONE, None, "förbereda", "förbereder",
            "frågor som ska behandlas av regionstyrelsen"),
         st("sekretariat", "Sekretariatet", NONE, None, "skriva", "skriver", "protokollen")]),
    rec("rel-4", "Kontoret tar emot ansökningar som har prövats av nämnden och meddelar "
                 "sökandena.",
        [("Kontoret", "kontor", FORV), ("nämnden", "nämnd", POL),
         ("sökandena", "sökande", EXT)],
        [pres("tar", "ta"), pres("har", "ha"), ("prövats", "pröva", "sup", "pass", 0),
         pres("meddelar", "meddela")],
        [st("kontor", "Kontoret", NONE, None, "ta", "tar",
            "ansökningar som har prövats av nämnden"),
         st("kontor", "Kontoret", NONE, None, "meddela", "meddelar", "sökandena")]),
    # negatives: the relative's own passive conjunct on a predicative
    rec("rel-n1", "Budgeten är ett beslut som ska fattas av fullmäktige och verkställas av "
                  "nämnderna.",
        [("fullmäktige", "fullmäktige", POL), ("nämnderna", "nämnd", POL)],
        [pres("är", "vara"), SKA, inf("fattas", "fatta", "pass"),
         inf("verkställas", "verkställa", "pass")], []),
    rec("rel-n2", "Taxan är ett underlag som tas fram av kontoret och fastställs av "
                  "direktionen.",
        [("kontoret", "kontor", FORV), ("direktionen", "direktion", POL)],
        [pres("är", "vara"), pres("tas", "ta", "pass"), pres("fastställs", "fastställa", "pass")],
        []),
    # ch-R1: a present by spelling before a bare indefinite object
    rec("pres-1", "Enheten planerar insatser och genomför uppföljning varje år.",
        [("Enheten", "enhet", FORV)],
        [pres("planerar", "planera"), pres("genomför", "genomföra")],
        [st("enhet", "Enheten", NONE, None, "planera", "planerar", "insatser"),
         st("enhet", "Enheten", NONE, None, "genomföra", "genomför", "uppföljning")]),
    rec("pres-2", "Styrelsen fattar beslut och genomför översyn av taxorna.",
        [("Styrelsen", "styrelse", POL)],
        [pres("fattar", "fatta"), pres("genomför", "genomföra")],
        [st("styrelse", "Styrelsen", NONE, None, "fatta", "fattar", "beslut"),
         st("styrelse", "Styrelsen", NONE, None, "genomföra", "genomför",
            "översyn av taxorna")]),
    rec("pres-3", "Revisorerna granskar räkenskaperna och utför kontroll av attesterna.",
        [("Revisorerna", "revisor", FTV)],
        [pres("granskar", "granska"), pres("utför", "utföra")],
        [st("revisor", "Revisorerna", NONE, None, "granska", "granskar", "räkenskaperna"),
         st("revisor", "Revisorerna", NONE, None, "utföra", "utför",
            "kontroll av attesterna")]),
    rec("pres-4", "Miljöenheten tar emot anmälningar, genomför inspektion och utför provtagning.",
        [("Miljöenheten", "miljöenhet", FORV)],
        [pres("tar", "ta"), pres("genomför", "genomföra"), pres("utför", "utföra")],
        [st("miljöenhet", "Miljöenheten", NONE, None, "ta", "tar", "anmälningar"),
         st("miljöenhet", "Miljöenheten", NONE, None, "genomföra", "genomför", "inspektion"),
         st("miljöenhet", "Miljöenheten", NONE, None, "utföra", "utför", "provtagning")]),
    # negative: participles before a noun
    rec("pres-n1", "Nämnden sammanställer genomförda insatser och utförda kontroller.",
        [("Nämnden", "nämnd", POL)],
        [pres("sammanställer", "sammanställa")],
        [st("nämnd", "Nämnden", NONE, None, "sammanställa", "sammanställer",
            "genomförda insatser och utförda kontroller")]),
    # ch-R2: `A och B <PP attribute>, samt C`
    rec("samt-1", "På stämman utses kassör och sekreterare för föreningen, samt två revisorer.",
        [("stämman", "stämma", POL), ("kassör", "kassör", FTV),
         ("sekreterare", "sekreterare", FTV), ("föreningen", "förening", ORG),
         ("revisorer", "revisor", FTV)],
        [pres("utses", "utse", "pass")],
        [passive("kassör", "kassör", "utse", "utses"),
         passive("sekreterare", "sekreterare", "utse", "utses"),
         passive("revisor", "revisorer", "utse", "utses")]),
    rec("samt-2", "Ordföranden och vice ordföranden i utskottet, samt nämndsekreteraren "
                  "planerar mötena.",
        [("Ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV),
         ("utskottet", "utskott", POL), ("nämndsekreteraren", "nämndsekreterare", TJP)],
        [pres("planerar", "planera")],
        [st("ordförande", "Ordföranden", NONE, None, "planera", "planerar", "mötena"),
         st("vice ordförande", "vice ordföranden", NONE, None, "planera", "planerar",
            "mötena"),
         st("nämndsekreterare", "nämndsekreteraren", NONE, None, "planera", "planerar",
            "mötena")]),
    rec("samt-3", "Ledamöter och ersättare i styrelsen, samt kanslichefen kallas till "
                  "sammanträdet.",
        [("Ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("styrelsen", "styrelse", POL), ("kanslichefen", "kanslichef", TJP)],
        [pres("kallas", "kalla", "pass")],
        [passive("ledamot", "Ledamöter", "kalla", "kallas", "till sammanträdet"),
         passive("ersättare", "ersättare", "kalla", "kallas", "till sammanträdet"),
         passive("kanslichef", "kanslichefen", "kalla", "kallas", "till sammanträdet")]),
    rec("samt-4", "Dessutom väljs ledamöter och ersättare för mandatperioden, samt en "
                  "valberedning.",
        [("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("valberedning", "valberedning", POL)],
        [pres("väljs", "välja", "pass")],
        [passive("ledamot", "ledamöter", "välja", "väljs"),
         passive("ersättare", "ersättare", "välja", "väljs"),
         passive("valberedning", "valberedning", "välja", "väljs")]),
    # negative: `, samt` + a finite verb is a new predicate
    rec("samt-n1", "Styrelsen utser sekreterare och kassör i utskottet, samt fastställer "
                   "arvodena.",
        [("Styrelsen", "styrelse", POL), ("sekreterare", "sekreterare", FTV),
         ("kassör", "kassör", FTV), ("utskottet", "utskott", POL)],
        [pres("utser", "utse"), pres("fastställer", "fastställa")],
        [st("styrelse", "Styrelsen", NONE, None, "utse", "utser",
            "sekreterare och kassör i utskottet"),
         st("styrelse", "Styrelsen", NONE, None, "fastställa", "fastställer", "arvodena")]),
    # ch-R4: an action noun's `av` phrase after `<passive> i X och`
    rec("av-1", "Reglerna anger hur ärenden, skrivelser och motioner bereds i utskottet och "
                "tillsättande av ersättare.",
        [("utskottet", "utskott", POL), ("ersättare", "ersättare", FTV)],
        [pres("anger", "ange"), pres("bereds", "bereda", "pass")], []),
    rec("av-2", "Stadgarna beskriver hur motioner, nomineringar och frågor behandlas på "
                "stämman och tillsättande av revisorer och deras uppdrag.",
        [("stämman", "stämma", POL), ("revisorer", "revisor", FTV)],
        [pres("beskriver", "beskriva"), pres("behandlas", "behandla", "pass")], []),
    rec("av-3", "Ordningen reglerar hur förslag, yttranden och anmälningar hanteras i nämnden "
                "och inkallande av suppleanter.",
        [("nämnden", "nämnd", POL), ("suppleanter", "suppleant", FTV)],
        [pres("reglerar", "reglera"), pres("hanteras", "hantera", "pass")], []),
    # negative: a finite passive after `och` keeps its agent
    rec("av-n1", "Motionerna, skrivelserna och frågorna bereds i utskottet och avgörs av "
                 "fullmäktige.",
        [("utskottet", "utskott", POL), ("fullmäktige", "fullmäktige", POL)],
        [pres("bereds", "bereda", "pass"), pres("avgörs", "avgöra", "pass")],
        [passive("fullmäktige", "fullmäktige", "avgöra", "avgörs")]),
    # ci-R3: the middle infinitive of an asyndetic infinitive list
    rec("inf-1", "Förvaltningen ska handlägga ärenden om bygglov, teckna avtal, redovisa "
                 "utfallet.",
        [("Förvaltningen", "förvaltning", FORV)],
        [SKA, inf("handlägga"), inf("teckna"), inf("redovisa")],
        [st("förvaltning", "Förvaltningen", OB, "ska", "handlägga", "handlägga",
            "ärenden om bygglov"),
         st("förvaltning", "Förvaltningen", OB, "ska", "teckna", "teckna", "avtal"),
         st("förvaltning", "Förvaltningen", OB, "ska", "redovisa", "redovisa", "utfallet")]),
    rec("inf-2", "Direktören får upphandla tjänster inom ramen för budgeten, teckna kontrakt, "
                 "anställa personal.",
        [("Direktören", "direktör", TJP)],
        [FAR, inf("upphandla"), inf("teckna"), inf("anställa")],
        [st("direktör", "Direktören", PERM, "får", "upphandla", "upphandla",
            "tjänster inom ramen för budgeten"),
         st("direktör", "Direktören", PERM, "får", "teckna", "teckna", "kontrakt"),
         st("direktör", "Direktören", PERM, "får", "anställa", "anställa", "personal")]),
    rec("inf-3", "Styrelsen ska besluta om lån och borgen, teckna hyresavtal, följa upp "
                 "ekonomin.",
        [("Styrelsen", "styrelse", POL)],
        [SKA, inf("besluta"), inf("teckna"), inf("följa")],
        [st("styrelse", "Styrelsen", OB, "ska", "besluta", "besluta", "om lån och borgen"),
         st("styrelse", "Styrelsen", OB, "ska", "teckna", "teckna", "hyresavtal"),
         st("styrelse", "Styrelsen", OB, "ska", "följa", "följa", "ekonomin")]),
    # negative: a list of nouns
    rec("inf-n1", "Nämnden beslutar om bidrag, lån, borgen och avgifter.",
        [("Nämnden", "nämnd", POL)],
        [pres("beslutar", "besluta")],
        [st("nämnd", "Nämnden", NONE, None, "besluta", "beslutar",
            "om bidrag, lån, borgen och avgifter")]),
    # ci-R5: a particle infinitive coordinated where the modal is the parse root
    rec("prt-1", "Nämnden ska verkställa medborgarnas önskemål men även lyfta upp och belysa "
                 "behov.",
        [("Nämnden", "nämnd", POL)],
        [SKA, inf("verkställa"), inf("lyfta"), inf("belysa")],
        [st("nämnd", "Nämnden", OB, "ska", "verkställa", "verkställa",
            "medborgarnas önskemål"),
         st("nämnd", "Nämnden", OB, "ska", "lyfta", "lyfta", "behov"),
         st("nämnd", "Nämnden", OB, "ska", "belysa", "belysa", "behov")]),
    rec("prt-4", "Styrelsen ska verkställa politikens önskemål och även lyfta upp och peka på "
                 "brister.",
        [("Styrelsen", "styrelse", POL)],
        [SKA, inf("verkställa"), inf("lyfta"), inf("peka")],
        [st("styrelse", "Styrelsen", OB, "ska", "verkställa", "verkställa",
            "politikens önskemål"),
         st("styrelse", "Styrelsen", OB, "ska", "lyfta", "lyfta"),
         st("styrelse", "Styrelsen", OB, "ska", "peka", "peka", "på brister")]),
    rec("prt-2", "Regionen ska verkställa fullmäktiges önskemål men även ta upp och peka på "
                 "risker.",
        [("Regionen", "region", ORG), ("fullmäktiges", "fullmäktige", POL)],
        [SKA, inf("verkställa"), inf("ta"), inf("peka")],
        [st("region", "Regionen", OB, "ska", "verkställa", "verkställa",
            "fullmäktiges önskemål"),
         st("region", "Regionen", OB, "ska", "ta", "ta"),
         st("region", "Regionen", OB, "ska", "peka", "peka", "på risker")]),
    rec("prt-3", "Bolaget ska verkställa ägarens önskemål men även lyfta fram och peka ut "
                 "brister.",
        [("Bolaget", "bolag", ORG)],
        [SKA, inf("verkställa"), inf("lyfta"), inf("peka")],
        [st("bolag", "Bolaget", OB, "ska", "verkställa", "verkställa", "ägarens önskemål"),
         st("bolag", "Bolaget", OB, "ska", "lyfta", "lyfta", "brister"),
         st("bolag", "Bolaget", OB, "ska", "peka", "peka", "brister")]),
]

if __name__ == "__main__":
    write_part(sys.argv[1], "w55-i", {}, before=SENTENCES)
