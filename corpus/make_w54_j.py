"""Builds corpus/dev/w54-j.jsonl and the documents corpus/dev/w54-j-*.txt with their gold:
invented material for round 54, writer w54j (analysis 54b-cf, what the second pass left).
N1: an association's name `<compound of an organisation kind> i <Place>` given in a naming
clause (`vars namn är …`, `Föreningens namn är …`), the place one word or a place's name with
its kind (`<Place>s län`, `<Place> kommun`), a `stiftelse` compound too; the later bare kind
takes the whole name. Negatives: a bare kind with a place (`Stiftelsen i Norrdal`), a
genitive on the one place word (`Hembygdsföreningen i Ekbys styrelse`). N2: a comma series
of base forms after a modal and a fronted prepositional phrase (`ska i övrigt V, V och vid
behov V`) whose first member the tagger reads as a noun. Negatives: a noun list after `ha`,
a noun list inside the verb's phrase. N4: a comma series of agent passives whose later
clause has a coordinated subject (`N1 och N2 utses av A, N3 och N4 utses av B`): the
later subject is no agent of the earlier passive. Negatives: a real agent series, one
agent. I: `Inom <body> utses/väljs en <role>`: §2.3 (the table, `utser inom sig en
ordförande`; round 37 `vice ordförande utses inom rådet`) gives the introduced office no
owner. Gold by hand from docs/annotation.md §2.2, §2.3 (rounds 37, 47, 49 R2), §5.2 before
the rules. Offsets computed. No 40-character window occurs in corpus/test texts.
Run: python corpus/make_w54_j.py corpus/dev"""

import sys

