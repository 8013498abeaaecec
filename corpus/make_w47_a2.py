"""Builds corpus/dev/w47-a2.jsonl: invented material for round 47, writer A2 (analysis 47-bo
cause A6 and 46-all family 10; gold by hand from docs/annotation.md before the rules). A6a: an
indeclinable adjective the tagger reads as a noun (`ordinarie`) between a genitive and its
owned role keeps one span (§2.2 round 30), with a genitive before a noun that is no role as
negative. A6b: coordinated genitive place names before one `<Name>s kommun` share the head,
one organisation each (§2.2 round 41/47), with a genitive place name not coordinated before
the head as negative. A6c: populations by their state (`de troende`, `de sörjande`) and
`människor` (§2.6 D1), the attributive `Troende medlemmar` and `främja människors hälsa` as
negatives. Offsets computed.
Run: python corpus/make_w47_a2.py corpus/dev"""

import sys

from records import EXT, FAR, FTV, ORG, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w47-a2", conditions_from_statements=True)

SENTENCES = [
    # A6a: `ordinarie` (tagged a noun) between the genitive and its role
    rec(
        "a-1",
        "Valberedningen samråder med distriktsstyrelsens ordinarie ledamöter.",
        [
            ("Valberedningen", "valberedning", POL),
            ("distriktsstyrelsens ordinarie ledamöter", "distriktsstyrelsens ledamot", FTV),
        ],
        [pres("samråder", "samråda")],
        [
            st(
                "valberedning",
                "Valberedningen",
                "none",
                None,
                "samråda",
                "samråder",
                "med distriktsstyrelsens ordinarie ledamöter",
            )
        ],
    ),
    rec(
        "a-2",
        "Kansliet skickar handlingarna till nämndens ordinarie ledamöter och ersättare.",
        [
            ("Kansliet", "kansli", "förvaltningsorganisation"),
            ("nämndens ordinarie ledamöter", "nämndens ledamot", FTV),
            ("ersättare", "ersättare", FTV),
        ],
        [pres("skickar", "skicka")],
        [
            st(
                "kansli",
                "Kansliet",
                "none",
                None,
                "skicka",
                "skickar",
                "handlingarna till nämndens ordinarie ledamöter och ersättare",
            )
        ],
    ),
    rec(
        "a-3",
        "Ordföranden ska hålla rådets extra ledamöter underrättade.",
        [("Ordföranden", "ordförande", FTV), ("rådets extra ledamöter", "rådets ledamot", FTV)],
        [SKA, inf("hålla")],
        [
            st(
                "ordförande",
                "Ordföranden",
                "obligation",
                "ska",
                "hålla",
                "hålla",
                "rådets extra ledamöter underrättade",
            )
        ],
    ),
    # negative: a genitive before a noun that is no role stays its own span
    rec(
        "a-n1",
        "Revisorerna granskar styrelsens ordinarie räkenskaper.",
        [("Revisorerna", "revisor", FTV), ("styrelsens", "styrelse", POL)],
        [pres("granskar", "granska")],
        [
            st(
                "revisor",
                "Revisorerna",
                "none",
                None,
                "granska",
                "granskar",
                "styrelsens ordinarie räkenskaper",
            )
        ],
    ),
    # A6b: genitive place names coordinated before one `<Name>s kommun`
    rec(
        "b-1",
        "Direktionen samverkar med Tallviks, Granbys och Ekeviks kommun om räddningstjänsten.",
        [
            ("Direktionen", "direktion", POL),
            ("Tallviks", "tallviks kommun", ORG),
            ("Granbys", "granbys kommun", ORG),
            ("Ekeviks kommun", "ekeviks kommun", ORG),
        ],
        [pres("samverkar", "samverka")],
        [
            st(
                "direktion",
                "Direktionen",
                "none",
                None,
                "samverka",
                "samverkar",
                "med Tallviks, Granbys och Ekeviks kommun om räddningstjänsten",
            )
        ],
    ),
    rec(
        "b-2",
        "Hagbys eller Lindås kommun ska utse en ledamot till styrgruppen.",
        [
            ("Hagbys", "hagbys kommun", ORG),
            ("Lindås kommun", "lindås kommun", ORG),
            ("ledamot", "ledamot", FTV),
            ("styrgruppen", "styrgrupp", "förvaltningsorganisation"),
        ],
        [SKA, inf("utse")],
        [
            st(
                "hagbys kommun",
                "Hagbys",
                "obligation",
                "ska",
                "utse",
                "utse",
                "en ledamot till styrgruppen",
            ),
            st(
                "lindås kommun",
                "Lindås kommun",
                "obligation",
                "ska",
                "utse",
                "utse",
                "en ledamot till styrgruppen",
            ),
        ],
    ),
    # A6c: populations by their state (`de troende`, `de sörjande`) and people in general
    rec(
        "c-1",
        "De troende får delta i nattvarden.",
        [("troende", "troende", EXT)],
        [FAR, inf("delta")],
        [st("troende", "troende", "permission", "får", "delta", "delta", "i nattvarden")],
    ),
    rec(
        "c-2",
        "Människor som bor i kommunen får lämna synpunkter på planen.",
        [("Människor", "människa", EXT)],
        [pres("bor", "bo"), FAR, inf("lämna")],
        [
            st(
                "människa",
                "Människor",
                "permission",
                "får",
                "lämna",
                "lämna",
                "synpunkter på planen",
            )
        ],
    ),
    rec(
        "c-3",
        "Diakonen ska stödja de sörjande.",
        [("Diakonen", "diakon", "tjänsteperson"), ("sörjande", "sörjande", EXT)],
        [SKA, inf("stödja")],
        [st("diakon", "Diakonen", "obligation", "ska", "stödja", "stödja", "de sörjande")],
    ),
    # negative: the genitive of people in general before what they have
    rec(
        "c-n2",
        "Tillsynen ska främja människors hälsa och en god livsmiljö.",
        [],
        [SKA, inf("främja")],
    ),
    # negative: the participle before its noun is an attribute
    rec(
        "c-n1",
        "Troende medlemmar får rösta vid församlingsmötet.",
        [("medlemmar", "medlem", "övrig"), ("församlingsmötet", "församlingsmöte", POL)],
        [FAR, inf("rösta")],
        [st("medlem", "medlemmar", "permission", "får", "rösta", "rösta", "vid församlingsmötet")],
    ),
    # negative: a genitive place name not coordinated with the named head
    rec(
        "b-n1",
        "Direktionen rapporterar om Lindås skolor till Hagbys kommun.",
        [("Direktionen", "direktion", POL), ("Hagbys kommun", "hagbys kommun", ORG)],
        [pres("rapporterar", "rapportera")],
        [
            st(
                "direktion",
                "Direktionen",
                "none",
                None,
                "rapportera",
                "rapporterar",
                "om Lindås skolor till Hagbys kommun",
            )
        ],
    ),
]

if __name__ == "__main__":
    write_part(sys.argv[1], "w47-a2", {}, before=SENTENCES)
