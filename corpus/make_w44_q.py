"""Builds corpus/dev/w44-q.jsonl with its gold: invented paragraphs for round 44, writer Q
(analysis 44-bh statement grammar and two items open since the new-user trial of round 43;
gold by hand from docs/annotation.md before the rules): bh-Q1 a purpose cue `har till
ändamål/föremål att` whose infinitive follows two comma-closed insertions, the second long
and holding a coordination (the tagger may call the infinitive an adjective), with a shorter
insertion as the control; bh-Q2 a coordinated main clause `… och <actor> ska V` after a
clause with a thing subject, the actor definite, bare or tagged as an adverb, with an actor
pair inside a subject's phrase as the negative; bh-Q3 a fronted bare predicative with
`dess` on the noun after the copula, with a definite subject before `är dess …` as the
negative; bh-Q4 a relative `, som` after a title + personal name apposition (also between commas),
with a bare personal name as the negative; bh-Q5 stacked cues `ska förväntas V1 samt V2`, with plain
`förväntas` as the control; `Rösträtt har medlem som …` (a fronted object noun + main-verb
`har` + an actor with a relative clause, the noun with a prepositional attribute too,
§5.3 round 43 nu43-3), with a definite subject
and a thing subject as negatives; bare `för` before a bare record noun after a definite
actor subject (`X för register/anteckningar/diarium`, §3 round 43 nu43-1), with a
definite noun and a subject that is no actor as negatives. Offsets computed.
Run: python corpus/make_w44_q.py corpus/dev"""

import sys
from pathlib import Path

from records import EXT, FORV, FTV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

D = "w44-q"
rec = records_for(D, conditions_from_statements=True)
HAR = ("har", "ha", "pres", "act")
AR = ("är", "vara", "pres", "act")
OB = "obligation"
TILL_A, TILL_F = "har till ändamål att", "har till föremål att"

