"""Builds corpus/dev/w51-i.jsonl: invented sentences for round 51, writer w51i (verbs the
tagger misses and infinitive chains: analysis 51-ax C2/C5/C8, 51-ak P4/P5, 51-bq B/H).
ax-C2: a present-tense verb after a subject with a `vars`-relative that ends in a number or
`%` (`… vars andel överstiger 15 % utser …`). ak-P5: a V2 present after a fronted `Från och
med <ISO date>`. bq-B: `Innan` + a noun phrase as a fronted time preposition before the
modal. ak-P4: an infinitive conjunct after `, samt i övrigt` when the first conjunct's object
is `det` + a contact clause with its own subject. ax-C8: `samt att <inf>` / `och att <inf>`
after a bare-infinitive series under a modal, a particle verb closing the series. bq-H: an
adverbial (`vid behov`, `på nytt`) before a second passive infinitive. ax-C5: old plural
present = infinitive form after a plural definite subject in an old stadga. Negatives: a
finite verb inside the `innan`-clause, an `att`-clause object, a causative complement, a
new V2 clause after the adverbial, a date followed by a thing subject. Each sentence its
own document. Gold by hand from docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w51_i.py corpus/dev"""

import sys
from pathlib import Path

from records import (
    EXT,
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
    write_jsonl,
)
from records import statement as st

OB, PE, NONE = "obligation", "permission", "none"


def rec(doc, text, actors=(), verbs=(), statements=(), conditions=()):
    """One document of one clause; actor and aim texts checked where the actor is named."""
    check = all(s[1] is not None for s in statements)
    return records_for(f"w51-i-{doc}", check_texts=check)("1", text, actors, verbs,
                                                          statements, conditions)


