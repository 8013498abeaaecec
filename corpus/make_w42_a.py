"""Builds corpus/dev/w42-a.jsonl and the small documents corpus/dev/w42-a-*.txt with their gold:
invented material for round 42, writer A (analyses 42-ba and 42-bb; gold by hand from
docs/annotation.md before the rules): ba-G1, the coordinator's ruling on a bare `Fullmäktige`
under a title (a title naming two bodies gives none, `w42-a-kyrkorad`, `w42-a-forbund2`; a
church assembly's own title gives none, `w42-a-kyrkofm`; a förbund's one assembly stays,
`w42-a-forbundsfm`); ba-15 an acronym's colon genitive before an actor (`NVK:s`), a statute's
`LOU:s` as negative; ba-18 a capitalised multi-word name before its bracketed acronym, round
21's lower-case `nordiska styrelsen (NS)` as negative; ba-3 a genitive owner + role head inside
a series of subjects, after and before the verb, with coordinated genitives as negative; ba-13
a chair after `en eller två` in a document about one body (`w42-a-kulturrad`); ba-14
`förvaltningen` listed with `-het`/`-rätt` nouns, `myndigheten` beside it as negative; ba-16 a
Finnish city's `ämbetsverk`; bb-A2 Finland-Swedish party names written with capitals, `De gröna
ytorna` as negative; bb-A3 `– även kallat X –` and `, ofta kallad X,`; bb-A4 a role-`som`
inside an indirect question; bb-A5 a level adjective after `De hel- och delägda`; bb-A6
`medier`.
Offsets computed.
Run: python corpus/make_w42_a.py corpus/dev"""

import sys

