"""Builds corpus/dev/w57-d.jsonl and the documents corpus/dev/w57-d-*.txt with their gold:
invented material for round 57, writer w57c (analysis57-cp C1, C3, C2).
`w57-d-ledning`: containing lead-ins `I X:s <task noun> ligger/ingår att V1, V2 och V3
(hedge)` over noun-phrase items (a comma series in an item, a NOUN/ADJ-tagged second verb, a
compound task noun, the lead-in as a paragraph's third sentence), `ligger bland annat att:`
over bare-infinitive items, `ingår:` over `att`-items; negatives an inline `ingår att vara`
and a non-task noun (`budget`) over an item.
`w57-d-moten`: a bracketed gloss between coordinated predicates (`sammanträder (har ett möte)
och fattar`, a subject series, `samt`, as the second main clause after `, och`, a verb series
after the gloss); negative a clause with its own subject after the gloss.
`w57-d-arenden`: a fronted `Om`/`När`-clause whose subject is a series of noun phrases
(`en förening, en skola eller ett bolag`), also as a paragraph's second sentence; negative a
one-subject `När`-clause before an inverted main clause.
Gold by hand from docs/annotation.md (§5.1 round 46, §5.2, §5.3) before any run. Offsets
computed. Run: python corpus/make_w57_d.py corpus/dev"""

import sys

from records import FORV, HAR, ORG, POL, TJP, EXT, FTV, blocks_text, inf, pres, records_for
from records import statement as st
from records import write_part

NONE, OBL, RESP = "none", "obligation", "responsibility"

# (1) C1: task lead-ins with their own infinitives over noun-phrase items.
D = "w57-d-ledning"
rec = records_for(D)  # an item's actor_text and aim_text are its lead-in's
KS, FC, SN, BN, EC = ("kommunstyrelse", "förvaltningschef", "socialnämnd", "byggnadsnämnd",
                      "ekonomichef")
M1, M2, M3, M4 = ("I ledningsuppdrag ligger att", "I uppdrag ligger att",
                  "I ansvarsområde ingår att", "I samordningsansvar ligger att")


def each(actor, actor_text, modal, aims, obj, deontic=OBL):
    """One statement per lead-in infinitive with the item as its object."""
    return [st(actor, actor_text, deontic, modal, aim, aim, obj) for aim in aims]


LEDNING = [
    rec("title", "Ledning och styrning", kind="heading"),
    rec("1", "Kommunstyrelsen leder arbetet i kommunen. Budgetåret följer kalenderåret. "
        "I kommunstyrelsens ledningsuppdrag ligger att samordna, styra och följa upp bland annat",
        [("Kommunstyrelsen", KS, POL), ("kommunen", "kommun", ORG), ("kommunstyrelsens", KS, POL)],
        [pres("leder", "leda"), pres("följer", "följa"), pres("ligger", "ligga"),
         inf("samordna"), inf("styra"), inf("följa")],
        [st(KS, "Kommunstyrelsen", NONE, None, "leda", "leder", "arbetet i kommunen")]),
    rec("1.a", "ekonomin, personalen och lokalerna", [("personalen", "personal", TJP)], [],
        each(KS, "kommunstyrelsens", M1, ("samordna", "styra", "följa"),
             "ekonomin, personalen och lokalerna"),
        kind="list_item", parent="1", label="•"),
    rec("1.b", "arbetet med översiktsplanen", [], [],
        each(KS, "kommunstyrelsens", M1, ("samordna", "styra", "följa"),
             "arbetet med översiktsplanen"),
        kind="list_item", parent="1", label="•"),
    rec("2", "I förvaltningschefens uppdrag ligger bland annat att:",
        [("förvaltningschefens", FC, TJP)], [pres("ligger", "ligga")]),
    rec("2.a", "leda förvaltningen", [("förvaltningen", "förvaltning", FORV)], [inf("leda")],
        [st(FC, "förvaltningschefens", OBL, M2, "leda", "leda", "förvaltningen")],
        kind="list_item", parent="2", label="•"),
    rec("2.b", "verkställa nämndens beslut", [("nämndens", "nämnd", POL)],
        [inf("verkställa")],
        [st(FC, "förvaltningschefens", OBL, M2, "verkställa", "verkställa", "nämndens beslut")],
        kind="list_item", parent="2", label="•"),
    rec("3", "I socialnämndens ansvarsområde ingår även att utveckla, granska samt revidera:",
        [("socialnämndens", SN, POL)],
        [pres("ingår", "ingå"), inf("utveckla"), inf("granska"), inf("revidera")]),
    rec("3.a", "taxorna inom äldreomsorgen", [], [],
        each(SN, "socialnämndens", M3, ("utveckla", "granska", "revidera"),
             "taxorna inom äldreomsorgen"),
        kind="list_item", parent="3", label="–"),
    rec("3.b", "avgiftsmodellen för hemtjänsten", [], [],
        each(SN, "socialnämndens", M3, ("utveckla", "granska", "revidera"),
             "avgiftsmodellen för hemtjänsten"),
        kind="list_item", parent="3", label="–"),
    rec("4", "I byggnadsnämndens samordningsansvar ligger att leda och samordna främst:",
        [("byggnadsnämndens", BN, POL)],
        [pres("ligger", "ligga"), inf("leda"), inf("samordna")]),
    rec("4.a", "tillsynen av byggen", [], [],
        each(BN, "byggnadsnämndens", M4, ("leda", "samordna"), "tillsynen av byggen"),
        kind="list_item", parent="4", label="•"),
    rec("4.b", "arbetet med detaljplaner", [], [],
        each(BN, "byggnadsnämndens", M4, ("leda", "samordna"), "arbetet med detaljplaner"),
        kind="list_item", parent="4", label="•"),
    rec("5", "I ekonomichefens uppgifter ingår:", [("ekonomichefens", EC, TJP)],
        [pres("ingår", "ingå")]),
    rec("5.a", "att upprätta budgeten", [], [inf("upprätta")],
        [st(EC, "ekonomichefens", RESP, "I uppgifter ingår", "upprätta", "upprätta",
            "budgeten")],
        kind="list_item", parent="5", label="•"),
    rec("5.b", "att följa upp kostnaderna", [], [inf("följa")],
        [st(EC, "ekonomichefens", RESP, "I uppgifter ingår", "följa", "följa",
            "kostnaderna")],
        kind="list_item", parent="5", label="•"),
    rec("6", "I nämndens uppdrag ingår att vara ett stöd för skolorna.",
        [("nämndens", "nämnd", POL)], [pres("ingår", "ingå"), inf("vara")]),
    rec("7", "I kommunens budget ligger att spara:", [("kommunens", "kommun", ORG)],
        [pres("ligger", "ligga"), inf("spara")]),
    rec("7.a", "lokaler", kind="list_item", parent="7", label="•"),
]