RECORDS = [
    # ax-C2: present verb after a `vars`-relative closed by a number / percent
    rec("c2-1", "Medlemskommun, vars andel av grundkapitalet överstiger 15 %, utser tre "
        "ledamöter i direktionen.",
        [("Medlemskommun", "medlemskommun", ORG), ("ledamöter", "ledamot", FTV),
         ("direktionen", "direktion", POL)],
        [pres("överstiger", "överstiga"), pres("utser", "utse")],
        [st("medlemskommun", "Medlemskommun", NONE, None, "utse", "utser",
            "tre ledamöter i direktionen")]),
    rec("c2-2", "Delägare vars röstandel är 25 % eller mer nominerar två revisorer.",
        [("Delägare", "delägare", ORG), ("revisorer", "revisor", FTV)],
        [pres("är", "vara"), pres("nominerar", "nominera")],
        [st("delägare", "Delägare", NONE, None, "nominera", "nominerar", "två revisorer")]),
    rec("c2-3", "Kommun vars invånarantal understiger 20 000 väljer ett ombud till stämman.",
        [("Kommun", "kommun", ORG), ("ombud", "ombud", FTV), ("stämman", "stämma", POL)],
        [pres("understiger", "understiga"), pres("väljer", "välja")],
        [st("kommun", "Kommun", NONE, None, "välja", "väljer", "ett ombud till stämman")]),
    # ax-C2 negative: `har` needs no repair; the number's own noun stays a noun
    rec("c2-n1", "Medlem vars insats understiger 3 procent av kapitalet har en röst på stämman.",
        [("Medlem", "medlem", OVR), ("stämman", "stämma", POL)],
        [pres("understiger", "understiga"), HAR],
        [st("medlem", "Medlem", NONE, None, "ha", "har", "en röst på stämman")]),
    # ak-P5: V2 present after `Från och med <ISO date>`
    rec("p5-1", "Från och med 2026-01-01 övertar byggnadsnämnden ansvaret för "
        "parkeringsövervakningen.",
        [("byggnadsnämnden", "byggnadsnämnd", POL)], [pres("övertar", "överta")],
        [st("byggnadsnämnd", "byggnadsnämnden", NONE, None, "överta", "övertar",
            "ansvaret för parkeringsövervakningen")]),
    rec("p5-2", "Från och med 2024-09-01 leder förvaltningschefen arbetet med "
        "internbudgeten.",
        [("förvaltningschefen", "förvaltningschef", TJP)], [pres("leder", "leda")],
        [st("förvaltningschef", "förvaltningschefen", NONE, None, "leda", "leder",
            "arbetet med internbudgeten")]),
    rec("p5-3", "Från och med 2026-01-01 byter kommunala pensionärsrådet, KPR, namn till "
        "seniorrådet.",
        [("kommunala pensionärsrådet", "kommunalt pensionärsråd", POL),
         ("KPR", "kommunalt pensionärsråd", POL), ("seniorrådet", "seniorråd", POL)],
        [pres("byter", "byta")],
        [st("kommunalt pensionärsråd", "kommunala pensionärsrådet", NONE, None, "byta", "byter",
            "namn till seniorrådet")]),
    # ak-P5 negative: a thing subject after the date
    rec("p5-n1", "Från och med 2026-01-01 gäller reviderade taxor för bygglov.", [],
        [pres("gäller", "gälla")]),
    # bq-B: `Innan` + NP as a fronted preposition
    rec("b-1", "Innan sammanträdet ska ordföranden samråda med sekreteraren om "
        "dagordningen.",
        [("ordföranden", "ordförande", FTV), ("sekreteraren", "sekreterare", TJP)],
        [SKA, inf("samråda")],
        [st("ordförande", "ordföranden", OB, "ska", "samråda", "samråda",
            "med sekreteraren om dagordningen")]),
    rec("b-3", "Innan den ordinarie föreningsstämman ska revisorerna granska bokslutet.",
        [("föreningsstämman", "föreningsstämma", POL), ("revisorerna", "revisor", FTV)],
        [SKA, inf("granska")],
        [st("revisor", "revisorerna", OB, "ska", "granska", "granska", "bokslutet")]),
    rec("b-2", "Innan årsmötet får medlemmarna lämna motioner till styrelsen.",
        [("medlemmarna", "medlem", OVR), ("styrelsen", "styrelse", POL)],
        [FAR, inf("lämna")],
        [st("medlem", "medlemmarna", PE, "får", "lämna", "lämna", "motioner till styrelsen")]),
    # bq-B negative: a real clause after `innan`
    rec("b-n1", "Innan nämnden avgör ärendet ska förvaltningen yttra sig.",
        [("nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", FORV)],
        [pres("avgör", "avgöra"), SKA, inf("yttra")],
        [st("förvaltning", "förvaltningen", OB, "ska", "yttra", "yttra", "sig")]),
    # ak-P4: `det` + contact clause object, then `, samt i övrigt <inf>`
    rec("p4-1", "Nämnden ska verkställa det kommunstyrelsen har beslutat, samt i övrigt bistå "
        "förvaltningen i dess arbete.",
        [("Nämnden", "nämnd", POL), ("kommunstyrelsen", "kommunstyrelse", POL),
         ("förvaltningen", "förvaltning", FORV)],
        [SKA, inf("verkställa"), HAR, ("beslutat", "besluta", "sup", "act"), inf("bistå")],
        [st("nämnd", "Nämnden", OB, "ska", "verkställa", "verkställa",
            "det kommunstyrelsen har beslutat"),
         st("nämnd", "Nämnden", OB, "ska", "bistå", "bistå", "förvaltningen i dess arbete",
            condition="i övrigt")],
        ["i övrigt"]),
    rec("p4-2", "Utskottet ska förbereda det styrelsen har begärt och därefter rapportera "
        "resultatet.",
        [("Utskottet", "utskott", POL), ("styrelsen", "styrelse", POL)],
        [SKA, inf("förbereda"), HAR, ("begärt", "begära", "sup", "act"), inf("rapportera")],
        [st("utskott", "Utskottet", OB, "ska", "förbereda", "förbereda",
            "det styrelsen har begärt"),
         st("utskott", "Utskottet", OB, "ska", "rapportera", "rapportera", "resultatet")]),
    # ak-P4 negative: a prenominal participle is no second infinitive
    rec("p4-n1", "Nämnden ska pröva det som ansökningen gäller samt angivna villkor.",
        [("Nämnden", "nämnd", POL)],
        [SKA, inf("pröva"), pres("gäller", "gälla")],
        [st("nämnd", "Nämnden", OB, "ska", "pröva", "pröva",
            "det som ansökningen gäller samt angivna villkor")]),
    # ax-C8: `samt att <inf>` after a bare-infinitive series; a particle verb last
    rec("c8-1", "Stiftelsen får förvärva, förvalta och hyra ut fastigheter, samt att anordna "
        "kurser för allmänheten.",
        [("Stiftelsen", "stiftelse", ORG)],
        [FAR, inf("förvärva"), inf("förvalta"), inf("hyra"), inf("anordna")],
        [st("stiftelse", "Stiftelsen", PE, "får", "förvärva", "förvärva", "fastigheter"),
         st("stiftelse", "Stiftelsen", PE, "får", "förvalta", "förvalta", "fastigheter"),
         st("stiftelse", "Stiftelsen", PE, "får", "hyra", "hyra", "fastigheter"),
         st("stiftelse", "Stiftelsen", PE, "får", "anordna", "anordna",
            "kurser för allmänheten")]),
    rec("c8-2", "Bolaget ska projektera, bygga och underhålla ledningsnätet och att informera "
        "abonnenterna om driftstörningar.",
        [("Bolaget", "bolag", ORG)],
        [SKA, inf("projektera"), inf("bygga"), inf("underhålla"), inf("informera")],
        [st("bolag", "Bolaget", OB, "ska", "projektera", "projektera", "ledningsnätet"),
         st("bolag", "Bolaget", OB, "ska", "bygga", "bygga", "ledningsnätet"),
         st("bolag", "Bolaget", OB, "ska", "underhålla", "underhålla", "ledningsnätet"),
         st("bolag", "Bolaget", OB, "ska", "informera", "informera",
            "abonnenterna om driftstörningar")]),
    # ax-C8 negative: an `att`-clause object is no infinitive conjunct
    rec("c8-n1", "Styrelsen får besluta om arvoden samt att ersättningen ska räknas upp "
        "årligen.",
        [("Styrelsen", "styrelse", POL)],
        [FAR, inf("besluta"), SKA, inf("räknas", "räkna", "pass")],
        [st("styrelse", "Styrelsen", PE, "får", "besluta", "besluta",
            "om arvoden samt att ersättningen ska räknas upp årligen")]),
    # bq-H: an adverbial before a second passive infinitive
    rec("h-1", "Handlingsplanen ska följas upp varje halvår och vid behov revideras.", [],
        [SKA, inf("följas", "följa", "pass"), inf("revideras", "revidera", "pass")],
        [st(None, None, OB, "ska", "följa", "följas", passive=True),
         st(None, None, OB, "ska", "revidera", "revideras", passive=True,
            condition="vid behov")],
        ["vid behov"]),
    rec("h-2", "Arbetsordningen ska ses över och på nytt antas av kommunfullmäktige.",
        [("kommunfullmäktige", "kommunfullmäktige", POL)],
        [SKA, inf("ses", "se", "pass"), inf("antas", "anta", "pass")],
        [st(None, None, OB, "ska", "se", "ses", passive=True),
         st("kommunfullmäktige", "kommunfullmäktige", OB, "ska", "anta", "antas",
            passive=True)]),
    # bq-H negative: a new V2 clause with its own subject after the adverbial
    rec("h-n1", "Rutinen ska utvärderas och vid behov ska en ny rutin tas fram.", [],
        [SKA, inf("utvärderas", "utvärdera", "pass"), (*SKA, 1), inf("tas", "ta", "pass")],
        [st(None, None, OB, "ska", "utvärdera", "utvärderas", passive=True),
         st(None, None, OB, "ska", "ta", "tas", "en ny rutin", passive=True,
            condition="vid behov")],
        ["vid behov"]),
    # ax-C5: old plural present (= infinitive form) after a plural definite subject
    rec("c5-1", "Direktörerna förvalta stiftelsens tillgångar och avlämna årligen redovisning "
        "till domkapitlet.",
        [("Direktörerna", "direktör", TJP), ("stiftelsens", "stiftelse", ORG),
         ("domkapitlet", "domkapitel", EXT)],
        [pres("förvalta"), pres("avlämna")],
        [st("direktör", "Direktörerna", NONE, None, "förvalta", "förvalta",
            "stiftelsens tillgångar"),
         st("direktör", "Direktörerna", NONE, None, "avlämna", "avlämna",
            "årligen redovisning till domkapitlet")]),
    rec("c5-2", "Revisorerna granska räkenskaperna före den 1 mars.",
        [("Revisorerna", "revisor", FTV)], [pres("granska")],
        [st("revisor", "Revisorerna", NONE, None, "granska", "granska",
            "räkenskaperna före den 1 mars")]),
    # ax-C5 negative: a causative complement stays an infinitive
    rec("c5-n1", "Styrelsen låter revisorerna granska räkenskaperna.",
        [("Styrelsen", "styrelse", POL), ("revisorerna", "revisor", FTV)],
        [pres("låter", "låta"), inf("granska")],
        [st("styrelse", "Styrelsen", NONE, None, "låta", "låter",
            "revisorerna granska räkenskaperna")]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w51-i.jsonl", RECORDS)
