"""Builds corpus/dev/w38-m.jsonl: invented material for round 38, writer M (analysts of part
at, causes at-C1 to at-C6; gold by hand from docs/annotation.md before the rules): names
`Statens <adjective> museum`, `Kungl. <definite noun>` with a dashed second name, `-ämbetet`,
a name with its kind last (`Ekdal Stiftelsen`, `ÖSTMARK STIFTELSEN` in a title); recipients
`forskare`, `privatpersoner`, `partners`, `befolkning` (a `skola` in a PP is the service);
`sektor` as a branch of society, `beslutsvägarna`, a heading `Myndighetens ledning`; the legal
terms `enskild`/`fysisk`/`juridisk person`; `överordnade organ` (descriptive) beside the title
`överordnad chef`; a kind noun in apposition to a company name (`dotterbolaget, Nordvik Invest
AB`) and its later `Dotterbolagets`. Documents w38-m-bolag, w38-m-stiftelse and
w38-m-instruktion have their .txt sources. Offsets computed.
Run: python corpus/make_w38_m.py corpus/dev"""

import sys
from pathlib import Path

from records import (
    AR,
    EXT,
    FAR,
    FORV,
    FTV,
    ORG,
    POL,
    SKA,
    TJP,
    by_document,
    inf,
    pres,
    records_for,
    write_jsonl,
)
from records import statement as st

rec = records_for("w38-m")