def blocks_with_items(records):
    """A document's text: each paragraph with its items as lines under it."""
    blocks = []
    for record in records:
        if record["meta"]["kind"] == "list_item":
            blocks[-1] += f"\n{record['meta']['label']} {record['text']}"
        else:
            blocks.append(record["text"])
    return "\n\n".join(blocks) + "\n"


LEDNING_TEXT = blocks_with_items(LEDNING)

# (2) C3: a bracketed gloss between coordinated predicates.
D = "w57-d-moten"
rec = records_for(D, check_texts=True)
KF, LM, ER, OF = "kommunfullmäktige", "ledamot", "ersättare", "ordförande"
MOTEN = [
    rec("title", "Om sammanträden", kind="heading"),
    rec("1", "Ledamöterna, ersättarna och ordföranden sammanträder (har ett möte) och fattar "
        "beslut om taxorna.",
        [("Ledamöterna", LM, FTV), ("ersättarna", ER, FTV), ("ordföranden", OF, FTV)],
        [pres("sammanträder", "sammanträda"), HAR, pres("fattar", "fatta")],
        [*(st(a, t, NONE, None, "sammanträda", "sammanträder")
           for a, t in ((LM, "Ledamöterna"), (ER, "ersättarna"), (OF, "ordföranden"))),
         *(st(a, t, NONE, None, "fatta", "fattar", "beslut om taxorna")
           for a, t in ((LM, "Ledamöterna"), (ER, "ersättarna"), (OF, "ordföranden")))]),
    rec("2", "Kommunfullmäktige sammanträder (har ett möte) och fattar beslut om budgeten.",
        [("Kommunfullmäktige", KF, POL)],
        [pres("sammanträder", "sammanträda"), HAR, pres("fattar", "fatta")],
        [st(KF, "Kommunfullmäktige", NONE, None, "sammanträda", "sammanträder"),
         st(KF, "Kommunfullmäktige", NONE, None, "fatta", "fattar", "beslut om budgeten")]),
    rec("3", "Budgeten är klar. Nämnden ansvarar för skolorna, och kommunstyrelsen sammanträder "
        "(träffas i plenum) samt antar planen för vården.",
        [("Nämnden", "nämnd", POL), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [pres("är", "vara"), pres("ansvarar", "ansvara"), pres("sammanträder", "sammanträda"),
         pres("träffas", "träffas"), pres("antar", "anta")],
        [st("nämnd", "Nämnden", RESP, "ansvarar för", "ansvara", "ansvarar", "för skolorna"),
         st("kommunstyrelse", "kommunstyrelsen", NONE, None, "sammanträda", "sammanträder"),
         st("kommunstyrelse", "kommunstyrelsen", NONE, None, "anta", "antar",
            "planen för vården")]),
    rec("4", "Valnämnden, kommunstyrelsen eller kommunfullmäktige beslutar (tar ställning) och "
        "anmäler beslutet till revisorerna.",
        [("Valnämnden", "valnämnd", POL), ("kommunstyrelsen", "kommunstyrelse", POL),
         ("kommunfullmäktige", KF, POL), ("revisorerna", "revisor", FTV)],
        [pres("beslutar", "besluta"), pres("tar", "ta"), pres("anmäler", "anmäla")],
        [*(st(a, t, NONE, None, "besluta", "beslutar")
           for a, t in (("valnämnd", "Valnämnden"), ("kommunstyrelse", "kommunstyrelsen"),
                        (KF, "kommunfullmäktige"))),
         *(st(a, t, NONE, None, "anmäla", "anmäler", "beslutet till revisorerna")
           for a, t in (("valnämnd", "Valnämnden"), ("kommunstyrelse", "kommunstyrelsen"),
                        (KF, "kommunfullmäktige")))]),
    rec("5", "Utskottet sammanträder (vanligen i mars) och ordföranden leder mötet.",
        [("Utskottet", "utskott", POL), ("ordföranden", OF, FTV)],
        [pres("sammanträder", "sammanträda"), pres("leder", "leda")],
        [st("utskott", "Utskottet", NONE, None, "sammanträda", "sammanträder"),
         st(OF, "ordföranden", NONE, None, "leda", "leder", "mötet")]),
    rec("6", "Förvaltningen tar fram underlag. Personalen arbetar i team. Presidiet träffas "
        "(oftast på måndagar) och planerar ärendena, granskar underlagen och kallar till möten.",
        [("Förvaltningen", "förvaltning", FORV), ("Personalen", "personal", TJP),
         ("Presidiet", "presidium", POL)],
        [pres("tar", "ta"), pres("arbetar", "arbeta"), pres("träffas", "träffas"),
         pres("planerar", "planera"), pres("granskar", "granska"), pres("kallar", "kalla")],
        [st("förvaltning", "Förvaltningen", NONE, None, "ta", "tar", "underlag"),
         st("personal", "Personalen", NONE, None, "arbeta", "arbetar", "i team"),
         st("presidium", "Presidiet", NONE, None, "träffas", "träffas"),
         st("presidium", "Presidiet", NONE, None, "planera", "planerar", "ärendena"),
         st("presidium", "Presidiet", NONE, None, "granska", "granskar", "underlagen"),
         st("presidium", "Presidiet", NONE, None, "kalla", "kallar", "till möten")]),
]
MOTEN_TEXT = blocks_text(MOTEN)

# (3) C2: a fronted subordinate clause whose subject is a series of noun phrases.
D = "w57-d-arenden"
rec = records_for(D, check_texts=True)
ARENDEN = [
    rec("title", "Så hanteras ett ärende", kind="heading"),
    rec("1", "Om en förening, en skola eller ett bolag lämnar in en ansökan bildas ett ärende.",
        [("förening", "förening", ORG), ("bolag", "bolag", ORG)],
        [pres("lämnar", "lämna"), pres("bildas", "bilda", "pass")]),
    rec("2", "När en medborgare, en förening, ett företag eller en myndighet skickar in en "
        "fråga till kommunen uppstår ett ärende.",
        [("medborgare", "medborgare", EXT), ("förening", "förening", ORG),
         ("företag", "företag", ORG), ("myndighet", "myndighet", EXT),
         ("kommunen", "kommun", ORG)],
        [pres("skickar", "skicka"), pres("uppstår", "uppstå")]),
    rec("3", "Ärendet registreras av kansliet. När invånare, företag eller föreningar skickar in "
        "synpunkter till nämnden startar förvaltningen en utredning.",
        [("kansliet", "kansli", FORV), ("invånare", "invånare", EXT),
         ("företag", "företag", ORG), ("föreningar", "förening", ORG),
         ("nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", FORV)],
        [pres("registreras", "registrera", "pass"), pres("skickar", "skicka"),
         pres("startar", "starta")],
        [st("kansli", "kansliet", NONE, None, "registrera", "registreras", "av kansliet",
            passive=True),
         st("förvaltning", "förvaltningen", NONE, None, "starta", "startar", "en utredning")]),
    rec("4", "När nämnden har beslutat verkställer förvaltningen beslutet.",
        [("nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", FORV)],
        [HAR, ("beslutat", "besluta", "sup", "act"), pres("verkställer", "verkställa")],
        [st("förvaltning", "förvaltningen", NONE, None, "verkställa", "verkställer",
            "beslutet")]),
]
ARENDEN_TEXT = blocks_text(ARENDEN)

if __name__ == "__main__":
    write_part(sys.argv[1], "w57-d", {
        "w57-d-ledning": (LEDNING_TEXT, LEDNING),
        "w57-d-moten": (MOTEN_TEXT, MOTEN),
        "w57-d-arenden": (ARENDEN_TEXT, ARENDEN),
    })
