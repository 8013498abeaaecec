"""Builds corpus/dev/w39-v.jsonl: invented material for round 39, writer V (analyst of part
av, causes C1-C6; gold by hand from docs/annotation.md before the rules): a naming clause with
a modal (`namn ska vara`, `namn bör vara`) and a name with a lower-case tail (`Stiftelsen för
hjärtforskning`); a guild's name (`Snickare Gillet i Uppsala`) and its short form `Gillet`; an
agency named by a one-word definite noun in its own statute title (`med instruktion för
Tullvården`, `Kustbevakningen`) and a statute field block whose `Upphäver` title is followed
by `Källa` ⏎ `Regeringskansliets rättsdatabaser`; `-organisation` as a designed structure;
assemblies as points in time (`från … till …`, `intill slutet av`). Documents w39-v-stiftelse,
w39-v-gille, w39-v-tullvarden, w39-v-kustbevakning and w39-v-andring have their .txt sources. Offsets computed.
Run: python corpus/make_w39_v.py corpus/dev"""

import sys
from pathlib import Path

from records import (
    AR,
    BOR,
    EXT,
    FAR,
    ORG,
    POL,
    SKA,
    inf,
    pres,
    records_for,
    write_jsonl,
)
from records import statement as st

rec = records_for("w39-v")


VARA = ("vara", "vara", "inf", "act")
GALLER = ("gäller", "gälla", "pres", "act")

S = "w39-v-stiftelse"
HJ = "stiftelsen för hjärtforskning"
GI = "snickare gillet i uppsala"
G = "w39-v-gille"
BJ = "björka skyttegille"
T = "w39-v-tullvarden"
TV = "tullvården"
K = "w39-v-kustbevakning"
A = "w39-v-andring"
KB = "kustbevakningen"