from records import (
    AR,
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
    ORG,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w42-a")

HOR = pres("hör", "höra")
INGAR = pres("ingår", "ingå")
SERIES_AFTER = (
    "Till ledningsgruppen hör kommundirektören, personalchefen, stabens direktör och ekonomichefen."
)
SERIES_BEFORE = (
    "Kommundirektören, personalchefen, stabens direktör och ekonomichefen ingår i ledningsgruppen."
)
LEDNING = [
    ("kommundirektören", "kommundirektör", TJP),
    ("personalchefen", "personalchef", TJP),
    ("stabens", "stab", FORV),
    ("direktör", "direktör", TJP),
    ("ekonomichefen", "ekonomichef", TJP),
]


def series(text, verb, aim, aim_text, obj=None, capital=False):
    names = [
        ("kommundirektör", "Kommundirektören" if capital else "kommundirektören"),
        ("personalchef", "personalchefen"),
        ("direktör", "direktör"),
        ("ekonomichef", "ekonomichefen"),
    ]
    return [st(actor, actor_text, "none", None, aim, aim_text, obj) for actor, actor_text in names]


SENTENCES = [
    # ba-3: a genitive owner + role head inside a series of subjects
    rec(
        "c3-1",
        SERIES_AFTER,
        [("ledningsgruppen", "ledningsgrupp", FORV), *LEDNING],
        [HOR],
        series(SERIES_AFTER, HOR, "höra", "hör"),
    ),
    rec(
        "c3-2",
        SERIES_BEFORE,
        [
            ("Kommundirektören", "kommundirektör", TJP),
            *LEDNING[1:],
            ("ledningsgruppen", "ledningsgrupp", FORV),
        ],
        [INGAR],
        series(SERIES_BEFORE, INGAR, "ingå", "ingår", "i ledningsgruppen", capital=True),
    ),
    rec(
        "c3-3",
        "I styrelsen ingår ordföranden, kommunens kassör och sekreteraren.",
        [
            ("styrelsen", "styrelse", POL),
            ("ordföranden", "ordförande", FTV),
            ("kommunens", "kommun", ORG),
            ("kassör", "kassör", FTV),
            ("sekreteraren", "sekreterare", TJP),
        ],
        [INGAR],
        [
            st("ordförande", "ordföranden", "none", None, "ingå", "ingår"),
            st("kassör", "kassör", "none", None, "ingå", "ingår"),
            st("sekreterare", "sekreteraren", "none", None, "ingå", "ingår"),
        ],
    ),
    # ba-3 negative: coordinated genitives, no subject series
    rec(
        "c3-n1",
        "Nämndens och styrelsens rapporter ska publiceras på webbplatsen.",
        [("Nämndens", "nämnd", POL), ("styrelsens", "styrelse", POL)],
        [SKA, inf("publiceras", "publicera", "pass")],
        [
            st(
                None,
                None,
                "obligation",
                "ska",
                "publicera",
                "publiceras",
                "på webbplatsen",
                passive=True,
            )
        ],
    ),
    # ba-14: `förvaltningen` listed with -het/-rätt nouns is the activity
    rec(
        "c14-1",
        "Direktionen ansvarar för verkställigheten, förvaltningen och "
        "beslutanderätten inom förbundet.",
        [("Direktionen", "direktion", POL), ("förbundet", "förbund", ORG)],
        [pres("ansvarar", "ansvara")],
        [
            st(
                "direktion",
                "Direktionen",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för verkställigheten, förvaltningen och beslutanderätten inom förbundet",
            )
        ],
    ),
    rec(
        "c14-2",
        "Styrelsen svarar för tillsynen, förvaltningen och äganderätten till fastigheterna.",
        [("Styrelsen", "styrelse", POL)],
        [pres("svarar", "svara")],
        [
            st(
                "styrelse",
                "Styrelsen",
                "responsibility",
                "svarar för",
                "svara",
                "svarar",
                "för tillsynen, förvaltningen och äganderätten till fastigheterna",
            )
        ],
    ),
    # ba-14 negative: beside an actor word in -het the unit stays
    rec(
        "c14-n1",
        "Samarbetet omfattar myndigheten, förvaltningen och skolorna i kommunen.",
        # `i kommunen` after a noun that is no actor is the territory (§2, round 13)
        [("myndigheten", "myndighet", EXT), ("förvaltningen", "förvaltning", FORV)],
        [pres("omfattar", "omfatta")],
    ),
    # ba-16: a Finnish city's ämbetsverk
    rec(
        "c16-1",
        "Stadens ämbetsverk och affärsverk verkställer stadsstyrelsens beslut.",
        [
            ("Stadens", "stad", ORG),
            ("ämbetsverk", "ämbetsverk", FORV),
            ("affärsverk", "affärsverk", ORG),
            ("stadsstyrelsens", "stadsstyrelse", POL),
        ],
        [pres("verkställer", "verkställa")],
        [
            st(
                "ämbetsverk",
                "ämbetsverk",
                "none",
                None,
                "verkställa",
                "verkställer",
                "stadsstyrelsens beslut",
            ),
            st(
                "affärsverk",
                "affärsverk",
                "none",
                None,
                "verkställa",
                "verkställer",
                "stadsstyrelsens beslut",
            ),
        ],
    ),
    # ba-15: an acronym's colon genitive before an actor owns it; a statute's does not
    rec(
        "c15-1",
        "NVK:s förbundsfullmäktige består av nio ledamöter.",
        [
            ("NVK:s", "nvk", ORG),
            ("förbundsfullmäktige", "förbundsfullmäktige", POL),
            ("ledamöter", "ledamot", FTV),
        ],
        [pres("består", "bestå")],
        [
            st(
                "förbundsfullmäktige",
                "förbundsfullmäktige",
                "none",
                None,
                "bestå",
                "består",
                "av nio ledamöter",
            )
        ],
    ),
    rec(
        "c15-2",
        "Direktionen anställer NVK:s förbundsdirektör.",
        [
            ("Direktionen", "direktion", POL),
            ("NVK:s", "nvk", ORG),
            ("förbundsdirektör", "förbundsdirektör", TJP),
        ],
        [pres("anställer", "anställa")],
        [
            st(
                "direktion",
                "Direktionen",
                "none",
                None,
                "anställa",
                "anställer",
                "NVK:s förbundsdirektör",
            )
        ],
    ),
    rec(
        "c15-n1",
        "Förbundet ska följa LOU:s regler vid upphandling.",
        [("Förbundet", "förbund", ORG)],
        [SKA, inf("följa")],
        [
            st(
                "förbund",
                "Förbundet",
                "obligation",
                "ska",
                "följa",
                "följa",
                "LOU:s regler vid upphandling",
            )
        ],
    ),
    # ba-18: a capitalised multi-word name before its bracketed acronym, one span
    rec(
        "c18-1",
        "Klubben är ansluten till Nordiska Idrottens Samarbetsorganisationen (NISO) "
        "och samarbetar med NISO.",
        [
            ("Klubben", "klubb", ORG),
            (
                "Nordiska Idrottens Samarbetsorganisationen",
                "nordiska idrottens samarbetsorganisationen",
                ORG,
            ),
            ("NISO", "nordiska idrottens samarbetsorganisationen", ORG),
            ("NISO", "nordiska idrottens samarbetsorganisationen", ORG, 1),
        ],
        [AR, pres("samarbetar", "samarbeta")],
        [
            st(
                "klubb",
                "Klubben",
                "none",
                None,
                "vara",
                "är",
                "ansluten till Nordiska Idrottens Samarbetsorganisationen (NISO)",
            ),
            st("klubb", "Klubben", "none", None, "samarbeta", "samarbetar", "med NISO"),
        ],
    ),
    # ba-18 negative: lower-case adjectives before the body keep round 21's name
    rec(
        "c18-n1",
        "Förbundet samarbetar med den nordiska styrelsen (NS).",
        [
            ("Förbundet", "förbund", ORG),
            ("nordiska styrelsen", "nordiska styrelsen", POL),
            ("NS", "nordiska styrelsen", POL),
        ],
        [pres("samarbetar", "samarbeta")],
        [
            st(
                "förbund",
                "Förbundet",
                "none",
                None,
                "samarbeta",
                "samarbetar",
                "med den nordiska styrelsen (NS)",
            )
        ],
    ),
    # bb-A6: the news media
    rec(
        "a6-1",
        "Nämnden ska informera lokala medier om sina beslut.",
        [("Nämnden", "nämnd", POL), ("medier", "medium", EXT)],
        [SKA, inf("informera")],
        [
            st(
                "nämnd",
                "Nämnden",
                "obligation",
                "ska",
                "informera",
                "informera",
                "lokala medier om sina beslut",
            )
        ],
    ),
    # bb-A2: party names written with capitals, Finland-Swedish parties
    rec(
        "a2-1",
        "Svenska Folkpartiet har fyra platser och Finlands Socialdemokratiska Parti "
        "två platser i stadsstyrelsen.",
        [
            ("Svenska Folkpartiet", "svenska folkpartiet", POL),
            ("Finlands Socialdemokratiska Parti", "finlands socialdemokratiska parti", POL),
            ("stadsstyrelsen", "stadsstyrelse", POL),
        ],
        [HAR],
        [
            st(
                "svenska folkpartiet",
                "Svenska Folkpartiet",
                "none",
                None,
                "ha",
                "har",
                "fyra platser",
            ),
            st(
                "finlands socialdemokratiska parti",
                "Finlands Socialdemokratiska Parti",
                "none",
                None,
                "ha",
                "har",
                "två platser i stadsstyrelsen",
            ),
        ],
    ),
    rec(
        "a2-2",
        "Kristdemokraterna i Finland och De Gröna har en plats var.",
        [
            ("Kristdemokraterna i Finland", "kristdemokraterna i finland", POL),
            ("De Gröna", "de gröna", POL),
        ],
        [HAR],
        [
            st(
                "kristdemokraterna i finland",
                "Kristdemokraterna i Finland",
                "none",
                None,
                "ha",
                "har",
                "en plats var",
            ),
            st("de gröna", "De Gröna", "none", None, "ha", "har", "en plats var"),
        ],
    ),
    # bb-A2 negative: an article and an adjective, no party
    rec(
        "a2-n1",
        "De gröna ytorna sköts av förvaltningen.",
        [("förvaltningen", "förvaltning", FORV)],
        [pres("sköts", "sköta", "pass")],
        [
            st(
                "förvaltning",
                "förvaltningen",
                "none",
                None,
                "sköta",
                "sköts",
                "De gröna ytorna",
                passive=True,
            )
        ],
    ),
    # bb-A3: a naming participle after an adverb, in dashes or commas
    rec(
        "a3-1",
        "Regionfullmäktige – även kallat fullmäktige – är regionens högsta beslutande organ.",
        [("Regionfullmäktige", "regionfullmäktige", POL), ("regionens", "region", ORG)],
        [AR],
        [
            st(
                "regionfullmäktige",
                "Regionfullmäktige",
                "none",
                None,
                "vara",
                "är",
                "regionens högsta beslutande organ",
            )
        ],
    ),
    rec(
        "a3-2",
        "Kommunstyrelsen, ofta kallad styrelsen, leder arbetet.",
        [("Kommunstyrelsen", "kommunstyrelse", POL)],
        [pres("leder", "leda")],
        [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "leda", "leder", "arbetet")],
    ),
    # bb-A4: a role-`som` inside an indirect question
    rec(
        "a4-1",
        "Policyn visar vad regionen som ägare vill uppnå med bolagen.",
        [("regionen", "region", ORG), ("bolagen", "bolag", ORG)],
        [pres("visar", "visa"), pres("vill", "vilja"), inf("uppnå")],
    ),
    rec(
        "a4-2",
        "Direktiven beskriver hur kommunen som ägare ska styra bolagen.",
        [("kommunen", "kommun", ORG), ("bolagen", "bolag", ORG)],
        [pres("beskriver", "beskriva"), SKA, inf("styra")],
    ),
    # bb-A5: a level adjective after a determiner and coordinated adjectives
    rec(
        "a5-1",
        "De hel- och delägda regionala bolagen lämnar rapporter till regionstyrelsen.",
        [("bolagen", "bolag", ORG), ("regionstyrelsen", "regionstyrelse", POL)],
        [pres("lämnar", "lämna")],
        [st("bolag", "bolagen", "none", None, "lämna", "lämnar", "rapporter till regionstyrelsen")],
    ),
    rec(
        "a5-2",
        "De regionala bolagen lämnar rapporter till regionstyrelsen.",
        [("bolagen", "bolag", ORG), ("regionstyrelsen", "regionstyrelse", POL)],
        [pres("lämnar", "lämna")],
        [st("bolag", "bolagen", "none", None, "lämna", "lämnar", "rapporter till regionstyrelsen")],
    ),
]

