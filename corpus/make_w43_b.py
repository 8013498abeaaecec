"""Builds corpus/dev/w43-b.jsonl and the small documents corpus/dev/w43-b-*.txt with their gold:
invented material for round 43, writer B (analysis 43-be, actor causes; gold by hand from
docs/annotation.md before the rules): C3 a title adjective before a slash whose other half has
the head (`biträdande/ställföreträdande förbundsdirektör`: two actors, the first with the head
elided, like `Förste och andre vice ordförande`), a role noun the lexicon lacks joined by a
slash to one it knows (`sekreterare/protokollförare`), with a printer after a slash (`dator/
skrivare`) and a lone `tillförordnad rektor` as negatives; C13 an all-capitals acronym before
capitalised place words and `län` (`FRK Östra och Södra län`), a capitalised genitive before
a capitalised `Förbund i <place>`, with `VD Anna Ek` and a lower-case `förbund i länet` as
negatives; C6 a title's bare indefinite kind compound (`Nämndutskott och arbetsformer`) beside
the one `-utskottet` the text names (`w43-b-utskott`), a title naming a definite body and a
bare title with no rival compound as negatives (`w43-b-granskning`, `w43-b-arbetsutskott`);
C14 `varav en ska vara <role>` (a predicative), `ungdomar` as those a service is for (none)
and as a partner (actor), `avkomlingar`, `institutionsledningen`.
Offsets computed.
Run: python corpus/make_w43_b.py corpus/dev"""

import sys