RECORDS = [
    # at-C1 (a): Statens <adjective> museum
    rec("c1-1", "I verksamheten ingår Statens maritima museum.",
        [("Statens maritima museum", "statens maritima museum", ORG)],
        [pres("ingår", "ingå")],
        [st("statens maritima museum", "Statens maritima museum", "none", None, "ingå", "ingår")]),
    rec("c1-2", "Statens historiska museum ska bevara föremål från sjöfarten.",
        [("Statens historiska museum", "statens historiska museum", ORG)],
        [SKA, inf("bevara", "bevara")],
        [st("statens historiska museum", "Statens historiska museum", "obligation", "ska",
            "bevara", "bevara", "föremål från sjöfarten")]),
    # at-C1 (b): Kungl. + a definite noun, a dashed second name in the one span
    rec("c1-3", "I institutionen ingår Kungl. bildarkivet – Sveriges bildarkiv.",
        [("Kungl. bildarkivet – Sveriges bildarkiv", "kungl. bildarkivet – sveriges bildarkiv",
          ORG)],
        [pres("ingår", "ingå")],
        [st("kungl. bildarkivet – sveriges bildarkiv", "Kungl. bildarkivet – Sveriges bildarkiv",
            "none", None, "ingå", "ingår")]),
    rec("c1-4", "Kungl. biblioteket ska bevara svenska tryckta skrifter.",
        [("Kungl. biblioteket", "kungl. biblioteket", ORG)],
        [SKA, inf("bevara", "bevara")],
        [st("kungl. biblioteket", "Kungl. biblioteket", "obligation", "ska", "bevara", "bevara",
            "svenska tryckta skrifter")]),
    # at-C1 (c): a capitalised -ämbetet is a state office, extern
    rec("c1-5", "Fiskeriämbetet ska föra register över fiskevatten.",
        [("Fiskeriämbetet", "fiskeriämbetet", EXT)],
        [SKA, inf("föra", "föra")],
        [st("fiskeriämbetet", "Fiskeriämbetet", "obligation", "ska", "föra", "föra",
            "register över fiskevatten")]),
    rec("c1-6", "Tillstånd till jakt beviljas av Viltvårdsämbetet.",
        [("Viltvårdsämbetet", "viltvårdsämbetet", EXT)],
        [pres("beviljas", "bevilja", "pass")],
        [st("viltvårdsämbetet", "Viltvårdsämbetet", "none", None, "bevilja", "beviljas",
            passive=True)]),
    # at-C1 (d): a name with its kind last inside a sentence
    rec("c1-7", "Kommunen samarbetar med Ekdal Stiftelsen.",
        [("Kommunen", "kommun", ORG), ("Ekdal Stiftelsen", "ekdal stiftelsen", ORG)],
        [pres("samarbetar", "samarbeta")],
        [st("kommun", "Kommunen", "none", None, "samarbeta", "samarbetar",
            "med Ekdal Stiftelsen")]),
    # at-C2: recipients and partners (§2.6 D1); a school in a PP is the service
    rec("c2-1", "Förbundet ger stipendier till forskare, skolor och privatpersoner.",
        [("Förbundet", "förbund", ORG), ("forskare", "forskare", EXT),
         ("privatpersoner", "privatperson", EXT)],
        [pres("ger", "ge")],
        [st("förbund", "Förbundet", "none", None, "ge", "ger",
            "stipendier till forskare, skolor och privatpersoner")]),
    rec("c2-2", "Bolaget samarbetar med flera partners.",
        [("Bolaget", "bolag", ORG), ("partners", "partner", EXT)],
        [pres("samarbetar", "samarbeta")],
        [st("bolag", "Bolaget", "none", None, "samarbeta", "samarbetar", "med flera partners")]),
    rec("c2-3", "Regionen ska främja befolkningens hälsa.",
        [("Regionen", "region", ORG), ("befolkningens", "befolkning", EXT)],
        [SKA, inf("främja", "främja")],
        [st("region", "Regionen", "obligation", "ska", "främja", "främja", "befolkningens hälsa")]),
    rec("c2-4", "Forskare får ansöka om bidrag två gånger per år.",
        [("Forskare", "forskare", EXT)],
        [FAR, inf("ansöka", "ansöka")],
        [st("forskare", "Forskare", "permission", "får", "ansöka", "ansöka", "om bidrag")]),
    # at-C3: unit heads in another sense
    rec("c3-1", "Nämnden ska samordna de olika sektorerna i samhället.",
        [("Nämnden", "nämnd", POL)],
        [SKA, inf("samordna", "samordna")],
        [st("nämnd", "Nämnden", "obligation", "ska", "samordna", "samordna",
            "de olika sektorerna i samhället")]),
    rec("c3-2", "Kommunen ska stödja samhällets sektorer vid kriser.",
        [("Kommunen", "kommun", ORG)],
        [SKA, inf("stödja", "stödja")],
        [st("kommun", "Kommunen", "obligation", "ska", "stödja", "stödja", "samhällets sektorer")]),
    rec("c3-3", "Förvaltningen ska följa beslutsvägarna.",
        [("Förvaltningen", "förvaltning", FORV)],
        [SKA, inf("följa", "följa")],
        [st("förvaltning", "Förvaltningen", "obligation", "ska", "följa", "följa",
            "beslutsvägarna")]),
    # at-C4: the fixed legal terms keep their adjective
    rec("c4-1", "Föreningen lämnar bidrag till enskild person eller juridisk person.",
        [("Föreningen", "förening", ORG), ("enskild person", "enskild person", EXT),
         ("juridisk person", "juridisk person", ORG)],
        [pres("lämnar", "lämna")],
        [st("förening", "Föreningen", "none", None, "lämna", "lämnar",
            "bidrag till enskild person eller juridisk person")]),
    rec("c4-2", "Fysiska personer och juridiska personer får ansöka om tillstånd.",
        [("Fysiska personer", "fysisk person", EXT),
         ("juridiska personer", "juridisk person", ORG)],
        [FAR, inf("ansöka", "ansöka")],
        [st("fysisk person", "Fysiska personer", "permission", "får", "ansöka", "ansöka",
            "om tillstånd"),
         st("juridisk person", "juridiska personer", "permission", "får", "ansöka", "ansöka",
            "om tillstånd")]),
    # at-C6: `överordnad` describes before a head other than `chef`
    rec("c6-1", "Förvaltningen rapporterar till överordnade organ.",
        [("Förvaltningen", "förvaltning", FORV), ("organ", "organ", POL)],
        [pres("rapporterar", "rapportera")],
        [st("förvaltning", "Förvaltningen", "none", None, "rapportera", "rapporterar",
            "till överordnade organ")]),
    rec("c6-2", "Rektorn anmäler beslutet till överordnad chef.",
        [("Rektorn", "rektor", TJP), ("överordnad chef", "överordnad chef", TJP)],
        [pres("anmäler", "anmäla")],
        [st("rektor", "Rektorn", "none", None, "anmäla", "anmäler",
            "beslutet till överordnad chef")]),
    # at-C5: a kind noun in apposition to a company name, and its later definite singular
    rec("title", "Ägardirektiv för Nordvik Holding AB",
        [("Nordvik Holding AB", "nordvik holding ab", ORG)], doc="w38-m-bolag", kind="heading"),
    rec("1", "Nordvik Holding AB äger det helägda dotterbolaget, Nordvik Invest AB.",
        [("Nordvik Holding AB", "nordvik holding ab", ORG),
         ("dotterbolaget", "nordvik invest ab", ORG),
         ("Nordvik Invest AB", "nordvik invest ab", ORG)],
        [pres("äger", "äga")],
        [st("nordvik holding ab", "Nordvik Holding AB", "none", None, "äga", "äger",
            "det helägda dotterbolaget, Nordvik Invest AB")], doc="w38-m-bolag"),
    rec("2", "Dotterbolagets styrelse ska bestå av tre ledamöter.",
        [("Dotterbolagets", "nordvik invest ab", ORG), ("styrelse", "styrelse", POL),
         ("ledamöter", "ledamot", FTV)],
        [SKA, inf("bestå", "bestå")],
        [st("styrelse", "styrelse", "obligation", "ska", "bestå", "bestå",
            "av tre ledamöter")], doc="w38-m-bolag"),
    rec("3", "Dotterbolaget ska årligen rapportera till Nordvik Holding AB.",
        [("Dotterbolaget", "nordvik invest ab", ORG),
         ("Nordvik Holding AB", "nordvik holding ab", ORG)],
        [SKA, inf("rapportera", "rapportera")],
        [st("nordvik invest ab", "Dotterbolaget", "obligation", "ska", "rapportera",
            "rapportera", "till Nordvik Holding AB")], doc="w38-m-bolag"),
    # at-C1 (d): a name with its kind last in a title in capitals; a naming clause (§2.1)
    rec("title", "STADGAR FÖR ÖSTMARK STIFTELSEN",
        [("ÖSTMARK STIFTELSEN", "östmark stiftelsen", ORG)], doc="w38-m-stiftelse",
        kind="heading"),
    rec("1", "Stiftelsens namn är Östmark Stiftelsen.",
        [("Stiftelsens", "östmark stiftelsen", ORG)], [AR], doc="w38-m-stiftelse"),
    rec("2", "Stiftelsen ska främja forskning om skogsbruk.",
        [("Stiftelsen", "östmark stiftelsen", ORG)],
        [SKA, inf("främja", "främja")],
        [st("östmark stiftelsen", "Stiftelsen", "obligation", "ska", "främja", "främja",
            "forskning om skogsbruk")], doc="w38-m-stiftelse"),
    # at-C3: a statute's section heading `<Owner>s ledning` names a topic (round 38, §2.1)
    rec("title", "Instruktion för Kustverket",
        [("Kustverket", "kustverket", EXT)], doc="w38-m-instruktion", kind="heading"),
    rec("h1", "Myndighetens ledning",
        [("Myndighetens", "kustverket", EXT)], doc="w38-m-instruktion", kind="heading"),
    rec("1", "Myndigheten leds av en styrelse.",
        [("Myndigheten", "kustverket", EXT), ("styrelse", "styrelse", POL)],
        [pres("leds", "leda", "pass")],
        [st("styrelse", "styrelse", "none", None, "leda", "leds", passive=True)],
        doc="w38-m-instruktion", parent="h1"),
]

if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus/dev")
    write_jsonl(out / "w38-m.jsonl", [r for rs in by_document(RECORDS).values() for r in rs])
