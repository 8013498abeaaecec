"""Builds corpus/dev/w40-x2.jsonl: invented sentences for round 40, writer X2 (analyst of part
ax, actor causes; gold by hand from docs/annotation.md before the rules):
6 population nouns of foundation and stipend texts (§2.6 D1): `diabetiker`, `astmatiker`,
`reumatiker` (plural patient groups), `lärjungar`, `studerande` (a participle noun like
`sökande`), `missionärer`; church offices `pastor`, `kyrkomusiker`; `kuratorer` (the
officers of an old foundation or a school's counsellors: a person, övrig); the singular
definite of a plural-only population noun stays no actor;
7 a `som` that completes a two-word subordinator (`så snart som`, `så länge som`) is no role
marker: the noun after it is the subordinate clause's subject; `anställd som rektor` keeps
its role reading;
12 a gapped `barn-` before `och`/`eller` and a population noun is two populations
(`barn- och ungdomar` → `barn`, `ungdom`); a gapped part that completes a body compound
(`Barn- och ungdomsnämnden`) stays one body;
13 multi-word organisation names: a place and a capitalised classifying adjective before a
capitalised organisation compound (`Ekby Kristliga Idrottsförening`); a capitalised
preposition inside a name after a definite kind (`Riksförbundet Mot Allergi`); a person's
genitive before a capitalised `Stiftelse`/`Fond` (`Annas Stiftelse`); a club (`klubb`) as an
organisation noun; a capitalised company name ending in an activity noun
(`Norrby Kapitalförvaltning`) is an organisation and coordinates with an agent noun;
`klubban` (a gavel) is no club;
14b `Kungl. Maj:t` (`Kungl. Maj:ts`), the King in Council of old statutes: one extern name;
18 a kind after `lag för` (`enligt gällande lag för stiftelser`) names no actor (a cited
statute's frame, §2.6 D6); `förvaltning` after the genitive of an owner that is no
municipality or region is the management task (`Stiftelsens förvaltning`), a municipality's
keeps its administration.
Offsets computed.
Run: python corpus/make_w40_x2.py corpus/dev"""

import sys
from pathlib import Path