from records import (
    EXT,
    FAR,
    FORV,
    FTV,
    ORG,
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

rec = records_for("w43-b")


def past(word, lemma, voice="act"):
    return (word, lemma, "past", voice, 0)


FDIR = "förbundsdirektör"
SENTENCES = [
    # C3: a title adjective before a slash, the head after the second one
    rec(
        "c3-1",
        "Kallelse skickas till biträdande/ställföreträdande förbundsdirektör.",
        [
            ("biträdande", "biträdande " + FDIR, TJP),
            ("ställföreträdande förbundsdirektör", "ställföreträdande " + FDIR, TJP),
        ],
        [pres("skickas", "skicka", "pass")],
        [],  # an agentless passive without a cue: no statement (§5.1)
    ),
    rec(
        "c3-2",
        "Ställföreträdande/biträdande rektor får besluta om antagning.",
        [
            ("Ställföreträdande", "ställföreträdande rektor", TJP),
            ("biträdande rektor", "biträdande rektor", TJP),
        ],
        [FAR, inf("besluta")],
        [
            st("ställföreträdande rektor", "Ställföreträdande", "permission", "får", "besluta",
               "besluta", "om antagning"),
            st("biträdande rektor", "biträdande rektor", "permission", "får", "besluta",
               "besluta", "om antagning"),
        ],
    ),
    rec(
        "c3-3",
        "Protokollet undertecknas av tillförordnad/biträdande skolchef.",
        [
            ("tillförordnad", "tillförordnad skolchef", TJP),
            ("biträdande skolchef", "biträdande skolchef", TJP),
        ],
        [pres("undertecknas", "underteckna", "pass")],
        [
            st("tillförordnad skolchef", "tillförordnad", "none", None, "underteckna",
               "undertecknas", "Protokollet", passive=True),
            st("biträdande skolchef", "biträdande skolchef", "none", None, "underteckna",
               "undertecknas", "Protokollet", passive=True),
        ],
    ),
    # negative: one title adjective, no slash
    rec(
        "c3-n1",
        "Beslutet fattas av tillförordnad rektor.",
        [("tillförordnad rektor", "tillförordnad rektor", TJP)],
        [pres("fattas", "fatta", "pass")],
        [st("tillförordnad rektor", "tillförordnad rektor", "none", None, "fatta", "fattas",
            "Beslutet", passive=True)],
    ),
    # C3: a role noun the lexicon lacks, joined by a slash to one it knows
    rec(
        "c3-4",
        "Protokollet skrivs av sekreterare/protokollförare.",
        [("sekreterare", "sekreterare", TJP), ("protokollförare", "protokollförare", TJP)],
        [pres("skrivs", "skriva", "pass")],
        [
            st("sekreterare", "sekreterare", "none", None, "skriva", "skrivs", "Protokollet",
               passive=True),
            st("protokollförare", "protokollförare", "none", None, "skriva", "skrivs",
               "Protokollet", passive=True),
        ],
    ),
    rec(
        "c3-5",
        "Vid mötet deltar kanslichef samt studentrepresentant/protokollförare.",
        [
            ("kanslichef", "kanslichef", TJP),
            ("studentrepresentant", "studentrepresentant", "övrig"),
            ("protokollförare", "protokollförare", TJP),
        ],
        [pres("deltar", "delta")],
        [
            st("kanslichef", "kanslichef", "none", None, "delta", "deltar"),
            st("studentrepresentant", "studentrepresentant", "none", None, "delta", "deltar"),
            st("protokollförare", "protokollförare", "none", None, "delta", "deltar"),
        ],
    ),
    # negative: an -are word after a slash from a thing is a thing
    rec(
        "c3-n2",
        "Sekreteraren sköter dator/skrivare.",
        [("Sekreteraren", "sekreterare", TJP)],
        [pres("sköter", "sköta")],
        [st("sekreterare", "Sekreteraren", "none", None, "sköta", "sköter", "dator/skrivare")],
    ),
    # C13: an acronym before capitalised place words and `län` is one name
    rec(
        "c13-1",
        "Räkenskaperna för FRK Östra och Södra län granskas av två revisorer.",
        [("FRK Östra och Södra län", "frk östra och södra län", ORG),
         ("revisorer", "revisor", FTV)],
        [pres("granskas", "granska", "pass")],
        [st("revisor", "revisorer", "none", None, "granska", "granskas",
            "Räkenskaperna för FRK Östra och Södra län", passive=True)],
    ),
    rec(
        "c13-2",
        "Styrelsen utses av PRO Västra län.",
        [("Styrelsen", "styrelse", POL), ("PRO Västra län", "pro västra län", ORG)],
        [pres("utses", "utse", "pass")],
        [st("pro västra län", "PRO Västra län", "none", None, "utse", "utses", "Styrelsen",
            passive=True)],
    ),
    rec(
        "c13-3",
        "Stiftelsens årsredovisning skickas till SRF Norra län.",
        [("Stiftelsens", "stiftelse", ORG), ("SRF Norra län", "srf norra län", ORG)],
        [pres("skickas", "skicka", "pass")],
        [],
    ),
    # negative: an acronym before a personal name
    rec(
        "c13-n1",
        "VD Anna Ek leder arbetet.",
        [("VD", "verkställande direktör", TJP)],
        [pres("leder", "leda")],
        [st("verkställande direktör", "VD", "none", None, "leda", "leder", "arbetet")],
    ),
    # C13: a capitalised genitive before a capitalised `Förbund i <place>` is one name
    rec(
        "c13-4",
        "Stiftelsen bildades av Ekby Pensionärers Förbund i Norrby.",
        [("Stiftelsen", "stiftelse", ORG),
         ("Ekby Pensionärers Förbund i Norrby", "ekby pensionärers förbund i norrby", ORG)],
        [past("bildades", "bilda", "pass")],
        [st("ekby pensionärers förbund i norrby", "Ekby Pensionärers Förbund i Norrby", "none",
            None, "bilda", "bildades", "Stiftelsen", passive=True)],
    ),
    rec(
        "c13-5",
        "Fonden förvaltas av Västkustens Fiskares Förening i Ekhamn.",
        [("Västkustens Fiskares Förening i Ekhamn", "västkustens fiskares förening i ekhamn",
          ORG)],
        [pres("förvaltas", "förvalta", "pass")],
        [st("västkustens fiskares förening i ekhamn", "Västkustens Fiskares Förening i Ekhamn",
            "none", None, "förvalta", "förvaltas", "Fonden", passive=True)],
    ),
    # negative: a lower-case kind noun with a place is no name
    rec(
        "c13-n2",
        "Bidraget söks hos förbundet i länet.",
        [("förbundet", "förbund", ORG)],
        [pres("söks", "söka", "pass")],
        [],
    ),
    # C14: `varav en ska vara <role>` classifies one of the elected: a predicative
    rec(
        "c14-1",
        "Stämman utser två revisorer, varav en ska vara auktoriserad revisor.",
        [("Stämman", "stämma", POL), ("revisorer", "revisor", FTV)],
        [pres("utser", "utse"), SKA, inf("vara")],
        [st("stämma", "Stämman", "none", None, "utse", "utser",
            "två revisorer, varav en ska vara auktoriserad revisor")],
    ),
    # C14: `ungdomar` those a service is for (none); as a partner an actor
    rec(
        "c14-2",
        "Nämnden ansvarar för idrott för barn och ungdomar.",
        [("Nämnden", "nämnd", POL)],
        [pres("ansvarar", "ansvara")],
        [st("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för idrott för barn och ungdomar")],
    ),
    rec(
        "c14-3",
        "Nämnden samråder med ungdomar.",
        [("Nämnden", "nämnd", POL), ("ungdomar", "ungdom", EXT)],
        [pres("samråder", "samråda")],
        [st("nämnd", "Nämnden", "none", None, "samråda", "samråder", "med ungdomar")],
    ),
    # C14: descendants as the pool members are elected from (§2.6 D1)
    rec(
        "c14-4",
        "Styrelsen väljer ledamöterna bland stiftarens avkomlingar.",
        [("Styrelsen", "styrelse", POL), ("ledamöterna", "ledamot", FTV),
         ("stiftarens", "stiftare", "övrig"), ("avkomlingar", "avkomling", EXT)],
        [pres("väljer", "välja")],
        [st("styrelse", "Styrelsen", "none", None, "välja", "väljer",
            "ledamöterna bland stiftarens avkomlingar")],
    ),
    # C14: a university unit's management
    rec(
        "c14-5",
        "Institutionsledningen bereder frågor om lokaler.",
        [("Institutionsledningen", "institutionsledning", FORV)],
        [pres("bereder", "bereda")],
        [st("institutionsledning", "Institutionsledningen", "none", None, "bereda", "bereder",
            "frågor om lokaler")],
    ),
]

# C6: a title's bare indefinite kind compound names no body; the text's one `-utskottet` wins
D = "w43-b-utskott"
TU = "taxeutskott"
UTSKOTT = [
    rec("title", "Nämndutskott och arbetsformer", [("Nämndutskott", "nämndutskott", POL)],
        doc=D, kind="heading"),
    rec("1", "Taxeutskottet består av tre ledamöter.",
        [("Taxeutskottet", TU, POL), ("ledamöter", "ledamot", FTV)],
        [pres("består", "bestå")],
        [st(TU, "Taxeutskottet", "none", None, "bestå", "består", "av tre ledamöter")],
        doc=D, parent="title"),
    rec("2", "Taxeutskottet bereder ärenden om taxor.",
        [("Taxeutskottet", TU, POL)],
        [pres("bereder", "bereda")],
        [st(TU, "Taxeutskottet", "none", None, "bereda", "bereder", "ärenden om taxor")],
        doc=D, parent="title"),
    rec("3", "Utskottet träffar ekonomichefen två gånger per år.",
        [("Utskottet", TU, POL), ("ekonomichefen", "ekonomichef", TJP)],
        [pres("träffar", "träffa")],
        [st(TU, "Utskottet", "none", None, "träffa", "träffar",
            "ekonomichefen två gånger per år")],
        doc=D, parent="title"),
]

# C6 negative: a title naming a definite body keeps it for the bare short form
D = "w43-b-granskning"
GU = "granskningsutskott"
GRANSKNING = [
    rec("title", "Arbetsordning för granskningsutskottet", [("granskningsutskottet", GU, POL)],
        doc=D, kind="heading"),
    rec("1", "Utskottet ska sammanträda varje månad.",
        [("Utskottet", GU, POL)],
        [SKA, inf("sammanträda")],
        [st(GU, "Utskottet", "obligation", "ska", "sammanträda", "sammanträda",
            condition="varje månad")],
        ["varje månad"], doc=D, parent="title"),
]

# C6 negative: a bare title compound with no rival compound of its head in the text names
# the document's body
D = "w43-b-arbetsutskott"
AU = "arbetsutskott"
ARBETSUTSKOTT = [
    rec("title", "Arbetsutskott", [("Arbetsutskott", AU, POL)], doc=D, kind="heading"),
    rec("1", "Utskottet bereder ärenden om taxor.",
        [("Utskottet", AU, POL)],
        [pres("bereder", "bereda")],
        [st(AU, "Utskottet", "none", None, "bereda", "bereder", "ärenden om taxor")],
        doc=D, parent="title"),
]

DOCUMENTS = {
    records[0]["meta"]["doc_id"]: (blocks_text(records), records)
    for records in (UTSKOTT, GRANSKNING, ARBETSUTSKOTT)
}

if __name__ == "__main__":
    write_part(sys.argv[1], "w43-b", DOCUMENTS, before=SENTENCES)
