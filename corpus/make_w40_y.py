"""Builds corpus/dev/w40-y.jsonl: invented material for round 40, writer Y (analysis of part
ay; gold by hand from docs/annotation.md before the rules): C2 a company name with lower-case
words, `och` and `i` before the legal form in a naming clause (`Bolagets firma är Skog och mark
i Norrå Ekeby AB`) and the same name in the title, with a negative where a clause follows
`och`; C3 the seat clause (`Förbundets säte är Åby kommun`, `dess hemort är`, `har sitt säte
i`: the place sense, no statement, no actor, no candidate for a later bare `kommunen`; decided
in round 40); C6 a V2 lead-in with a fronted adverbial over infinitive items, one opening with
adverbials; C7 verb-initial items under a bare actor line; C8 `och bland dessa <verb>
<subject>`; C9 an `av`-phrase and a passive inside a `när`-clause; C10 coordinated subjects of
an agentless passive, the last with a PP attribute; C11 a conjunct of another voice after an
`att`-clause; C13 lexicon (`föredragare`, `affärsverk`, `förvaltningssektor`,
`påverkansgrupp`); C14 the genitive `ABs`; C17 `<Name> samkommun`. Documents
w40-y-{skog,hamn,ekbo,forbund,norrvik,styrelse,ramen} with their .txt sources; the other
records are single paragraphs. Offsets computed.
Run: python corpus/make_w40_y.py corpus/dev"""

import sys

