"""Builds corpus/dev/w54-e.jsonl (and the page corpus/dev/w54-e-kansli.txt): invented sentences
for round 54, writer w54e (analysis 54-cg R1, R2, R4, R6 and ruling s3): subjects that are not
next to their verbs. cg-R1: (a) a V2 clause whose inverted subject follows a run of sentence
adverbs (`utser normalt fullmäktige …`); negative: an inverted non-actor subject after an
adverb; (b) a topicalised object opened by a superlative (`Störst budget förvaltar X`);
negatives: a determiner + superlative subject, `Största delen av … avgörs av X`; (c) a
sentence-initial connective adverb (`Således`, `Följaktligen`) the tagger may call a verb.
cg-R2: `det vill säga` (and `d.v.s.`, `dvs`) inside a subject, also before a coordinated clause.
cg-R4: a cleft whose focus is followed by a comma-closed insertion (coordinated actor,
adverbial) before `som`; negative: a plain cleft with a relative clause on its object.
cg-R6: a full-stopped presentational sentence with a definite subject over field-label bullets
keeps its statement. s3: `Därtill kommer X` / `Till detta kommer X` names X, no statement;
negative: `kommer att` (future) keeps the main verb's statement. Gold by hand from
docs/annotation.md. Offsets computed.
Run: python corpus/make_w54_e.py corpus/dev"""

import sys