from records import (
    AR,
    FAR,
    FORV,
    FTV,
    ORG,
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

OB, NONE, PERM = "obligation", "none", "permission"


def rec(doc, *args, **kwargs):
    return records_for(f"w54-j-{doc}", check_texts=True)("1", *args, **kwargs)


def clause(doc_id):
    return records_for(doc_id, check_texts=True)


# N1 (a) a stiftelse compound with a county's name, named in a `vars namn är` relative
D = "w54-j-fjall"
FJALL_TEXT = """Stadgar för Fjällstiftelsen i Norrdals län

Denna stiftelse, vars namn är Fjällstiftelsen i Norrdals län, förvaltar marken i fjällen.

Stiftelsen ska vårda lederna.
"""
FJ = "fjällstiftelsen i norrdals län"
c = clause(D)
FJALL = [
    c("title", "Stadgar för Fjällstiftelsen i Norrdals län",
      [("Fjällstiftelsen i Norrdals län", FJ, ORG)], kind="heading"),
    c("1", "Denna stiftelse, vars namn är Fjällstiftelsen i Norrdals län, förvaltar marken i "
      "fjällen.", [("stiftelse", FJ, ORG)], [AR, pres("förvaltar", "förvalta")],
      [st(FJ, "stiftelse", NONE, None, "förvalta", "förvaltar", "marken i fjällen")]),
    c("2", "Stiftelsen ska vårda lederna.", [("Stiftelsen", FJ, ORG)], [SKA, inf("vårda")],
      [st(FJ, "Stiftelsen", OB, "ska", "vårda", "vårda", "lederna")]),
]
# N1 (b) a förbund compound with a municipality's name, `Förbundets namn är …`
D = "w54-j-kust"
KUST_TEXT = """Stadgar

Förbundets namn är Kustförbundet i Ekby kommun.

Förbundet ska främja fisket i skärgården.
"""
KE = "kustförbundet i ekby kommun"
c = clause(D)
KUST = [
    c("title", "Stadgar", kind="heading"),
    c("1", "Förbundets namn är Kustförbundet i Ekby kommun.", [("Förbundets", KE, ORG)], [AR]),
    c("2", "Förbundet ska främja fisket i skärgården.", [("Förbundet", KE, ORG)],
      [SKA, inf("främja")], [st(KE, "Förbundet", OB, "ska", "främja", "främja",
                                "fisket i skärgården")]),
]
# N1 (c) a stiftelse compound with a bare place word, `Stiftelsens namn är …`
D = "w54-j-bygd"
BYGD_TEXT = """Stadgar

Stiftelsens namn är Bygdestiftelsen i Tallby.

Stiftelsen får förvalta fastigheter i socknen.
"""
BT = "bygdestiftelsen i tallby"
c = clause(D)
BYGD = [
    c("title", "Stadgar", kind="heading"),
    c("1", "Stiftelsens namn är Bygdestiftelsen i Tallby.", [("Stiftelsens", BT, ORG)], [AR]),
    c("2", "Stiftelsen får förvalta fastigheter i socknen.", [("Stiftelsen", BT, ORG)],
      [FAR, inf("förvalta")], [st(BT, "Stiftelsen", PERM, "får", "förvalta", "förvalta",
                                  "fastigheter i socknen")]),
]
# N1 (d) a förening compound with a county's name in the title and the naming clause
D = "w54-j-hembygd"
HEM_TEXT = """Stadgar för Hembygdsföreningen i Sjöviks län

Föreningens namn är Hembygdsföreningen i Sjöviks län.

Föreningen ska vårda bygdens gårdar.
"""
HS = "hembygdsföreningen i sjöviks län"
c = clause(D)
HEM = [
    c("title", "Stadgar för Hembygdsföreningen i Sjöviks län",
      [("Hembygdsföreningen i Sjöviks län", HS, ORG)], kind="heading"),
    c("1", "Föreningens namn är Hembygdsföreningen i Sjöviks län.", [("Föreningens", HS, ORG)],
      [AR]),
    c("2", "Föreningen ska vårda bygdens gårdar.", [("Föreningen", HS, ORG)],
      [SKA, inf("vårda")], [st(HS, "Föreningen", OB, "ska", "vårda", "vårda",
                               "bygdens gårdar")]),
]

SENTENCES = [
    # N1 negatives: a bare kind before `i <Place>`; the one place word's genitive
    rec("n1-n1", "Stiftelsen i Norrdal ska vårda leden.", [("Stiftelsen", "stiftelse", ORG)],
        [SKA, inf("vårda")], [st("stiftelse", "Stiftelsen", OB, "ska", "vårda", "vårda",
                                 "leden")]),
    rec("n1-n2", "Hembygdsföreningen i Ekbys styrelse beslutar om avgiften.",
        [("Hembygdsföreningen i Ekbys", "hembygdsföreningen i ekby", ORG),
         ("styrelse", "styrelse", POL)], [pres("beslutar", "besluta")],
        [st("styrelse", "styrelse", NONE, None, "besluta", "beslutar", "om avgiften")]),
    # N2: the first member of a comma series after a modal and a fronted phrase
    rec("n2-1", "Bolaget ska i övrigt upprusta, underhålla och vid behov förnya lokalerna.",
        [("Bolaget", "bolag", ORG)], [SKA, inf("upprusta"), inf("underhålla"), inf("förnya")],
        [st("bolag", "Bolaget", OB, "ska", "upprusta", "upprusta"),
         st("bolag", "Bolaget", OB, "ska", "underhålla", "underhålla"),
         st("bolag", "Bolaget", OB, "ska", "förnya", "förnya", "lokalerna")]),
    rec("n2-2", "Styrelsen skall i övrigt underhålla, städa och vid behov förbättra "
        "badplatserna.", [("Styrelsen", "styrelse", POL)],
        [SKALL, inf("underhålla"), inf("städa"), inf("förbättra")],
        [st("styrelse", "Styrelsen", OB, "skall", "underhålla", "underhålla"),
         st("styrelse", "Styrelsen", OB, "skall", "städa", "städa"),
         st("styrelse", "Styrelsen", OB, "skall", "förbättra", "förbättra", "badplatserna")]),
    rec("n2-3", "Förvaltningen ska i övrigt inventera, märka, röja och vid behov spärra "
        "stigarna.", [("Förvaltningen", "förvaltning", FORV)],
        [SKA, inf("inventera"), inf("märka"), inf("röja"), inf("spärra")],
        [st("förvaltning", "Förvaltningen", OB, "ska", aim, aim, obj) for aim, obj in (
            ("inventera", None), ("märka", None), ("röja", None), ("spärra", "stigarna"))]),
    rec("n2-4", "Stiftelsen ska i enlighet med ändamålet förvalta, vårda och visa "
        "samlingarna.", [("Stiftelsen", "stiftelse", ORG)],
        [SKA, inf("förvalta"), inf("vårda"), inf("visa")],
        [st("stiftelse", "Stiftelsen", OB, "ska", aim, aim, obj) for aim, obj in (
            ("förvalta", None), ("vårda", None), ("visa", "samlingarna"))]),
    rec("n2-n1", "Bolaget ska i övrigt ha lokaler, personal och utrustning.",
        [("Bolaget", "bolag", ORG)], [SKA, inf("ha")],
        [st("bolag", "Bolaget", OB, "ska", "ha", "ha", "lokaler, personal och utrustning")]),
    rec("n2-n2", "Nämnden ska i övrigt samverka med skola, omsorg och kultur.",
        [("Nämnden", "nämnd", POL)], [SKA, inf("samverka")],
        [st("nämnd", "Nämnden", OB, "ska", "samverka", "samverka",
            "med skola, omsorg och kultur")]),
    # N4: a comma series of agent passives, the later clause's subject coordinated
    rec("n4-1", "Sju ledamöter och sju suppleanter utses av Region Nordmark, två ledamöter "
        "och två suppleanter utses av Ekby kommun.",
        [("ledamöter", "ledamot", FTV), ("suppleanter", "suppleant", FTV),
         ("Region Nordmark", "region nordmark", ORG), ("ledamöter", "ledamot", FTV, 1),
         ("suppleanter", "suppleant", FTV, 1), ("Ekby kommun", "ekby kommun", ORG)],
        [pres("utses", "utse", "pass"), pres("utses", "utse", "pass", nth=1)],
        [st("region nordmark", "Region Nordmark", NONE, None, "utse", "utses",
            "Sju ledamöter och sju suppleanter", passive=True),
         st("ekby kommun", "Ekby kommun", NONE, None, "utse", "utses",
            "två ledamöter och två suppleanter", passive=True)]),
    rec("n4-2", "Tre revisorer och tre ersättare väljs av stämman, två revisorer och två "
        "ersättare väljs av regionen.",
        [("revisorer", "revisor", FTV), ("ersättare", "ersättare", FTV),
         ("stämman", "stämma", POL), ("revisorer", "revisor", FTV, 1),
         ("ersättare", "ersättare", FTV, 1), ("regionen", "region", ORG)],
        [pres("väljs", "välja", "pass"), pres("väljs", "välja", "pass", nth=1)],
        [st("stämma", "stämman", NONE, None, "välja", "väljs", "Tre revisorer och tre ersättare",
            passive=True),
         st("region", "regionen", NONE, None, "välja", "väljs",
            "två revisorer och två ersättare", passive=True)]),
    rec("n4-3", "Fem ledamöter utses av Tallby kommun, tre ledamöter och tre ersättare utses "
        "av Lunda kommun.",
        [("ledamöter", "ledamot", FTV), ("Tallby kommun", "tallby kommun", ORG),
         ("ledamöter", "ledamot", FTV, 1), ("ersättare", "ersättare", FTV),
         ("Lunda kommun", "lunda kommun", ORG)],
        [pres("utses", "utse", "pass"), pres("utses", "utse", "pass", nth=1)],
        [st("tallby kommun", "Tallby kommun", NONE, None, "utse", "utses", "Fem ledamöter",
            passive=True),
         st("lunda kommun", "Lunda kommun", NONE, None, "utse", "utses",
            "tre ledamöter och tre ersättare", passive=True)]),
    rec("n4-n1", "Protokollet justeras av ordföranden, sekreteraren och en ledamot.",
        [("ordföranden", "ordförande", FTV), ("sekreteraren", "sekreterare", TJP),
         ("ledamot", "ledamot", FTV)], [pres("justeras", "justera", "pass")],
        [st(a, t, NONE, None, "justera", "justeras", "Protokollet", passive=True) for a, t in (
            ("ordförande", "ordföranden"), ("sekreterare", "sekreteraren"),
            ("ledamot", "ledamot"))]),
    rec("n4-n2", "Ledamöterna utses av fullmäktige.",
        [("Ledamöterna", "ledamot", FTV), ("fullmäktige", "fullmäktige", POL)],
        [pres("utses", "utse", "pass")],
        [st("fullmäktige", "fullmäktige", NONE, None, "utse", "utses", "Ledamöterna",
            passive=True)]),
    # I: an office introduced by an indefinite article after `Inom <body>` has no owner
    rec("i-1", "Inom nämnden väljs en vice ordförande.",
        [("nämnden", "nämnd", POL), ("vice ordförande", "vice ordförande", FTV)],
        [pres("väljs", "välja", "pass")],
        [st("vice ordförande", "vice ordförande", NONE, None, "välja", "väljs",
            passive=True)]),
    rec("i-2", "Inom styrelsen utses en ordförande.",
        [("styrelsen", "styrelse", POL), ("ordförande", "ordförande", FTV)],
        [pres("utses", "utse", "pass")],
        [st("ordförande", "ordförande", NONE, None, "utse", "utses", passive=True)]),
    rec("i-3", "Inom direktionen utses en sekreterare.",
        [("direktionen", "direktion", POL), ("sekreterare", "sekreterare", TJP)],
        [pres("utses", "utse", "pass")],
        [st("sekreterare", "sekreterare", NONE, None, "utse", "utses", passive=True)]),
]

DOCUMENTS = {"w54-j-fjall": (FJALL_TEXT, FJALL), "w54-j-kust": (KUST_TEXT, KUST),
             "w54-j-bygd": (BYGD_TEXT, BYGD), "w54-j-hembygd": (HEM_TEXT, HEM)}

if __name__ == "__main__":
    write_part(sys.argv[1], "w54-j", DOCUMENTS, after=SENTENCES)
