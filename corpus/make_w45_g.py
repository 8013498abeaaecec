"""Builds corpus/dev/w45-g.jsonl: invented sentences for round 45, writer G (analysis 45-bi,
statement grammar of statutes; gold by hand from docs/annotation.md): bi-C6 a fronted
adjectival predicative that qualifies a person (``Röstberättigad på årsmötet är den medlem
som …``, ``Valbar till styrelsen är medlem som …``, ``Behörig att kalla … är ordföranden``):
the actor noun after the copula is the subject (§2.1), with an attributive ``Valbara
medlemmar väljs …`` and a free relative ``Valbar är den som är medlem`` as negatives; bi-C7
``är skyldig att`` + a noun-phrase time adverbial before the infinitive (``varje halvår``, ``en
gång per år``, ``varje månad``): the infinitive is the aim, ``att``-clauses with their own
subject and finite verb as negatives; bi-C9 an inverted s-passive after a modal and a
prepositional phrase, its subject after the verb (``kan för varje sådant område bildas
lokal avdelning``): permission, the actor the subject, with a ditransitive passive whose
subject stands first and a thing after the verb (no statement) as negatives. Offsets
computed. Run: python corpus/make_w45_g.py corpus/dev"""

import sys
from pathlib import Path

from records import (
    AR,
    BOR,
    FORV,
    FTV,
    KAN,
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

D = "w45-g"

rec = records_for(D, conditions_from_statements=True, check_texts=True)

C4_1 = (
    "Föreningar och klubbar, ungdomsklubbar, förening inom Skidförbundet samt medlemmar i den "
    "regionala kommittén ska tillhöra distriktet."
)


def sup(word, lemma):
    return (word, lemma, "sup", "act", 0)


RECORDS = [
    # C6: a fronted adjective that qualifies a person, the copula, the actor subject
    rec(
        "c6-1",
        "Röstberättigad på årsmötet är den medlem som betalt avgiften.",
        [("årsmötet", "årsmöte", OVR), ("medlem", "medlem", OVR)],
        [AR, sup("betalt", "betala")],
        [st("medlem", "medlem", "none", None, "vara", "är", "som betalt avgiften")],
    ),
    rec(
        "c6-2",
        "Valbar till styrelsen är medlem som varit ansluten i ett år.",
        [("styrelsen", "styrelse", POL), ("medlem", "medlem", OVR)],
        [AR, sup("varit", "vara")],
        [st("medlem", "medlem", "none", None, "vara", "är", "som varit ansluten i ett år")],
    ),
    rec(
        "c6-3",
        "Behörig att kalla till extra möte är ordföranden.",
        [("ordföranden", "ordförande", FTV)],
        [inf("kalla"), AR],
        [st("ordförande", "ordföranden", "none", None, "vara", "är")],
    ),
    # negatives: an attributive adjective; a free relative after the copula
    rec(
        "c6-n1",
        "Valbara medlemmar väljs av årsmötet.",
        [("medlemmar", "medlem", OVR), ("årsmötet", "årsmöte", OVR)],
        [pres("väljs", "välja", "pass")],
        [st("årsmöte", "årsmötet", "none", None, "välja", "väljs", "av årsmötet", passive=True)],
    ),
    rec("c6-n2", "Valbar är den som är medlem.", [], [AR, ("är", "vara", "pres", "act", 1)]),
    # C7: `är skyldig att` + a time noun phrase + the infinitive
    rec(
        "c7-1",
        "Medlemmen är skyldig att varje halvår erlägga avgift till förbundet.",
        [("Medlemmen", "medlem", OVR), ("förbundet", "förbund", ORG)],
        [AR, inf("erlägga")],
        [
            st(
                "medlem",
                "Medlemmen",
                "obligation",
                "är skyldig att",
                "erlägga",
                "erlägga",
                "avgift till förbundet",
            )
        ],
    ),
    rec(
        "c7-2",
        "Kassören är skyldig att en gång per år redovisa kassan.",
        [("Kassören", "kassör", FTV)],
        [AR, inf("redovisa")],
        [
            st(
                "kassör",
                "Kassören",
                "obligation",
                "är skyldig att",
                "redovisa",
                "redovisa",
                "kassan",
            )
        ],
    ),
    rec(
        "c7-3",
        "Ledamot är skyldig att varje månad lämna en närvarorapport.",
        [("Ledamot", "ledamot", FTV)],
        [AR, inf("lämna")],
        [
            st(
                "ledamot",
                "Ledamot",
                "obligation",
                "är skyldig att",
                "lämna",
                "lämna",
                "en närvarorapport",
            )
        ],
    ),
    # negative: an att-clause with its own subject and modal
    rec(
        "c7-n1",
        "Nämnden ansvarar för att nya medlemmar ska betala avgift.",
        [("Nämnden", "nämnd", POL), ("medlemmar", "medlem", OVR)],
        [pres("ansvarar", "ansvara"), ("ska", "skola", "pres", "act"), inf("betala")],
        [
            st(
                "nämnd",
                "Nämnden",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för att nya medlemmar ska betala avgift",
            )
        ],
    ),
    rec(
        "c7-n2",
        "Styrelsen ansvarar för att varje medlem får kallelse i tid.",
        [("Styrelsen", "styrelse", POL), ("medlem", "medlem", OVR)],
        [pres("ansvarar", "ansvara"), pres("får", "få")],
        [
            st(
                "styrelse",
                "Styrelsen",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för att varje medlem får kallelse i tid",
            )
        ],
    ),
    # C9: an inverted s-passive after a modal and a prepositional phrase
    rec(
        "c9-1",
        "Efter beslut av årsmötet kan för varje sådant område bildas lokal avdelning.",
        [("årsmötet", "årsmöte", OVR), ("avdelning", "avdelning", FORV)],
        [KAN, inf("bildas", "bilda", "pass")],
        [
            st(
                "avdelning",
                "avdelning",
                "permission",
                "kan",
                "bilda",
                "bildas",
                "lokal avdelning",
                passive=True,
            )
        ],
    ),
    rec(
        "c9-2",
        "Vid behov kan för ett visst ändamål tillsättas en arbetsgrupp.",
        [("arbetsgrupp", "arbetsgrupp", FORV)],
        [KAN, inf("tillsättas", "tillsätta", "pass")],
        [
            st(
                "arbetsgrupp",
                "arbetsgrupp",
                "permission",
                "kan",
                "tillsätta",
                "tillsättas",
                "en arbetsgrupp",
                passive=True,
                condition="Vid behov",
            )
        ],
    ),
    # negatives: a ditransitive passive with its subject first; a thing after the verb
    rec(
        "c9-n1",
        "Klubben bör tilldelas en plats i styrelsen.",
        [("Klubben", "klubb", ORG), ("styrelsen", "styrelse", POL)],
        [BOR, inf("tilldelas", "tilldela", "pass")],
        [
            st(
                "klubb",
                "Klubben",
                "recommendation",
                "bör",
                "tilldela",
                "tilldelas",
                "en plats i styrelsen",
                passive=True,
            )
        ],
    ),
    rec(
        "c9-n2",
        "Vid behov kan för ett visst ändamål tillsättas ett nytt stöd.",
        [],
        [KAN, inf("tillsättas", "tillsätta", "pass")],
    ),
    # C4: a subject list with a conjunct's own prepositional attribute before `samt`
    rec(
        "c4-1",
        C4_1,
        [
            ("Föreningar", "förening", ORG),
            ("klubbar", "klubb", ORG),
            ("ungdomsklubbar", "ungdomsklubb", ORG),
            ("förening", "förening", ORG),
            ("Skidförbundet", "skidförbundet", ORG),
            ("medlemmar", "medlem", OVR),
            ("kommittén", "kommitté", POL),
            ("distriktet", "distrikt", FORV),
        ],
        [SKA, inf("tillhöra")],
        [
            st(actor, text, "obligation", "ska", "tillhöra", "tillhöra", "distriktet")
            for actor, text in [
                ("förening", "Föreningar"),
                ("klubb", "klubbar"),
                ("ungdomsklubb", "ungdomsklubbar"),
                ("förening", "förening"),
                ("medlem", "medlemmar"),
            ]
        ],
    ),
    # C4: slash-joined subjects before a relative clause of an agentless passive
    rec(
        "c4-2",
        "Krets/klubb som har ansökt ska beviljas stöd.",
        [("Krets", "krets", FORV), ("klubb", "klubb", ORG)],
        [pres("har", "ha"), sup("ansökt", "ansöka"), SKA, inf("beviljas", "bevilja", "pass")],
        [
            st(a, t, "obligation", "ska", "bevilja", "beviljas", "stöd", passive=True)
            for a, t in [("krets", "Krets"), ("klubb", "klubb")]
        ],
    ),
    rec(
        "c4-3",
        "Kommittén/klubben som har ansökt ska beviljas stöd.",
        [("Kommittén", "kommitté", POL), ("klubben", "klubb", ORG)],
        [pres("har", "ha"), sup("ansökt", "ansöka"), SKA, inf("beviljas", "bevilja", "pass")],
        [
            st(a, t, "obligation", "ska", "bevilja", "beviljas", "stöd", passive=True)
            for a, t in [("kommitté", "Kommittén"), ("klubb", "klubben")]
        ],
    ),
    # negative: one subject with its own relative clause (no statement of its own: no cue)
    rec(
        "c4-n1",
        "Sekreteraren som väljs av styrelsen ska föra protokoll.",
        [("Sekreteraren", "sekreterare", TJP), ("styrelsen", "styrelse", POL)],
        [pres("väljs", "välja", "pass"), SKA, inf("föra")],
        [
            st("sekreterare", "Sekreteraren", "obligation", "ska", "föra", "föra", "protokoll"),
        ],
    ),
    # C11: the parser's conjunct of a verb inside an unclosed som-clause stays in it
    rec(
        "c11-1",
        "Medlem i klubben är den person som vill främja friluftsliv och förbinder sig att "
        "respektera klubbens regler.",
        [("Medlem", "medlem", OVR), ("klubben", "klubb", ORG), ("klubbens", "klubb", ORG)],
        [
            AR,
            pres("vill", "vilja"),
            inf("främja"),
            pres("förbinder", "förbinda"),
            inf("respektera"),
        ],
        [
            st(
                "medlem",
                "Medlem",
                "none",
                None,
                "vara",
                "är",
                "den person som vill främja friluftsliv",
            )
        ],
    ),
    # negatives: a main clause's conjuncts after a comma-closed relative and after an object
    rec(
        "c11-n1",
        "Styrelsen, som väljs av årsmötet, leder och samordnar arbetet.",
        [("Styrelsen", "styrelse", POL), ("årsmötet", "årsmöte", OVR)],
        [pres("väljs", "välja", "pass"), pres("leder", "leda"), pres("samordnar", "samordna")],
        [
            st("styrelse", "Styrelsen", "none", None, "leda", "leder"),
            st("styrelse", "Styrelsen", "none", None, "samordna", "samordnar", "arbetet"),
        ],
    ),
    rec(
        "c11-n2",
        "Nämnden leder arbetet och ansvarar för budgeten.",
        [("Nämnden", "nämnd", POL)],
        [pres("leder", "leda"), pres("ansvarar", "ansvara")],
        [
            st("nämnd", "Nämnden", "none", None, "leda", "leder", "arbetet"),
            st(
                "nämnd",
                "Nämnden",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för budgeten",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / f"{D}.jsonl", RECORDS)