from records import (
    AR,
    FORV,
    FTV,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

RE, NONE, OB = "responsibility", "none", "obligation"


def rec(doc, *args, **kwargs):
    return records_for(f"w54-e-{doc}", check_texts=True)("1", *args, **kwargs)


SENTENCES = [
    # cg-R1 (a): sentence adverbs between the V2 verb and its inverted subject
    rec("v2-1", "Efter valet utser normalt fullmäktige valberedningen.",
        [("fullmäktige", "fullmäktige", POL), ("valberedningen", "valberedning", POL)],
        [pres("utser", "utse")],
        [st("fullmäktige", "fullmäktige", NONE, None, "utse", "utser", "valberedningen")]),
    rec("v2-2", "Därefter tillsätter alltid styrelsen ett utskott.",
        [("styrelsen", "styrelse", POL), ("utskott", "utskott", POL)],
        [pres("tillsätter", "tillsätta")],
        [st("styrelse", "styrelsen", NONE, None, "tillsätta", "tillsätter", "ett utskott")]),
    rec("v2-3", "Varje vår granskar dessutom revisorerna nämndernas räkenskaper.",
        [("revisorerna", "revisor", FTV), ("nämndernas", "nämnd", POL)],
        [pres("granskar", "granska")],
        [st("revisor", "revisorerna", NONE, None, "granska", "granskar",
            "nämndernas räkenskaper")]),
    rec("v2-4", "Inför sammanträdet utser numera nämnden två justerare.",
        [("nämnden", "nämnd", POL)],
        [pres("utser", "utse")],
        [st("nämnd", "nämnden", NONE, None, "utse", "utser", "två justerare")]),
    # cg-R1 (a) negative: the inverted subject after the adverb is no actor
    rec("v2-n1", "Därefter gäller alltid arbetsordningen för nämnden.",
        [("nämnden", "nämnd", POL)], [pres("gäller", "gälla")]),
    # cg-R1 (b): a topicalised object opened by a superlative
    rec("sup-1", "Störst budget förvaltar socialnämnden.",
        [("socialnämnden", "socialnämnd", POL)], [pres("förvaltar", "förvalta")],
        [st("socialnämnd", "socialnämnden", NONE, None, "förvalta", "förvaltar",
            "Störst budget")]),
    rec("sup-2", "Flest tillstånd prövar miljöenheten.",
        [("miljöenheten", "miljöenhet", FORV)], [pres("prövar", "pröva")],
        [st("miljöenhet", "miljöenheten", NONE, None, "pröva", "prövar", "Flest tillstånd")]),
    rec("sup-3", "Mest resurser fördelar regionstyrelsen till vården.",
        [("regionstyrelsen", "regionstyrelse", POL)], [pres("fördelar", "fördela")],
        [st("regionstyrelse", "regionstyrelsen", NONE, None, "fördela", "fördelar",
            "Mest resurser")]),
    rec("sup-4", "Högst prioritet ger nämnden åt barnomsorgen.",
        [("nämnden", "nämnd", POL)], [pres("ger", "ge")],
        [st("nämnd", "nämnden", NONE, None, "ge", "ger", "Högst prioritet")]),
    # cg-R1 (b) negatives: a determiner before the superlative; `Största delen av`
    rec("sup-n1", "Den största nämnden tillsätter ett eget utskott.",
        [("nämnden", "nämnd", POL), ("utskott", "utskott", POL)],
        [pres("tillsätter", "tillsätta")],
        [st("nämnd", "nämnden", NONE, None, "tillsätta", "tillsätter", "ett eget utskott")]),
    rec("sup-n2", "Största delen av ärendena avgörs av förvaltningen.",
        [("förvaltningen", "förvaltning", FORV)], [pres("avgörs", "avgöra", "pass")],
        [st("förvaltning", "förvaltningen", NONE, None, "avgöra", "avgörs",
            "Största delen av ärendena", passive=True)]),
    # cg-R1 (c): a sentence-initial connective adverb
    rec("con-1", "Således fastställer nämnden taxorna för nästa år.",
        [("nämnden", "nämnd", POL)], [pres("fastställer", "fastställa")],
        [st("nämnd", "nämnden", NONE, None, "fastställa", "fastställer",
            "taxorna för nästa år")]),
    rec("con-2", "Följaktligen fastställer direktionen budgeten.",
        [("direktionen", "direktion", POL)], [pres("fastställer", "fastställa")],
        [st("direktion", "direktionen", NONE, None, "fastställa", "fastställer", "budgeten")]),
    rec("con-3", "Sålunda beslutar fullmäktige om budgeten.",
        [("fullmäktige", "fullmäktige", POL)], [pres("beslutar", "besluta")],
        [st("fullmäktige", "fullmäktige", NONE, None, "besluta", "beslutar", "om budgeten")]),
    rec("con-4", "Dessutom granskar revisorerna delårsrapporten.",
        [("revisorerna", "revisor", FTV)], [pres("granskar", "granska")],
        [st("revisor", "revisorerna", NONE, None, "granska", "granskar",
            "delårsrapporten")]),
    # cg-R2: `det vill säga` (any spelling) inside the subject
    rec("dvs-1", "Kommunstyrelsen, det vill säga dess ledamöter och ersättare, leder arbetet.",
        [("Kommunstyrelsen", "kommunstyrelse", POL), ("ledamöter", "ledamot", FTV),
         ("ersättare", "ersättare", FTV)],
        [pres("leder", "leda")],
        [st("kommunstyrelse", "Kommunstyrelsen", NONE, None, "leda", "leder", "arbetet")]),
    rec("dvs-2", "Presidiet, det vill säga ordföranden och vice ordföranden, bereder ärendena "
        "och förvaltningen verkställer besluten.",
        [("Presidiet", "presidium", POL), ("ordföranden", "ordförande", FTV),
         ("vice ordföranden", "vice ordförande", FTV), ("förvaltningen", "förvaltning", FORV)],
        [pres("bereder", "bereda"), pres("verkställer", "verkställa")],
        [st("presidium", "Presidiet", NONE, None, "bereda", "bereder", "ärendena"),
         st("förvaltning", "förvaltningen", NONE, None, "verkställa", "verkställer",
            "besluten")]),
    rec("dvs-3", "Ledamöterna, det vill säga de förtroendevalda, fattar besluten och kansliet "
        "genomför dem.",
        [("Ledamöterna", "ledamot", FTV), ("förtroendevalda", "förtroendevald", FTV),
         ("kansliet", "kansli", FORV)],
        [pres("fattar", "fatta"), pres("genomför", "genomföra")],
        [st("ledamot", "Ledamöterna", NONE, None, "fatta", "fattar", "besluten"),
         st("kansli", "kansliet", NONE, None, "genomföra", "genomför", "dem")]),
    rec("dvs-4", "Nämnden, d.v.s. dess ledamöter, ska fatta beslut om taxor.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV)],
        [SKA, inf("fatta")],
        [st("nämnd", "Nämnden", OB, "ska", "fatta", "fatta", "beslut om taxor")]),
    rec("dvs-5", "Utskottet, dvs dess tre ledamöter, sammanträder varje månad.",
        [("Utskottet", "utskott", POL), ("ledamöter", "ledamot", FTV)],
        [pres("sammanträder", "sammanträda")],
        [st("utskott", "Utskottet", NONE, None, "sammanträda", "sammanträder")]),
    # cg-R4: a comma-closed insertion between the cleft focus and `som`
    rec("cleft-1", "Det är förbundsdirektören, och vid dennes frånvaro ekonomichefen, som "
        "undertecknar avtalen.",
        [("förbundsdirektören", "förbundsdirektör", TJP), ("ekonomichefen", "ekonomichef", TJP)],
        [AR, pres("undertecknar", "underteckna")],
        [st("förbundsdirektör", "förbundsdirektören", NONE, None, "underteckna",
            "undertecknar", "avtalen"),
         st("ekonomichef", "ekonomichefen", NONE, None, "underteckna", "undertecknar",
            "avtalen")]),
    rec("cleft-2", "Det är nämnden, i samråd med förvaltningen, som utformar riktlinjerna.",
        [("nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", FORV)],
        [AR, pres("utformar", "utforma")],
        [st("nämnd", "nämnden", NONE, None, "utforma", "utformar", "riktlinjerna")]),
    rec("cleft-3", "Det är styrelsen, enligt bolagsordningen, som utser revisorerna.",
        [("styrelsen", "styrelse", POL), ("revisorerna", "revisor", FTV)],
        [AR, pres("utser", "utse")],
        [st("styrelse", "styrelsen", NONE, None, "utse", "utser", "revisorerna")]),
    rec("cleft-4", "Det är fullmäktige, efter förslag från kommunstyrelsen, som antar "
        "reglementet.",
        [("fullmäktige", "fullmäktige", POL), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [AR, pres("antar", "anta")],
        [st("fullmäktige", "fullmäktige", NONE, None, "anta", "antar", "reglementet")]),
    rec("cleft-5", "Det är ordföranden, eller vid förhinder vice ordföranden, som kallar till "
        "sammanträde.",
        [("ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV)],
        [AR, pres("kallar", "kalla")],
        [st("ordförande", "ordföranden", NONE, None, "kalla", "kallar", "till sammanträde"),
         st("vice ordförande", "vice ordföranden", NONE, None, "kalla", "kallar",
            "till sammanträde")]),
    # cg-R4 negative: a plain cleft, a relative clause on the cleft clause's object
    rec("cleft-n1", "Det är styrelsen som anställer direktören, som sedan leder kansliet.",
        [("styrelsen", "styrelse", POL), ("direktören", "direktör", TJP),
         ("kansliet", "kansli", FORV)],
        [AR, pres("anställer", "anställa"), pres("leder", "leda")],
        # the object's relative clause has no cue of its own: no statement (§5.1)
        [st("styrelse", "styrelsen", NONE, None, "anställa", "anställer", "direktören")]),
    # s3: presentational `komma` after `Därtill` / `Till detta` / `Härtill`: no statement
    rec("komma-1", "Därtill kommer valberedningen som bereder valen.",
        [("valberedningen", "valberedning", POL)],
        # the relative clause has no cue of its own: no statement (§5.1)
        [pres("kommer", "komma"), pres("bereder", "bereda")]),
    rec("komma-2", "Till detta kommer revisorerna.",
        [("revisorerna", "revisor", FTV)], [pres("kommer", "komma")]),
    rec("komma-3", "Därtill kommer ekonomichefen.",
        [("ekonomichefen", "ekonomichef", TJP)], [pres("kommer", "komma")]),
    rec("komma-4", "Härtill kommer två ersättare från varje parti.",
        [("ersättare", "ersättare", FTV)], [pres("kommer", "komma")]),
    # s3 negative: `kommer att` is the future; the main verb keeps its statement
    rec("komma-n1", "Därefter kommer nämnden att pröva ärendet.",
        [("nämnden", "nämnd", POL)], [pres("kommer", "komma"), inf("pröva")],
        [st("nämnd", "nämnden", NONE, None, "pröva", "pröva", "ärendet")]),
]

# cg-R6: a full-stopped presentational sentence over field-label bullets
D = "w54-e-kansli"
PAGE = """Kansliet
Vid kansliet arbetar även registratorn.
• Registratorns telefontid: vardagar 9–11
• Registratorns rum: plan 3
I kansliet sitter dessutom nämndsekreteraren.
• Sekreterarens e-post: sekreterare@ekby.example
"""
L = PAGE.split("\n")
page = records_for(D)
PAGE_RECORDS = [
    page("h1", L[0], [("Kansliet", "kansli", FORV)], kind="heading"),
    page("1", L[1], [("kansliet", "kansli", FORV), ("registratorn", "registrator", TJP)],
         [pres("arbetar", "arbeta")],
         [st("registrator", "registratorn", NONE, None, "arbeta", "arbetar", None)],
         parent="h1"),
    page("1.1", L[2][2:], [("Registratorns", "registrator", TJP)], kind="list_item",
         parent="1", label="•"),
    page("1.2", L[3][2:], [("Registratorns", "registrator", TJP)], kind="list_item",
         parent="1", label="•"),
    page("2", L[4], [("kansliet", "kansli", FORV), ("nämndsekreteraren", "nämndsekreterare", TJP)],
         [pres("sitter", "sitta")],
         [st("nämndsekreterare", "nämndsekreteraren", NONE, None, "sitta", "sitter", None)],
         parent="h1"),
    page("2.1", L[5][2:], [("Sekreterarens", "sekreterare", TJP)], kind="list_item",
         parent="2", label="•"),
]


if __name__ == "__main__":
    write_part(sys.argv[1], "w54-e", {D: (PAGE, PAGE_RECORDS)}, before=SENTENCES)