SAMMANTRADER = pres("sammanträder", "sammanträda")


def title(doc, text, actors):
    return rec("title", text, actors, doc=doc, kind="heading")


# ba-G1: a title naming two bodies gives a bare `Fullmäktige` none
D1 = "w42-a-kyrkorad"
KYRKORAD_1 = (
    "Fullmäktige sammanträder fyra gånger per år. Kyrkorådet bereder de ärenden som "
    "fullmäktige ska behandla."
)
KYRKORAD = [
    title(
        D1,
        "Arbetsordning för kyrkofullmäktige och kyrkorådet",
        [("kyrkofullmäktige", "kyrkofullmäktige", POL), ("kyrkorådet", "kyrkoråd", POL)],
    ),
    rec(
        "1",
        KYRKORAD_1,
        [
            ("Fullmäktige", "fullmäktige", POL),
            ("Kyrkorådet", "kyrkoråd", POL),
            ("fullmäktige", "fullmäktige", POL),
        ],
        [SAMMANTRADER, pres("bereder", "bereda"), SKA, inf("behandla")],
        [
            st(
                "fullmäktige",
                "Fullmäktige",
                "none",
                None,
                "sammanträda",
                "sammanträder",
                "fyra gånger per år",
            ),
            st(
                "kyrkoråd",
                "Kyrkorådet",
                "none",
                None,
                "bereda",
                "bereder",
                "de ärenden som fullmäktige ska behandla",
            ),
        ],
        doc=D1,
    ),
]
# ba-G1: a church assembly's own title gives none (§2.3)
D2 = "w42-a-kyrkofm"
KYRKOFM = [
    title(
        D2, "Arbetsordning för kyrkofullmäktige", [("kyrkofullmäktige", "kyrkofullmäktige", POL)]
    ),
    rec(
        "1",
        "Fullmäktige sammanträder sex gånger per år.",
        [("Fullmäktige", "fullmäktige", POL)],
        [SAMMANTRADER],
        [
            st(
                "fullmäktige",
                "Fullmäktige",
                "none",
                None,
                "sammanträda",
                "sammanträder",
                "sex gånger per år",
            )
        ],
        doc=D2,
    ),
    rec(
        "2",
        "Fullmäktige väljer ett presidium för mandatperioden.",
        [("Fullmäktige", "fullmäktige", POL), ("presidium", "presidium", POL)],
        [pres("väljer", "välja")],
        [
            st(
                "fullmäktige",
                "Fullmäktige",
                "none",
                None,
                "välja",
                "väljer",
                "ett presidium för mandatperioden",
            )
        ],
        doc=D2,
    ),
]
# ba-G1: a förbund's assembly and its board in the title: none
D3 = "w42-a-forbund2"
FORBUND2 = [
    title(
        D3,
        "Arbetsordning för förbundsfullmäktige och förbundsstyrelsen",
        [
            ("förbundsfullmäktige", "förbundsfullmäktige", POL),
            ("förbundsstyrelsen", "förbundsstyrelse", POL),
        ],
    ),
    rec(
        "1",
        "Fullmäktige sammanträder två gånger per år. Förbundsstyrelsen bereder ärendena.",
        [("Fullmäktige", "fullmäktige", POL), ("Förbundsstyrelsen", "förbundsstyrelse", POL)],
        [SAMMANTRADER, pres("bereder", "bereda")],
        [
            st(
                "fullmäktige",
                "Fullmäktige",
                "none",
                None,
                "sammanträda",
                "sammanträder",
                "två gånger per år",
            ),
            st(
                "förbundsstyrelse",
                "Förbundsstyrelsen",
                "none",
                None,
                "bereda",
                "bereder",
                "ärendena",
            ),
        ],
        doc=D3,
    ),
]
# ba-G1 negative: the title names one (secular) assembly: round 22 stands
D4 = "w42-a-forbundsfm"
FORBUNDSFM = [
    title(
        D4,
        "Arbetsordning för förbundsfullmäktige",
        [("förbundsfullmäktige", "förbundsfullmäktige", POL)],
    ),
    rec(
        "1",
        "Fullmäktige sammanträder två gånger per år. Fullmäktige väljer revisorerna.",
        [
            ("Fullmäktige", "förbundsfullmäktige", POL),
            ("Fullmäktige", "förbundsfullmäktige", POL, 1),
            ("revisorerna", "revisor", FTV),
        ],
        [SAMMANTRADER, pres("väljer", "välja")],
        [
            st(
                "förbundsfullmäktige",
                "Fullmäktige",
                "none",
                None,
                "sammanträda",
                "sammanträder",
                "två gånger per år",
            ),
            st(
                "förbundsfullmäktige", "Fullmäktige", "none", None, "välja", "väljer", "revisorerna"
            ),
        ],
        doc=D4,
    ),
]
# ba-13: a chair after `en eller två` names a person to be chosen (§2.3), never resolved
D5 = "w42-a-kulturrad"
KULTURRAD_1 = (
    "Rådet väljer ordförande samt en eller två vice ordförande bland ledamöterna. "
    "Ordföranden leder rådets sammanträden."
)
KULTURRAD = [
    title(D5, "Reglemente för kulturrådet", [("kulturrådet", "kulturråd", POL)]),
    rec(
        "1",
        KULTURRAD_1,
        [
            ("Rådet", "kulturråd", POL),
            ("ordförande", "ordförande", FTV),
            ("vice ordförande", "vice ordförande", FTV),
            ("ledamöterna", "ledamot", FTV),
            ("Ordföranden", "kulturrådets ordförande", FTV),
            ("rådets", "kulturråd", POL),
        ],
        [pres("väljer", "välja"), pres("leder", "leda")],
        [
            st(
                "kulturråd",
                "Rådet",
                "none",
                None,
                "välja",
                "väljer",
                "ordförande samt en eller två vice ordförande bland ledamöterna",
            ),
            st(
                "kulturrådets ordförande",
                "Ordföranden",
                "none",
                None,
                "leda",
                "leder",
                "rådets sammanträden",
            ),
        ],
        doc=D5,
    ),
    rec(
        "2",
        "Rådet får utse högst två sekreterare.",
        [("Rådet", "kulturråd", POL), ("sekreterare", "sekreterare", TJP)],
        [FAR, inf("utse")],
        [st("kulturråd", "Rådet", "permission", "får", "utse", "utse", "högst två sekreterare")],
        doc=D5,
    ),
]


def text_of(records):
    return "\n\n".join(r["text"] for r in records) + "\n"


DOCUMENTS = {
    doc: (text_of(records), records)
    for doc, records in (
        (D1, KYRKORAD),
        (D2, KYRKOFM),
        (D3, FORBUND2),
        (D4, FORBUNDSFM),
        (D5, KULTURRAD),
    )
}

if __name__ == "__main__":
    write_part(sys.argv[1], "w42-a", DOCUMENTS, before=SENTENCES)