RECORDS = [
    # C1: a naming clause with a modal; the name's lower-case tail; C4: a guild's name
    rec("title", "Stadgar för Stiftelsen för hjärtforskning",
        [("Stiftelsen för hjärtforskning", HJ, ORG)], doc=S, kind="heading", parent=None),
    rec("§1", "Stiftelsens namn ska vara Stiftelsen för hjärtforskning.",
        [("Stiftelsens", HJ, ORG)], [SKA, VARA], doc=S, label="1 §"),
    rec("§2", "Stiftelsen ska dela ut stipendier.",
        [("Stiftelsen", HJ, ORG)], [SKA, inf("dela", "dela")],
        [st(HJ, "Stiftelsen", "obligation", "ska", "dela", "dela", "stipendier")],
        doc=S, label="2 §"),
    rec("§3", "Stiftelsen ska förvaltas av Snickare Gillet i Uppsala.",
        [("Stiftelsen", HJ, ORG), ("Snickare Gillet i Uppsala", GI, ORG)],
        [SKA, inf("förvaltas", "förvalta", "pass")],
        [st(GI, "Snickare Gillet i Uppsala", "obligation", "ska", "förvalta", "förvaltas",
            "Stiftelsen", passive=True)], doc=S, label="3 §"),
    rec("§4", "Det åligger Gillet att ordna revision.",
        [("Gillet", GI, ORG)], [pres("åligger", "åligga"), inf("ordna", "ordna")],
        [st(GI, "Gillet", "obligation", "åligger", "ordna", "ordna", "revision")],
        doc=S, label="4 §"),
    # C1: `bör vara` and a name in capitals; C6: assemblies as points in time
    rec("title", "Stadgar", doc=G, kind="heading", parent=None),
    rec("§1", "Föreningens namn bör vara BJÖRKA SKYTTEGILLE.",
        [("Föreningens", BJ, ORG)], [BOR, VARA], doc=G, label="1 §"),
    rec("§2", "Föreningen får äga fastigheter.",
        [("Föreningen", BJ, ORG)], [FAR, inf("äga", "äga")],
        [st(BJ, "Föreningen", "permission", "får", "äga", "äga", "fastigheter")],
        doc=G, label="2 §"),
    rec("§3", "Mandatet gäller från ordinarie föreningsstämma till nästa föreningsstämma.",
        verbs=[GALLER], doc=G, label="3 §"),
    rec("§4", "Uppdraget gäller intill slutet av den årsstämma som följer efter valet.",
        verbs=[GALLER, pres("följer", "följa")], doc=G, label="4 §"),
    # C2: an agency named by a one-word definite noun in its own statute title; C5: the
    # field block's `Källa` after an `Upphäver` title; C3: `-organisation` as a structure
    rec("title", "Förordning (2031:7) med instruktion för Tullvården",
        [("Tullvården", TV, ORG)], doc=T, kind="heading", parent=None),
    rec("m1", "SFS nr 2031:7 Departement Finansdepartementet Utfärdad 2031-01-15 Upphäver "
        "Förordning (2019:3) med instruktion för Tullvården Källa Regeringskansliets "
        "rättsdatabaser Senast hämtad 2031-03-01",
        [("Finansdepartementet", "finansdepartementet", EXT),
         ("Regeringskansliets", "regeringskansliet", EXT)], doc=T, parent=None),
    rec("h1", "Uppgifter", doc=T, kind="heading", parent=None),
    rec("§1", "Tullvården ansvarar för att kontrollera varor och utföra tullutredningar.",
        [("Tullvården", TV, ORG)],
        [pres("ansvarar", "ansvara"), inf("kontrollera", "kontrollera"), inf("utföra", "utföra")],
        [st(TV, "Tullvården", "responsibility", "ansvarar för", "kontrollera", "kontrollera",
            "varor"),
         st(TV, "Tullvården", "responsibility", "ansvarar för", "utföra", "utföra",
            "tullutredningar")], doc=T, parent="h1", label="1 §"),
    rec("§2", "Tullvården är beredskapsmyndighet enligt förordningen (2022:524).",
        [("Tullvården", TV, ORG)], [AR],
        [st(TV, "Tullvården", "none", None, "vara", "är", "beredskapsmyndighet")],
        doc=T, parent="h1", label="2 §"),
    rec("§3", "Kontrollorganisationen ska vara utformad så att fel upptäcks.",
        verbs=[SKA, VARA, pres("upptäcks", "upptäcka", "pass")], doc=T, parent="h1",
        label="3 §"),
    rec("§4", "Förändringar i ledningsorganisationen ska anmälas.",
        verbs=[SKA, inf("anmälas", "anmäla", "pass")],
        statements=[st(None, None, "obligation", "ska", "anmäla", "anmälas",
                       "Förändringar i ledningsorganisationen", passive=True)],
        doc=T, parent="h1", label="4 §"),
    # C3: an `-organisation` a change noun is made in, beside a body
    rec("c3-1", "Förändringar i förvaltningsorganisationen ska anmälas till nämnden.",
        [("nämnden", "nämnd", POL)], [SKA, inf("anmälas", "anmäla", "pass")],
        [st(None, None, "obligation", "ska", "anmäla", "anmälas",
            "Förändringar i förvaltningsorganisationen", passive=True)]),
    rec("c3-2", "Skolorganisationen ska vara uppbyggd kring rektorsområden.",
        verbs=[SKA, VARA]),
    # C7: inmates as a population; a genitive-qualified plural `organisationer`
    rec("c7-1", "De intagna får ta emot besök under helger.",
        [("intagna", "intagen", EXT)], [FAR, inf("ta", "ta")],
        [st("intagen", "intagna", "permission", "får", "ta", "ta", "emot besök")]),
    rec("c7-2", "Nämnden ska samråda med näringslivets organisationer.",
        [("Nämnden", "nämnd", POL), ("näringslivets", "näringsliv", EXT),
         ("organisationer", "organisation", ORG)],
        [SKA, inf("samråda", "samråda")],
        [st("nämnd", "Nämnden", "obligation", "ska", "samråda", "samråda",
            "med näringslivets organisationer")]),
    # C2: a name no lexicon word gives
    rec("title", "Förordning (2031:9) med instruktion för Kustbevakningen",
        [("Kustbevakningen", KB, ORG)], doc=K, kind="heading", parent=None),
    rec("§1", "Kustbevakningen ska övervaka sjötrafiken.",
        [("Kustbevakningen", KB, ORG)], [SKA, inf("övervaka", "övervaka")],
        [st(KB, "Kustbevakningen", "obligation", "ska", "övervaka", "övervaka",
            "sjötrafiken")], doc=K, label="1 §"),
    rec("§2", "Kustbevakningen får ingå avtal om bevakning.",
        [("Kustbevakningen", KB, ORG)], [FAR, inf("ingå", "ingå")],
        [st(KB, "Kustbevakningen", "permission", "får", "ingå", "ingå",
            "avtal om bevakning")], doc=K, label="2 §"),
    rec("§3", "Myndigheten ska föra register över fartyg.",
        [("Myndigheten", KB, ORG)], [SKA, inf("föra", "föra")],
        [st(KB, "Myndigheten", "obligation", "ska", "föra", "föra",
            "register över fartyg")], doc=K, label="3 §"),
    # C2: an amendment's own title cites the amended statute (D6): no mention there
    rec("title", "Förordning om ändring i förordningen (2031:7) med instruktion för Tullvården",
        doc=A, kind="heading"),
    rec("§2", "Tullvården ska föra statistik över tullärenden.",
        [("Tullvården", TV, ORG)], [SKA, inf("föra", "föra")],
        [st(TV, "Tullvården", "obligation", "ska", "föra", "föra",
            "statistik över tullärenden")], doc=A, label="2 §"),
    rec("§3", "Myndigheten får ta ut avgifter.",
        [("Myndigheten", TV, ORG)], [FAR, inf("ta", "ta")],
        [st(TV, "Myndigheten", "permission", "får", "ta", "ta", "ut avgifter")],
        doc=A, label="3 §"),
]

if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus/dev")
    write_jsonl(out / "w39-v.jsonl", RECORDS)