from records import (
    AR,
    FAR,
    FORV,
    FTV,
    HAR,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w40-y")


def title(doc, text, actors=()):
    return rec("title", text, actors, doc=doc, kind="heading")


def par(doc, cid, text, actors=(), verbs=(), statements=()):
    return rec(cid, text, actors, verbs, statements, doc=doc, parent="title",
               label=cid.removeprefix("§") + " §")


# C2: a company name with lower-case words, `och` and `i`
D = "w40-y-skog"
S = "skog och mark i norrå ekeby ab"
SKOG_TEXT = """Bolagsordning för Skog och mark i Norrå Ekeby AB

1 § Bolagets firma är Skog och mark i Norrå Ekeby AB.

2 § Bolaget ska förvalta kommunens skogar.
"""
SKOG = [
    title(D, "Bolagsordning för Skog och mark i Norrå Ekeby AB",
          [("Skog och mark i Norrå Ekeby AB", S, ORG)]),
    par(D, "§1", "Bolagets firma är Skog och mark i Norrå Ekeby AB.",
        [("Bolagets", S, ORG)], [AR]),
    par(D, "§2", "Bolaget ska förvalta kommunens skogar.",
        [("Bolaget", S, ORG), ("kommunens", "kommun", ORG)], [SKA, inf("förvalta", "förvalta")],
        [st(S, "Bolaget", "obligation", "ska", "förvalta", "förvalta", "kommunens skogar")]),
]

D = "w40-y-hamn"
H = "hamn och logistik i åby ab"
HAMN_TEXT = """Bolagsordning

1 § Bolagets firma är Hamn och logistik i Åby AB. Bolagets styrelse ska ha sju ledamöter.

2 § Bolaget ska sköta hamnen.
"""
HAMN = [
    title(D, "Bolagsordning"),
    par(D, "§1", "Bolagets firma är Hamn och logistik i Åby AB. Bolagets styrelse ska ha sju "
        "ledamöter.",
        [("Bolagets", H, ORG), ("Bolagets", H, ORG, 1), ("styrelse", "styrelse", POL),
         ("ledamöter", "ledamot", FTV)],
        [AR, SKA, inf("ha", "ha")],
        [st("styrelse", "styrelse", "obligation", "ska", "ha", "ha", "sju ledamöter")]),
    par(D, "§2", "Bolaget ska sköta hamnen.", [("Bolaget", H, ORG)],
        [SKA, inf("sköta", "sköta")],
        [st(H, "Bolaget", "obligation", "ska", "sköta", "sköta", "hamnen")]),
]

# C2 negative (a clause after `och` ends the name at AB) and C3 `dess säte är`
D = "w40-y-ekbo"
E = "ekbo energi ab"
EKBO_TEXT = """Bolagsordning

1 § Bolagets firma är Ekbo Energi AB och dess säte är Lövby kommun.

2 § Bolaget ska sälja el och värme.

3 § Kommunen ska godkänna bolagets budget.
"""
EKBO = [
    title(D, "Bolagsordning"),
    par(D, "§1", "Bolagets firma är Ekbo Energi AB och dess säte är Lövby kommun.",
        [("Bolagets", E, ORG)], [AR, pres("är", "vara", nth=1)]),
    par(D, "§2", "Bolaget ska sälja el och värme.", [("Bolaget", E, ORG)],
        [SKA, inf("sälja", "sälja")],
        [st(E, "Bolaget", "obligation", "ska", "sälja", "sälja", "el och värme")]),
    par(D, "§3", "Kommunen ska godkänna bolagets budget.",
        [("Kommunen", "kommun", ORG), ("bolagets", E, ORG)], [SKA, inf("godkänna", "godkänna")],
        [st("kommun", "Kommunen", "obligation", "ska", "godkänna", "godkänna", "bolagets budget")]),
]

# C3: seat clauses
D = "w40-y-forbund"
FORBUND_TEXT = """Förbundsordning

1 § Förbundets säte är Åby kommun. Förbundet ska driva räddningstjänst.

2 § Förbundets hemort är Ekby stad.

3 § Förbundets kansli ska ha sitt säte i Tallby kommun.

4 § Tallby kommun ska ansvara för lokalerna.
"""
FORBUND = [
    title(D, "Förbundsordning"),
    par(D, "§1", "Förbundets säte är Åby kommun. Förbundet ska driva räddningstjänst.",
        [("Förbundets", "förbund", ORG), ("Förbundet", "förbund", ORG)],
        [AR, SKA, inf("driva", "driva")],
        [st("förbund", "Förbundet", "obligation", "ska", "driva", "driva", "räddningstjänst")]),
    par(D, "§2", "Förbundets hemort är Ekby stad.", [("Förbundets", "förbund", ORG)], [AR]),
    par(D, "§3", "Förbundets kansli ska ha sitt säte i Tallby kommun.",
        [("Förbundets", "förbund", ORG), ("kansli", "kansli", FORV)], [SKA, inf("ha", "ha")],
        [st("kansli", "kansli", "obligation", "ska", "ha", "ha", "sitt säte i Tallby kommun")]),
    par(D, "§4", "Tallby kommun ska ansvara för lokalerna.",
        [("Tallby kommun", "tallby kommun", ORG)], [SKA, inf("ansvara", "ansvara")],
        [st("tallby kommun", "Tallby kommun", "obligation", "ska", "ansvara", "ansvara",
            "för lokalerna")]),
]

# C17: `<Name> samkommun`
D = "w40-y-norrvik"
N = "norrvik samkommun"
NORRVIK_TEXT = """Grundavtal för Norrvik samkommun

1 § Norrvik samkommun ska ordna tolkning.

2 § Samkommunen ska anställa tolkar.
"""
NORRVIK = [
    title(D, "Grundavtal för Norrvik samkommun", [("Norrvik samkommun", N, ORG)]),
    par(D, "§1", "Norrvik samkommun ska ordna tolkning.", [("Norrvik samkommun", N, ORG)],
        [SKA, inf("ordna", "ordna")],
        [st(N, "Norrvik samkommun", "obligation", "ska", "ordna", "ordna", "tolkning")]),
    par(D, "§2", "Samkommunen ska anställa tolkar.",
        [("Samkommunen", N, ORG), ("tolkar", "tolk", OVR)],
        [SKA, inf("anställa", "anställa")],
        [st(N, "Samkommunen", "obligation", "ska", "anställa", "anställa", "tolkar")]),
]

# C7: verb-initial items under a bare actor line
D = "w40-y-styrelse"
STYRELSE_TEXT = """Kommunens organisation

Kommunstyrelsen
• väljer kommittéerna för att bereda vissa frågor
• har personalutskottet och planeringsutskottet
"""
KS = ("kommunstyrelse", "Kommunstyrelsen")
STYRELSE = [
    title(D, "Kommunens organisation", [("Kommunens", "kommun", ORG)]),
    rec("1", "Kommunstyrelsen", [("Kommunstyrelsen", "kommunstyrelse", POL)], doc=D,
        parent="title"),
    rec("1.a", "väljer kommittéerna för att bereda vissa frågor",
        [("kommittéerna", "kommitté", POL)], [pres("väljer", "välja"), inf("bereda", "bereda")],
        [st(*KS, "none", None, "välja", "väljer", "kommittéerna för att bereda vissa frågor")],
        doc=D, kind="list_item", parent="1", label="•"),
    rec("1.b", "har personalutskottet och planeringsutskottet",
        [("personalutskottet", "personalutskott", POL),
         ("planeringsutskottet", "planeringsutskott", POL)], [HAR],
        [st(*KS, "none", None, "ha", "har", "personalutskottet och planeringsutskottet")],
        doc=D, kind="list_item", parent="1", label="•"),
]

# C6: a V2 lead-in after a fronted adverbial; an item opening with adverbials
D = "w40-y-ramen"
RAMEN_TEXT = """Reglemente

Inom ramen för budgeten får nämnden även:
• anställa personal, samt
• i viss omfattning till andra sälja tjänster.
"""
NA = ("nämnd", "nämnden")
RAMEN = [
    title(D, "Reglemente"),
    rec("1", "Inom ramen för budgeten får nämnden även:", [("nämnden", "nämnd", POL)], [FAR],
        doc=D, parent="title"),
    rec("1.a", "anställa personal, samt", [("personal", "personal", TJP)],
        [inf("anställa", "anställa")],
        [st(*NA, "permission", "får", "anställa", "anställa", "personal")],
        doc=D, kind="list_item", parent="1", label="•"),
    rec("1.b", "i viss omfattning till andra sälja tjänster.", [], [inf("sälja", "sälja")],
        [st(*NA, "permission", "får", "sälja", "sälja", "tjänster")],
        doc=D, kind="list_item", parent="1", label="•"),
]

NAMND = ("Nämnden", "nämnd", POL)
PARAGRAPHS = [
    # C8: a coordinated main clause with a fronted adverbial and its own subject
    rec("c8-1", "Nämnden har sju ledamöter och bland dessa utser fullmäktige en ordförande.",
        [NAMND, ("ledamöter", "ledamot", FTV), ("fullmäktige", "fullmäktige", POL),
         ("ordförande", "ordförande", FTV)],
        [HAR, pres("utser", "utse")],
        [st("nämnd", "Nämnden", "none", None, "ha", "har", "sju ledamöter"),
         st("fullmäktige", "fullmäktige", "none", None, "utse", "utser", "en ordförande")]),
    rec("c8-2", "Styrelsen består av fem ledamöter och bland dem väljer stämman en "
        "sekreterare.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("stämman", "stämma", POL), ("sekreterare", "sekreterare", TJP)],
        [pres("består", "bestå"), pres("väljer", "välja")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består", "av fem ledamöter"),
         st("stämma", "stämman", "none", None, "välja", "väljer", "en sekreterare")]),
    rec("c8-3", "Nämnden har sju ledamöter och utser en ordförande.",  # negative
        [NAMND, ("ledamöter", "ledamot", FTV), ("ordförande", "ordförande", FTV)],
        [HAR, pres("utser", "utse")],
        [st("nämnd", "Nämnden", "none", None, "ha", "har", "sju ledamöter"),
         st("nämnd", "Nämnden", "none", None, "utse", "utser", "en ordförande")]),
    # C9: the `när`-clause's `av`-phrase and passive
    rec("c9-1", "Seniorrådet ska höras när planering och hörande av äldre förbättras.",
        [("Seniorrådet", "seniorråd", POL)],
        [SKA, inf("höras", "höra", "pass"), pres("förbättras", "förbättra", "pass")],
        [st("seniorråd", "Seniorrådet", "obligation", "ska", "höra", "höras", passive=True)]),
    # C10: coordinated subjects of an agentless passive, the last with a PP attribute
    rec("c10-1", "Ledamöter och ersättare i nämnden utses för tre år.",
        [("Ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("nämnden", "nämnd", POL)],
        [pres("utses", "utse", "pass")],
        [st("ledamot", "Ledamöter", "none", None, "utse", "utses", passive=True),
         st("ersättare", "ersättare", "none", None, "utse", "utses", passive=True)]),
    rec("c10-2", "Sekreterare och ombud i föreningen väljs för ett år.",
        [("Sekreterare", "sekreterare", TJP), ("ombud", "ombud", TJP),
         ("föreningen", "förening", ORG)],
        [pres("väljs", "välja", "pass")],
        [st("sekreterare", "Sekreterare", "none", None, "välja", "väljs", passive=True),
         st("ombud", "ombud", "none", None, "välja", "väljs", passive=True)]),
    # C11: a conjunct in another voice after an `att`-clause stays in it
    rec("c11-1", "Styrelsen ser till att reglerna följs och är kända.",
        [("Styrelsen", "styrelse", POL)],
        [pres("ser", "se"), pres("följs", "följa", "pass"), AR],
        [st("styrelse", "Styrelsen", "obligation", "ser till att", "se", "ser",
            "till att reglerna följs och är kända")]),
    rec("c11-2", "Nämnden ser till att avgifterna betalas och är rimliga.",
        [NAMND],
        [pres("ser", "se"), pres("betalas", "betala", "pass"), AR],
        [st("nämnd", "Nämnden", "obligation", "ser till att", "se", "ser",
            "till att avgifterna betalas och är rimliga")]),
    # C13: lexicon
    rec("c13-1", "Protokollföraren skickar protokollet till föredragarna.",
        [("Protokollföraren", "protokollförare", TJP), ("föredragarna", "föredragare", TJP)],
        [pres("skickar", "skicka")],
        [st("protokollförare", "Protokollföraren", "none", None, "skicka", "skickar",
            "protokollet till föredragarna")]),
    rec("c13-2", "Stadens affärsverk ska redovisa resultatet.",
        [("Stadens", "stad", ORG), ("affärsverk", "affärsverk", ORG)],
        [SKA, inf("redovisa", "redovisa")],
        [st("affärsverk", "affärsverk", "obligation", "ska", "redovisa", "redovisa",
            "resultatet")]),
    rec("c13-3", "Förvaltningssektorn bereder ärendena.",
        [("Förvaltningssektorn", "förvaltningssektor", FORV)], [pres("bereder", "bereda")],
        [st("förvaltningssektor", "Förvaltningssektorn", "none", None, "bereda", "bereder",
            "ärendena")]),
    rec("c13-5", "Nämnden ska inrätta en påverkansgrupp.",
        [NAMND, ("påverkansgrupp", "påverkansgrupp", FORV)], [SKA, inf("inrätta", "inrätta")],
        [st("nämnd", "Nämnden", "obligation", "ska", "inrätta", "inrätta", "en påverkansgrupp")]),
    # C14: the genitive of a legal-form name
    rec("c14-1", "Nämnden följer Ekvatten ABs verksamhet.",
        [NAMND, ("Ekvatten ABs", "ekvatten ab", ORG)], [pres("följer", "följa")],
        [st("nämnd", "Nämnden", "none", None, "följa", "följer", "Ekvatten ABs verksamhet")]),
    rec("c14-2", "Styrelsen granskar Åsfors Kraft ABs bokslut.",
        [("Styrelsen", "styrelse", POL), ("Åsfors Kraft ABs", "åsfors kraft ab", ORG)],
        [pres("granskar", "granska")],
        [st("styrelse", "Styrelsen", "none", None, "granska", "granskar",
            "Åsfors Kraft ABs bokslut")]),
]

DOCUMENTS = {"w40-y-skog": (SKOG_TEXT, SKOG), "w40-y-hamn": (HAMN_TEXT, HAMN),
             "w40-y-ekbo": (EKBO_TEXT, EKBO), "w40-y-forbund": (FORBUND_TEXT, FORBUND),
             "w40-y-norrvik": (NORRVIK_TEXT, NORRVIK),
             "w40-y-styrelse": (STYRELSE_TEXT, STYRELSE), "w40-y-ramen": (RAMEN_TEXT, RAMEN)}


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev"
    write_part(folder, "w40-y", DOCUMENTS, before=PARAGRAPHS)