from records import (
    EXT,
    FAR,
    FORV,
    FTV,
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

rec = records_for("w40-x2")


STIFTELSEN = ("Stiftelsen", "stiftelse", ORG)
STYRELSEN = ("Styrelsen", "styrelse", POL)

RECORDS = [
    # 6: population nouns and church offices
    rec("6-1", "Stiftelsen lämnar bidrag till diabetiker och astmatiker i länet.",
        [STIFTELSEN, ("diabetiker", "diabetiker", EXT), ("astmatiker", "astmatiker", EXT)],
        [pres("lämnar", "lämna")],
        [st("stiftelse", "Stiftelsen", "none", None, "lämna", "lämnar",
            "bidrag till diabetiker och astmatiker i länet")]),
    rec("6-2", "Reumatikerna i föreningen får söka bidrag för resor.",
        [("Reumatikerna", "reumatiker", EXT), ("föreningen", "förening", ORG)],
        [FAR, inf("söka", "söka")],
        [st("reumatiker", "Reumatikerna", "permission", "får", "söka", "söka",
            "bidrag för resor")]),
    rec("6-3", "De studerande vid skolan får ansöka om stipendiet.",
        [("studerande", "studerande", EXT)],
        [FAR, inf("ansöka", "ansöka")],
        [st("studerande", "studerande", "permission", "får", "ansöka", "ansöka", "om stipendiet")]),
    rec("6-4", "Styrelsen delar ut premier till lärjungar vid skolan.",
        [STYRELSEN, ("lärjungar", "lärjunge", EXT)],
        [pres("delar", "dela")],
        [st("styrelse", "Styrelsen", "none", None, "dela", "delar",
            "premier till lärjungar vid skolan")]),
    rec("6-5", "Kuratorerna sammanträder två gånger om året.",
        [("Kuratorerna", "kurator", OVR)],
        [pres("sammanträder", "sammanträda")],
        [st("kurator", "Kuratorerna", "none", None, "sammanträda", "sammanträder")]),
    rec("6-6", "Ansökan om resebidrag får lämnas av missionärer och kyrkomusiker.",
        [("missionärer", "missionär", EXT), ("kyrkomusiker", "kyrkomusiker", TJP)],
        [FAR, inf("lämnas", "lämna", "pass")],
        [st("missionär", "missionärer", "permission", "får", "lämna", "lämnas",
            "Ansökan om resebidrag", passive=True),
         st("kyrkomusiker", "kyrkomusiker", "permission", "får", "lämna", "lämnas",
            "Ansökan om resebidrag", passive=True)]),
    rec("6-7", "Pastorerna ska rapportera till styrelsen varje år.",
        [("Pastorerna", "pastor", TJP), ("styrelsen", "styrelse", POL)],
        [SKA, inf("rapportera", "rapportera")],
        [st("pastor", "Pastorerna", "obligation", "ska", "rapportera", "rapportera",
            "till styrelsen varje år")]),
    # 6, negative: the definite singular of a plural-only population noun is one person
    rec("6-8", "Styrelsen underrättar lärjungen om beslutet.",
        [STYRELSEN],
        [pres("underrättar", "underrätta")],
        [st("styrelse", "Styrelsen", "none", None, "underrätta", "underrättar",
            "lärjungen om beslutet")]),
    # 7: `som` completing a two-word subordinator
    rec("7-1", "Så snart som nämnden har fattat beslut ska kansliet underrätta sökanden.",
        [("nämnden", "nämnd", POL), ("kansliet", "kansli", FORV), ("sökanden", "sökande", EXT)],
        [pres("har", "ha"), ("fattat", "fatta", "sup", "act"), SKA,
         inf("underrätta", "underrätta")],
        [st("kansli", "kansliet", "obligation", "ska", "underrätta", "underrätta", "sökanden")]),
    rec("7-2", "Så länge som styrelsen anser det nödvändigt ska revisorn granska kassan.",
        [("styrelsen", "styrelse", POL), ("revisorn", "revisor", OVR)],
        [pres("anser", "anse"), SKA, inf("granska", "granska")],
        [st("revisor", "revisorn", "obligation", "ska", "granska", "granska", "kassan")]),
    # 7, negative: `som` after a participle names the role
    rec("7-3", "Hon är anställd som rektor vid skolan.",
        [], [pres("är", "vara")]),
    # 12: a gapped `barn-` before a population noun
    rec("12-1", "Barn- och ungdomar i föreningen får delta i lägret.",
        [("Barn-", "barn", EXT), ("ungdomar", "ungdom", EXT), ("föreningen", "förening", ORG)],
        [FAR, inf("delta", "delta")],
        [st("barn", "Barn-", "permission", "får", "delta", "delta", "i lägret"),
         st("ungdom", "ungdomar", "permission", "får", "delta", "delta", "i lägret")]),
    rec("12-2", "Nämnden samråder med barn- eller ungdomar i kommunen.",
        [("Nämnden", "nämnd", POL), ("barn-", "barn", EXT), ("ungdomar", "ungdom", EXT),
         ("kommunen", "kommun", ORG)],
        [pres("samråder", "samråda")],
        [st("nämnd", "Nämnden", "none", None, "samråda", "samråder",
            "med barn- eller ungdomar i kommunen")]),
    # 12, negative: the gapped part completes a body compound
    rec("12-3", "Barn- och ungdomsnämnden ansvarar för fritidsgårdarna.",
        [("Barn- och ungdomsnämnden", "barn- och ungdomsnämnd", POL)],
        [pres("ansvarar", "ansvara")],
        [st("barn- och ungdomsnämnd", "Barn- och ungdomsnämnden", "responsibility", "ansvarar för",
            "ansvara", "ansvarar", "för fritidsgårdarna")]),
    # 13: multi-word organisation names
    rec("13-1", "Priset delas ut av Ekby Kristliga Idrottsförening.",
        [("Ekby Kristliga Idrottsförening", "ekby kristliga idrottsförening", ORG)],
        [pres("delas", "dela", "pass")],
        [st("ekby kristliga idrottsförening", "Ekby Kristliga Idrottsförening", "none", None,
            "dela", "delas", "Priset", passive=True)]),
    rec("13-2", "Styrelsen ska samråda med Riksförbundet Mot Allergi.",
        [STYRELSEN, ("Riksförbundet Mot Allergi", "riksförbundet mot allergi", ORG)],
        [SKA, inf("samråda", "samråda")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "samråda", "samråda",
            "med Riksförbundet Mot Allergi")]),
    rec("13-3", "Föreningen För Levande Skärgård får ta emot gåvor.",
        [("Föreningen För Levande Skärgård", "föreningen för levande skärgård", ORG)],
        [FAR, inf("ta", "ta")],
        [st("föreningen för levande skärgård", "Föreningen För Levande Skärgård",
            "permission", "får", "ta", "ta", "emot gåvor")]),
    rec("13-4", "Styrelsen för Ingrids Stiftelse sammanträder varje år.",
        [STYRELSEN, ("Ingrids Stiftelse", "ingrids stiftelse", ORG)],
        [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder")]),
    rec("13-5", "Klubben ska varje år lämna en redovisning till kommunen.",
        [("Klubben", "klubb", ORG), ("kommunen", "kommun", ORG)],
        [SKA, inf("lämna", "lämna")],
        [st("klubb", "Klubben", "obligation", "ska", "lämna", "lämna",
            "en redovisning till kommunen")]),
    rec("13-6", "Nämnden lämnar bidrag till idrottsklubbar och scoutkårer.",
        [("Nämnden", "nämnd", POL), ("idrottsklubbar", "idrottsklubb", ORG),
         ("scoutkårer", "scoutkår", ORG)],
        [pres("lämnar", "lämna")],
        [st("nämnd", "Nämnden", "none", None, "lämna", "lämnar",
            "bidrag till idrottsklubbar och scoutkårer")]),
    rec("13-7", "Medlen förvaltas av Norrby Kapitalförvaltning eller annan lämplig förvaltare.",
        [("Norrby Kapitalförvaltning", "norrby kapitalförvaltning", ORG),
         ("förvaltare", "förvaltare", OVR)],
        [pres("förvaltas", "förvalta", "pass")],
        [st("norrby kapitalförvaltning", "Norrby Kapitalförvaltning", "none", None,
            "förvalta", "förvaltas", "Medlen", passive=True),
         st("förvaltare", "förvaltare", "none", None, "förvalta", "förvaltas", "Medlen",
            passive=True)]),
    # 13, negative: the activity noun in lower case stays the activity
    rec("13-8", "Styrelsen ansvarar för kapitalförvaltning och bokföring.",
        [STYRELSEN],
        [pres("ansvarar", "ansvara")],
        [st("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för kapitalförvaltning och bokföring")]),
    rec("13-10", "Medlen förvaltas av Evangeliska Ljusstiftelsen (EL) i Ekby.",
        [("Evangeliska Ljusstiftelsen", "evangeliska ljusstiftelsen", ORG),
         ("EL", "evangeliska ljusstiftelsen", ORG)],
        [pres("förvaltas", "förvalta", "pass")],
        [st("evangeliska ljusstiftelsen", "Evangeliska Ljusstiftelsen", "none", None,
            "förvalta", "förvaltas", "Medlen", passive=True)]),
    # 13d, negative: `klubban` (the chair's gavel) is no club
    rec("13-9", "Ordföranden håller i klubban under mötet.",
        [("Ordföranden", "ordförande", FTV)],
        [pres("håller", "hålla")],
        [st("ordförande", "Ordföranden", "none", None, "hålla", "håller",
            "i klubban under mötet")]),
    # 14b: the King in Council of old statutes
    rec("14-1", "Stiftelsens stadgar fastställs av Kungl. Maj:t.",
        [("Stiftelsens", "stiftelse", ORG), ("Kungl. Maj:t", "kungl. maj:t", EXT)],
        [pres("fastställs", "fastställa", "pass")],
        [st("kungl. maj:t", "Kungl. Maj:t", "none", None, "fastställa", "fastställs",
            "Stiftelsens stadgar", passive=True)]),
    rec("14-2", "Ändring av stadgarna ska underställas Kungl. Maj:ts prövning.",
        [("Kungl. Maj:ts", "kungl. maj:t", EXT)],
        [SKA, inf("underställas", "underställa", "pass")],
        [st(None, None, "obligation", "ska", "underställa", "underställas", "Ändring av stadgarna",
            passive=True)]),
    # 18: a kind inside a statute's frame; the management task of a foundation
    rec("18-1", "Revisorn granskar räkenskaperna enligt gällande lag för stiftelser.",
        [("Revisorn", "revisor", OVR)],
        [pres("granskar", "granska")],
        [st("revisor", "Revisorn", "none", None, "granska", "granskar",
            "räkenskaperna enligt gällande lag för stiftelser")]),
    rec("18-2", "Styrelsen svarar för stiftelsens förvaltning.",
        [STYRELSEN, ("stiftelsens", "stiftelse", ORG)],
        [pres("svarar", "svara")],
        [st("styrelse", "Styrelsen", "responsibility", "svarar för", "svara", "svarar",
            "för stiftelsens förvaltning")]),
    rec("18-3", "Föreningens förvaltning sköts av styrelsen.",
        [("Föreningens", "förening", ORG), ("styrelsen", "styrelse", POL)],
        [pres("sköts", "sköta", "pass")],
        [st("styrelse", "styrelsen", "none", None, "sköta", "sköts", "Föreningens förvaltning",
            passive=True)]),
    # 18, negative: a municipality's administration is a unit
    rec("18-4", "Kommunens förvaltning ska bistå nämnden.",
        [("Kommunens", "kommun", ORG), ("förvaltning", "förvaltning", FORV),
         ("nämnden", "nämnd", POL)],
        [SKA, inf("bistå", "bistå")],
        [st("förvaltning", "förvaltning", "obligation", "ska", "bistå", "bistå", "nämnden")]),
]

if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus/dev")
    write_jsonl(out / "w40-x2.jsonl", RECORDS)
