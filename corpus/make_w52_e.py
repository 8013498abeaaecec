"""Builds corpus/dev/w52-e.jsonl: invented sentences for round 52, writer w52e (analyses 52-ca
S2/S3, 52-al P6, 52-bh C3). ca-S2: a fronted responsibility noun (`Ansvaret`, a compound in
`-ansvaret`, with a determiner and adjectives before it) + `för` + its noun phrase, then the V2
`har`/`hade` and an actor as the inverted subject: the §5.3 cue `har ansvaret för` in V2 order
(responsibility, aim `ansvara`, aim_text the verb); negatives: a supine after `har` (a perfect
whose subject is `Ansvaret`), `har` with an object and no actor after it. ca-S3: a copula, a
nominal predicative (with its prepositional phrase or not), `och` and `ansvarig för` with no
subject or finite verb after `och`: the copula's statement and the second conjunct's
responsibility (round 47, bo G3); negative: a new subject and copula after `och`. al-P6: a
naming passive (`benämns`, `kallas`) after a fronted phrase, its actor subject after it and
the title last (§2.1 round 16): (subject, none, benämna/kalla, passive); negative: a subject
that is no actor. bh-C3: an s-passive (alone or after `och`) with `i detta`/`i denna (N)`
before an `av`-phrase that names no actor: no statement for the passive (§5.2 round 14);
negatives: an actor in the `av`-phrase. Each sentence its own document. Gold by hand from
docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w52_e.py corpus/dev"""

import sys
from pathlib import Path

from records import AR, FTV, HAR, ORG, POL, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

RE, NONE, PE = "responsibility", "none", "permission"
HADE = ("hade", "ha", "past", "act")


def rec(doc, *args, **kwargs):
    return records_for(f"w52-e-{doc}", check_texts=True)("1", *args, **kwargs)