RECORDS = [
    # bh-Q1: the purpose cue's infinitive after comma-closed insertions
    rec("q1-1", "Stiftelsen har till ändamål att, inom länet, i nära samarbete med skolornas "
        "egna lärare och egen personal, främja idrott för unga.",
        [("Stiftelsen", "stiftelse", ORG), ("lärare", "lärare", TJP),
         ("personal", "personal", TJP)],
        [HAR, inf("främja")],
        [st("stiftelse", "Stiftelsen", OB, TILL_A, "främja", "främja", "idrott för unga")]),
    rec("q1-2", "Bolaget har till föremål att, inom kommunen, med beaktande av hyresgästernas "
        "egna önskemål och miljön, förvalta bostäder.",
        [("Bolaget", "bolag", ORG), ("kommunen", "kommun", ORG),
         ("hyresgästernas", "hyresgäst", EXT)],
        [HAR, inf("förvalta")],
        [st("bolag", "Bolaget", OB, TILL_F, "förvalta", "förvalta", "bostäder")]),
    rec("q1-3", "Bolaget har till föremål att, inom Mälardalen, med hänsyn till ägarnas egna "
        "krav och egen verksamhet, erbjuda försäkring mot stöld.",
        [("Bolaget", "bolag", ORG), ("ägarnas", "ägare", ORG)],
        [HAR, inf("erbjuda")],
        [st("bolag", "Bolaget", OB, TILL_F, "erbjuda", "erbjuda", "försäkring mot stöld")]),
    rec("q1-4", "Föreningen har till ändamål att, i hela landet, genom information till "
        "allmänheten och egna kurser, sprida kunskap om svampar.",
        [("Föreningen", "förening", ORG), ("allmänheten", "allmänhet", EXT)],
        [HAR, inf("sprida")],
        [st("förening", "Föreningen", OB, TILL_A, "sprida", "sprida", "kunskap om svampar")]),
    # bh-Q2: a coordinated main clause with its own actor subject and modal
    rec("q2-1", "Inköp ska ske skriftligt och ekonomichefen ska attestera dem.",
        [("ekonomichefen", "ekonomichef", TJP)],
        [SKA, inf("ske"), (*SKA, 1), inf("attestera")],
        [st("ekonomichef", "ekonomichefen", OB, "ska", "attestera", "attestera", "dem")]),
    rec("q2-2", "Uppdraget gäller ett år i taget och revisor ska pröva det på nytt.",
        [("revisor", "revisor", FTV)],
        [pres("gäller", "gälla"), SKA, inf("pröva")],
        [st("revisor", "revisor", OB, "ska", "pröva", "pröva", "det på nytt")]),
    rec("q2-3", "Besöken ska dokumenteras och inspektören ska arkivera rapporterna.",
        [("inspektören", "inspektör", TJP)],
        [SKA, inf("dokumenteras", "dokumentera", "pass"), (*SKA, 1), inf("arkivera")],
        [st(None, None, OB, "ska", "dokumentera", "dokumenteras", passive=True),
         st("inspektör", "inspektören", OB, "ska", "arkivera", "arkivera", "rapporterna")]),
    rec("q2-n1", "Möten mellan ordföranden och förvaltningen ska ske varje månad.",
        [("ordföranden", "ordförande", FTV), ("förvaltningen", "förvaltning", FORV)],
        [SKA, inf("ske")]),
    # bh-Q3: a fronted bare predicative, `dess` on the subject after the copula
    rec("q3-1", "Brukare av anläggningen är dess medlemmar.",
        [("medlemmar", "medlem", OVR)], [AR],
        [st("medlem", "medlemmar", "none", None, "vara", "är")]),
    rec("q3-2", "Sekreterare i nämnden är dess kanslichef.",
        [("nämnden", "nämnd", POL), ("kanslichef", "kanslichef", TJP)], [AR],
        [st("kanslichef", "kanslichef", "none", None, "vara", "är")]),
    rec("q3-n1", "Ordföranden är dess talesperson.",
        [("Ordföranden", "ordförande", FTV)], [AR],
        [st("ordförande", "Ordföranden", "none", None, "vara", "är", "dess talesperson")]),
    # bh-Q4: `, som` after a title + personal name apposition takes the title
    rec("q4-1", "Projektet samordnas av kanslichefen Erik Lind, som ansvarar för budgeten.",
        [("kanslichefen", "kanslichef", TJP)],
        [pres("samordnas", "samordna", "pass"), pres("ansvarar", "ansvara")],
        [st("kanslichef", "kanslichefen", "none", None, "samordna", "samordnas",
            passive=True),
         st("kanslichef", "kanslichefen", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "för budgeten")]),
    rec("q4-2", "Kommunen företräds av kommundirektören Maria Ek, som ansvarar för kontakterna "
        "med staten.",
        [("Kommunen", "kommun", ORG), ("kommundirektören", "kommundirektör", TJP),
         ("staten", "stat", EXT)],
        [pres("företräds", "företräda", "pass"), pres("ansvarar", "ansvara")],
        [st("kommundirektör", "kommundirektören", "none", None, "företräda", "företräds",
            passive=True),
         st("kommundirektör", "kommundirektören", "responsibility", "ansvarar för",
            "ansvara", "ansvarar", "för kontakterna med staten")]),
    rec("q4-3", "Tävlingen leds av tävlingsledaren, Lena Nyström, som ansvarar för "
        "resultatlistan.",
        [("tävlingsledaren", "tävlingsledare", TJP)],
        [pres("leds", "leda", "pass"), pres("ansvarar", "ansvara")],
        [st("tävlingsledare", "tävlingsledaren", "none", None, "leda", "leds", passive=True),
         st("tävlingsledare", "tävlingsledaren", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "för resultatlistan")]),
    rec("q4-n1", "Arbetet leds av Anna Berg, som ansvarar för kallelser.", [],
        [pres("leds", "leda", "pass"), pres("ansvarar", "ansvara")]),
    # bh-Q5: stacked cues `ska förväntas V1 samt V2`
    rec("q5-1", "Varje ledamot ska förväntas närvara vid mötena samt förbereda sig väl.",
        [("ledamot", "ledamot", FTV)],
        [SKA, inf("förväntas", "förvänta"), inf("närvara"), inf("förbereda")],
        [st("ledamot", "ledamot", OB, "ska förväntas", "närvara", "närvara", "vid mötena"),
         st("ledamot", "ledamot", OB, "ska förväntas", "förbereda", "förbereda", "sig väl")]),
    rec("q5-2", "Ledamöterna ska förväntas följa reglerna samt bidra till arbetet.",
        [("Ledamöterna", "ledamot", FTV)],
        [SKA, inf("förväntas", "förvänta"), inf("följa"), inf("bidra")],
        [st("ledamot", "Ledamöterna", OB, "ska förväntas", "följa", "följa", "reglerna"),
         st("ledamot", "Ledamöterna", OB, "ska förväntas", "bidra", "bidra",
            "till arbetet")]),
    rec("q5-n1", "Ledamöterna förväntas följa reglerna samt bidra till arbetet.",
        [("Ledamöterna", "ledamot", FTV)],
        [pres("förväntas", "förvänta"), inf("följa"), inf("bidra")],
        [st("ledamot", "Ledamöterna", OB, "förväntas", "följa", "följa", "reglerna"),
         st("ledamot", "Ledamöterna", OB, "förväntas", "bidra", "bidra", "till arbetet")]),
    # a fronted object noun + main-verb `har` + an actor with a relative clause
    rec("r-1", "Yttranderätt har ersättare som är närvarande.",
        [("ersättare", "ersättare", FTV)], [HAR, AR],
        [st("ersättare", "ersättare", "none", None, "ha", "har", "Yttranderätt")]),
    rec("r-2", "Närvarorätt har revisor som kallats till mötet.",
        [("revisor", "revisor", FTV)],
        [HAR, ("kallats", "kalla", "sup", "pass", 0)],
        [st("revisor", "revisor", "none", None, "ha", "har", "Närvarorätt")]),
    rec("r-3", "Rösträtt har varje medlem som fyllt arton år.",
        [("medlem", "medlem", OVR)], [HAR, ("fyllt", "fylla", "sup", "act", 0)],
        [st("medlem", "medlem", "none", None, "ha", "har", "Rösträtt")]),
    rec("r-4", "Förslagsrätt vid stämman har delägare som lämnat in anmälan.",
        [("stämman", "stämma", POL), ("delägare", "delägare", ORG)],
        [HAR, ("lämnat", "lämna", "sup", "act", 0)],
        [st("delägare", "delägare", "none", None, "ha", "har", "Förslagsrätt vid stämman")]),
    rec("r-5", "Yttranderätt på mötet har anställd som kallats.",
        [("anställd", "anställd", TJP)], [HAR, ("kallats", "kalla", "sup", "pass", 0)],
        [st("anställd", "anställd", "none", None, "ha", "har", "Yttranderätt på mötet")]),
    rec("r-n1", "Rösträtten har stor betydelse för föreningen.",
        [("föreningen", "förening", ORG)], [HAR]),
    rec("r-n2", "Styrelsen har ledamöter från alla orter.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)], [HAR],
        [st("styrelse", "Styrelsen", "none", None, "ha", "har",
            "ledamöter från alla orter")]),
    # bare `för` (= för[=fører]) before a bare record noun
    rec("f-1", "Kassören för register över medlemmarna.",
        [("Kassören", "kassör", FTV), ("medlemmarna", "medlem", OVR)],
        [pres("för", "föra")],
        [st("kassör", "Kassören", "none", None, "föra", "för", "register över medlemmarna")]),
    rec("f-2", "Nämnden för anteckningar vid varje inspektion.",
        [("Nämnden", "nämnd", POL)], [pres("för", "föra")],
        [st("nämnd", "Nämnden", "none", None, "föra", "för",
            "anteckningar vid varje inspektion")]),
    rec("f-3", "Kansliet för diarium över inkomna handlingar.",
        [("Kansliet", "kansli", FORV)], [pres("för", "föra")],
        [st("kansli", "Kansliet", "none", None, "föra", "för",
            "diarium över inkomna handlingar")]),
    rec("f-n1", "Kassören för kassaboken.", [("Kassören", "kassör", FTV)]),
    rec("f-n2", "Ansvar för register.", kind="heading"),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / f"{D}.jsonl", RECORDS)
