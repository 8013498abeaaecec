"""Builds corpus/dev/w36-c.jsonl: invented material for round 36, writer C (analyst 36,
causes C1-C6; gold by hand from docs/annotation.md before the rules): C1 role nouns from a
compound in -ansvarig (`Säkerhetsansvarig är skyldig att`, `en dataskyddsansvarig`, `dess
kvalitetsansvariga`; `är ansvarig för` stays a cue, `kostnadsansvarig nämnd` an attribute); C2 a
bare `organisation` as a subject with a restrictive relative; C3 a predicative after `utgör`,
negated by `inget`, also in a second conjunct; a gapped `X- eller Y-organ`; C4 an
`-organisation`/`förvaltning` noun that is set up, planned or qualified (§2.4 round 36); C5
`de helägda kommunala bolagen` → `bolag`; C6 short names after `kallad`/`benämnd`, `posten
som`, `såsom en … stiftelse`, `kår`, a person's field label before a name, a title before a
personal name (§2.5 round 36). Offsets computed.
Run: python corpus/make_w36_c.py corpus/dev"""

import sys
from pathlib import Path

from records import EXT, FORV, FTV, ORG, OVR, POL, SKA, TJP, records_for, write_jsonl
from records import statement as st

rec = records_for("w36-c")


RECORDS = [
    # C1: -ansvarig role nouns
    rec("c1-1", "Säkerhetsansvarig är skyldig att föra en förteckning över behörigheterna.",
        [("Säkerhetsansvarig", "säkerhetsansvarig", TJP)],
        [("är", "vara", "pres", "act"), ("föra", "föra", "inf", "act")],
        [st("säkerhetsansvarig", "Säkerhetsansvarig", "obligation", "är skyldig att", "föra",
            "föra", "en förteckning över behörigheterna")]),
    rec("c1-2", "Ekonomiansvarig ska rapportera avvikelser till nämnden.",
        [("Ekonomiansvarig", "ekonomiansvarig", TJP), ("nämnden", "nämnd", POL)],
        [SKA, ("rapportera", "rapportera", "inf", "act")],
        [st("ekonomiansvarig", "Ekonomiansvarig", "obligation", "ska", "rapportera",
            "rapportera", "avvikelser till nämnden")]),
    rec("c1-3", "Styrelsen utser en dataskyddsansvarig för bolaget.",
        [("Styrelsen", "styrelse", POL), ("dataskyddsansvarig", "dataskyddsansvarig", TJP),
         ("bolaget", "bolag", ORG)],
        [("utser", "utse", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "utse", "utser",
            "en dataskyddsansvarig för bolaget")]),
    rec("c1-4", "Samtliga verksamhetsansvariga ska delta i utbildningen.",
        [("verksamhetsansvariga", "verksamhetsansvarig", TJP)],
        [SKA, ("delta", "delta", "inf", "act")],
        [st("verksamhetsansvarig", "verksamhetsansvariga", "obligation", "ska", "delta",
            "delta", "i utbildningen")]),
    rec("c1-5", "Kommunstyrelsen är ansvarig för att planen följs upp.",
        [("Kommunstyrelsen", "kommunstyrelse", POL)],
        [("är", "vara", "pres", "act"), ("följs", "följa", "pres", "pass")],
        [st("kommunstyrelse", "Kommunstyrelsen", "responsibility", "är ansvarig för",
            "ansvara", "är", "att planen följs upp")]),
    rec("c1-6", "Kommunen ska utse en kostnadsansvarig nämnd.",
        [("Kommunen", "kommun", ORG), ("nämnd", "nämnd", POL)],
        [SKA, ("utse", "utse", "inf", "act")],
        [st("kommun", "Kommunen", "obligation", "ska", "utse", "utse",
            "en kostnadsansvarig nämnd")]),
    rec("c1-7", "Budgetansvarig är enhetschefen.",
        [("enhetschefen", "enhetschef", TJP)],
        [("är", "vara", "pres", "act")],
        [st("enhetschef", "enhetschefen", "none", None, "vara", "är")]),
    # C2: a bare organisation qualified by a restrictive relative as the subject
    rec("c2-1", "Organisation som ingår i samrådet ska anmäla sina ombud.",
        [("Organisation", "organisation", ORG), ("ombud", "ombud", TJP)],
        [("ingår", "ingå", "pres", "act"), SKA, ("anmäla", "anmäla", "inf", "act")],
        [st("organisation", "Organisation", "obligation", "ska", "anmäla", "anmäla",
            "sina ombud")]),
    rec("c2-2", "Regionen har en ändamålsenlig organisation.",
        [("Regionen", "region", ORG)],
        [("har", "ha", "pres", "act")],
        [st("region", "Regionen", "none", None, "ha", "har", "en ändamålsenlig organisation")]),
    # C3: predicatives after `utgör`
    rec("c3-1", "Stiftelsen utgör inget självständigt beslutande organ.",
        [("Stiftelsen", "stiftelse", ORG)],
        [("utgör", "utgöra", "pres", "act")],
        [st("stiftelse", "Stiftelsen", "none", None, "utgöra", "utgör",
            "inget självständigt beslutande organ")]),
    rec("c3-2", "Kommittén ska bereda ärenden och utgör inget beslutande organ.",
        [("Kommittén", "kommitté", POL)],
        [SKA, ("bereda", "bereda", "inf", "act"), ("utgör", "utgöra", "pres", "act")],
        [st("kommitté", "Kommittén", "obligation", "ska", "bereda", "bereda", "ärenden"),
         st("kommitté", "Kommittén", "none", None, "utgöra", "utgör", "inget beslutande organ")]),
    rec("c3-3", "Besluts- eller samrådsorganet ska rapportera till styrelsen.",
        [("Besluts- eller samrådsorganet", "besluts- eller samrådsorgan", POL),
         ("styrelsen", "styrelse", POL)],
        [SKA, ("rapportera", "rapportera", "inf", "act")],
        [st("besluts- eller samrådsorgan", "Besluts- eller samrådsorganet", "obligation",
            "ska", "rapportera", "rapportera", "till styrelsen")]),
    # C4: the structure sense of -organisation/förvaltning
    rec("c4-1", "En ny förvaltningsorganisation införs den 1 januari 2025.", [],
        [("införs", "införa", "pres", "pass")],
        [st(None, None, "none", None, "införa", "införs", passive=True)]),
    rec("c4-2", "Förvaltningsorganisationen bereder ärendena till nämnden.",
        [("Förvaltningsorganisationen", "förvaltningsorganisation", FORV),
         ("nämnden", "nämnd", POL)],
        [("bereder", "bereda", "pres", "act")],
        [st("förvaltningsorganisation", "Förvaltningsorganisationen", "none", None, "bereda",
            "bereder", "ärendena till nämnden")]),
    rec("c4-3", "Kommunstyrelsen ska säkra en effektiv förvaltning.",
        [("Kommunstyrelsen", "kommunstyrelse", POL)],
        [SKA, ("säkra", "säkra", "inf", "act")],
        [st("kommunstyrelse", "Kommunstyrelsen", "obligation", "ska", "säkra", "säkra",
            "en effektiv förvaltning")]),
    rec("c4-4", "Nämnden beslutar om förvaltningsorganisationen för mandatperioden.",
        [("Nämnden", "nämnd", POL)],
        [("beslutar", "besluta", "pres", "act")],
        [st("nämnd", "Nämnden", "none", None, "besluta", "beslutar",
            "om förvaltningsorganisationen för mandatperioden")]),
    rec("c4-5", "Den nya förvaltningen ska ansvara för skolan.",
        [("förvaltningen", "förvaltning", FORV)],
        [SKA, ("ansvara", "ansvara", "inf", "act")],
        [st("förvaltning", "förvaltningen", "obligation", "ska ansvara för", "ansvara",
            "ansvara", "skolan")]),
    # C5: `kommunala bolag` → `bolag` past another attribute
    rec("c5-1", "De helägda kommunala bolagen rapporterar till kommunstyrelsen.",
        [("bolagen", "bolag", ORG), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [("rapporterar", "rapportera", "pres", "act")],
        [st("bolag", "bolagen", "none", None, "rapportera", "rapporterar",
            "till kommunstyrelsen")]),
    # C6: no actor for short names, posts, manner roles, titles before names
    rec("c6-1", "Samverkansrådet, i dagligt tal benämnt rådet, sammanträder varje månad.",
        [("Samverkansrådet", "samverkansråd", POL)],
        [("sammanträder", "sammanträda", "pres", "act")],
        [st("samverkansråd", "Samverkansrådet", "none", None, "sammanträda", "sammanträder",
            "varje månad")]),
    rec("c6-2", "Styrelsen utser en ledamot till posten som vice ordförande.",
        [("Styrelsen", "styrelse", POL), ("ledamot", "ledamot", FTV)],
        [("utser", "utse", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "utse", "utser",
            "en ledamot till posten som vice ordförande")]),
    rec("c6-3", "Räddningskåren ska biträda polisen vid större olyckor.",
        [("Räddningskåren", "räddningskår", EXT), ("polisen", "polis", EXT)],
        [SKA, ("biträda", "biträda", "inf", "act")],
        [st("räddningskår", "Räddningskåren", "obligation", "ska", "biträda", "biträda",
            "polisen")]),
    rec("c6-5", "Föreningen bedriver verksamhet i Mälardalsregionen.",
        [("Föreningen", "förening", ORG)],
        [("bedriver", "bedriva", "pres", "act")],
        [st("förening", "Föreningen", "none", None, "bedriva", "bedriver",
            "verksamhet i Mälardalsregionen")]),
    rec("c6-6", "Styrelsen utser en representant i Skärgårdsregionen.",
        [("Styrelsen", "styrelse", POL), ("representant", "representant", OVR),
         ("Skärgårdsregionen", "skärgårdsregionen", ORG)],
        [("utser", "utse", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "utse", "utser",
            "en representant i Skärgårdsregionen")]),
    rec("c6-7", "Ordföranden kallade ledamöterna till ett extra sammanträde.",
        [("Ordföranden", "ordförande", FTV), ("ledamöterna", "ledamot", FTV)],
        [("kallade", "kalla", "past", "act")],
        [st("ordförande", "Ordföranden", "none", None, "kalla", "kallade",
            "ledamöterna till ett extra sammanträde")]),
    rec("c6-4", "Uppdraget ges till kanslirådet Eva Berg.", [],
        [("ges", "ge", "pres", "pass")],
        [st(None, None, "none", None, "ge", "ges", passive=True)]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w36-c.jsonl", RECORDS)