RECORDS = [
    # ca-S2: fronted responsibility noun + för + NP, V2 `har`/`hade`, an actor subject
    rec("s2-1", "Ansvaret för stadsarkivet har kulturnämnden.",
        [("kulturnämnden", "kulturnämnd", POL)], [HAR],
        [st("kulturnämnd", "kulturnämnden", RE, "har", "ansvara", "har", "stadsarkivet")]),
    rec("s2-2", "Det samlade ansvaret för krisberedskapen har kommunstyrelsen.",
        [("kommunstyrelsen", "kommunstyrelse", POL)], [HAR],
        [st("kommunstyrelse", "kommunstyrelsen", RE, "har", "ansvara", "har",
            "krisberedskapen")]),
    rec("s2-3", "Huvudansvaret för budgetarbetet har de förtroendevalda.",
        [("förtroendevalda", "förtroendevald", FTV)], [HAR],
        [st("förtroendevald", "förtroendevalda", RE, "har", "ansvara", "har",
            "budgetarbetet")]),
    rec("s2-4", "Det yttersta ansvaret för bolagets ekonomi hade tidigare styrelsen.",
        [("bolagets", "bolag", ORG), ("styrelsen", "styrelse", POL)], [HADE],
        [st("styrelse", "styrelsen", RE, "hade", "ansvara", "hade", "bolagets ekonomi")]),
    # ca-S2 negatives: a perfect (supine after `har`), `har` + an object and no actor
    rec("s2-n1", "Ansvaret för parkerna har överförts till tekniska nämnden.",
        [("tekniska nämnden", "teknisk nämnd", POL)],
        [("överförts", "överföra", "sup", "pass"), HAR]),
    rec("s2-n2", "Ansvaret för tillsynen har stor betydelse för hela verksamheten.", [], [HAR]),
    # ca-S3: copula + nominal predicative (+ PP) + `och` + `ansvarig för`
    rec("s3-1", "Styrelsen är arbetsgivare i bolaget och ansvarig för arbetsmiljön.",
        [("Styrelsen", "styrelse", POL), ("bolaget", "bolag", ORG)], [AR],
        [st("styrelse", "Styrelsen", NONE, None, "vara", "är", "arbetsgivare i bolaget"),
         st("styrelse", "Styrelsen", RE, "är ansvarig för", "ansvara", "är", "arbetsmiljön")]),
    rec("s3-2", "Förbundet är huvudman för gymnasieskolan och ytterst ansvarigt för "
        "utbildningens kvalitet.",
        [("Förbundet", "förbund", ORG)], [AR],
        [st("förbund", "Förbundet", NONE, None, "vara", "är", "huvudman för gymnasieskolan"),
         st("förbund", "Förbundet", RE, "är ansvarigt för", "ansvara", "är",
            "utbildningens kvalitet")]),
    rec("s3-3", "Nämnderna är remissinstanser och ansvariga för att yttranden lämnas i tid.",
        [("Nämnderna", "nämnd", POL)], [AR, pres("lämnas", "lämna", "pass")],
        [st("nämnd", "Nämnderna", NONE, None, "vara", "är", "remissinstanser"),
         st("nämnd", "Nämnderna", RE, "är ansvariga för", "ansvara", "är",
            "att yttranden lämnas i tid")]),
    rec("s3-4", "Kommunen är medlem i förbundet och ansvarig för sin andel av kostnaderna.",
        [("Kommunen", "kommun", ORG), ("förbundet", "förbund", ORG)], [AR],
        [st("kommun", "Kommunen", NONE, None, "vara", "är", "medlem i förbundet"),
         st("kommun", "Kommunen", RE, "är ansvarig för", "ansvara", "är",
            "sin andel av kostnaderna")]),
    # ca-S3 negative: a new subject and copula after `och`
    rec("s3-n1", "Nämnden är huvudman för skolan och rektorn är ansvarig för driften.",
        [("Nämnden", "nämnd", POL), ("rektorn", "rektor", TJP)],
        [AR, pres("är", "vara", nth=1)],
        [st("nämnd", "Nämnden", NONE, None, "vara", "är", "huvudman för skolan"),
         st("rektor", "rektorn", RE, "är ansvarig för", "ansvara", "är", "driften")]),
    # al-P6: a naming passive after a fronted phrase, the actor subject inverted
    rec("p6-1", "Vid högskolan benämns förvaltningschefen universitetsdirektör.",
        [("förvaltningschefen", "förvaltningschef", TJP)], [pres("benämns", "benämna", "pass")],
        [st("förvaltningschef", "förvaltningschefen", NONE, None, "benämna", "benämns",
            "universitetsdirektör", passive=True)]),
    rec("p6-2", "I föreningen kallas styrelsens ordförande preses.",
        [("föreningen", "förening", ORG), ("styrelsens ordförande", "styrelsens ordförande", FTV)],
        [pres("kallas", "kalla", "pass")],
        [st("styrelsens ordförande", "styrelsens ordförande", NONE, None, "kalla", "kallas",
            "preses", passive=True)]),
    rec("p6-3", "I kommunen kallas kommundirektören stadsdirektör.",
        [("kommunen", "kommun", ORG), ("kommundirektören", "kommundirektör", TJP)],
        [pres("kallas", "kalla", "pass")],
        [st("kommundirektör", "kommundirektören", NONE, None, "kalla", "kallas",
            "stadsdirektör", passive=True)]),
    # al-P6 negative: the subject is no actor
    rec("p6-n1", "I denna ordning kallas handlingen underlag.", [],
        [pres("kallas", "kalla", "pass")]),
    # bh-C3: `i detta`/`i denna (N)` before an `av`-phrase that names no actor
    rec("c3-1", "Projektledarna ansvarar för planeringen och stöds i detta av ett gemensamt "
        "ärendesystem.",
        [("Projektledarna", "projektledare", TJP)],
        [pres("ansvarar", "ansvara"), pres("stöds", "stödja", "pass")],
        [st("projektledare", "Projektledarna", RE, "ansvarar för", "ansvara", "ansvarar",
            "planeringen")]),
    rec("c3-2", "Kassören sköter bokföringen och stöds i denna uppgift av ett digitalt verktyg.",
        [("Kassören", "kassör", FTV)],
        [pres("sköter", "sköta"), pres("stöds", "stödja", "pass")],
        [st("kassör", "Kassören", NONE, None, "sköta", "sköter", "bokföringen")]),
    rec("c3-3", "Enhetscheferna stöds i detta av gemensamma digitala verktyg.",
        [("Enhetscheferna", "enhetschef", TJP)], [pres("stöds", "stödja", "pass")]),
    # bh-C3 negatives: an actor in the `av`-phrase
    rec("c3-n1", "Nämnden får i detta biträdas av förvaltningen.",
        [("Nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", "förvaltningsorganisation")],
        [pres("får", "få"), inf("biträdas", "biträda", "pass")],
        [st("förvaltning", "förvaltningen", PE, "får", "biträda", "biträdas", "Nämnden",
            passive=True)]),
    rec("c3-n2", "Rektorn leder skolan och stöds i detta av skolchefen.",
        [("Rektorn", "rektor", TJP), ("skolchefen", "skolchef", TJP)],
        [pres("leder", "leda"), pres("stöds", "stödja", "pass")],
        [st("rektor", "Rektorn", NONE, None, "leda", "leder", "skolan"),
         st("skolchef", "skolchefen", NONE, None, "stödja", "stöds", "Rektorn",
            passive=True)]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w52-e.jsonl", RECORDS)
