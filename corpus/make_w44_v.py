"""Builds corpus/dev/w44-v.jsonl: invented sentences for round 44, writer V (analysis 44-bg,
statement grammar and actor vocabulary; gold by hand from docs/annotation.md before the
rules): bg-G1 the agentless passive of a subordinate clause opened by `tills`, `till dess`,
`innan` after a main clause (its subject is no statement's actor, §5.1), with a main-clause
agentless passive and the adverb `tills vidare` as negatives; bg-G3 `får ansvar(et) för`
(`få` + the responsibility noun, like `får i uppdrag att`), with `får ansvara för` and `får
besluta om ansvar` as negatives; bg-G7 a fronted prepositional phrase naming a body before
an inverted `beslutade <organ> … att`, with a fronted phrase without a name as negative;
bg-G2 the interrogative `var` ('where') of an indirect question, with the past tense of
`vara` as negative; bg-A5 the office after a fronted `Till` before an electing passive and
the name after `kallas … för` (predicatives, no actor); bg-G6 an agent after an attributive
participle with its own agent (`av annan av ordföranden utsedd ledamot`); bg-A1 bare
indefinite organ nouns coordinated after an expletive `det … finnas`. Offsets computed.
Run: python corpus/make_w44_v.py corpus/dev"""

import sys

from records import FAR, FTV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

rec = records_for("w44-v", check_texts=True)


def past(word, lemma, voice="act", nth=0):
    """A past-tense VERB tuple."""
    return (word, lemma, "past", voice, nth)


def sup(word, lemma, voice="act", nth=0):
    """A supine VERB tuple."""
    return (word, lemma, "sup", voice, nth)


HAR_ = ("har", "ha", "pres", "act")

SENTENCES = [
    # G1: a passive inside a temporal subordinate clause gives no statement
    rec("g1-1", "Mötet leds av den äldste ledamoten tills en ordförande har utsetts.",
        [("ledamoten", "ledamot", FTV), ("ordförande", "ordförande", FTV)],
        [pres("leds", "leda", "pass"), HAR_, sup("utsetts", "utse", "pass")],
        [st("ledamot", "ledamoten", "none", None, "leda", "leds", passive=True)]),
    rec("g1-2", "Förhandlingarna leds av ålderspresidenten, tills en ordförande och en "
        "sekreterare har valts för stämman.",
        [("ålderspresidenten", "ålderspresident", FTV), ("ordförande", "ordförande", FTV),
         ("sekreterare", "sekreterare", FTV), ("stämman", "stämma", OVR)],
        [pres("leds", "leda", "pass"), HAR_, sup("valts", "välja", "pass")],
        [st("ålderspresident", "ålderspresidenten", "none", None, "leda", "leds",
            passive=True)]),
    rec("g1-3", "Ledamoten sitter kvar i styrelsen till dess en efterträdare har valts av "
        "stämman.",
        [("Ledamoten", "ledamot", FTV), ("styrelsen", "styrelse", POL),
         ("efterträdare", "efterträdare", FTV), ("stämman", "stämma", OVR)],
        [pres("sitter", "sitta"), HAR_, sup("valts", "välja", "pass")],
        [st("ledamot", "Ledamoten", "none", None, "sitta", "sitter", "kvar i styrelsen")]),
    rec("g1-4", "Uppgifterna sköts av kanslichefen innan en ny förbundsdirektör har anställts.",
        [("kanslichefen", "kanslichef", TJP), ("förbundsdirektör", "förbundsdirektör", TJP)],
        [pres("sköts", "sköta", "pass"), HAR_, sup("anställts", "anställa", "pass")],
        [st("kanslichef", "kanslichefen", "none", None, "sköta", "sköts", passive=True)]),
    # negatives: a main clause's agentless passive; `tills vidare` is an adverb
    rec("g1-n1", "En ordförande och en vice ordförande väljs för två år.",
        [("ordförande", "ordförande", FTV), ("vice ordförande", "vice ordförande", FTV)],
        [pres("väljs", "välja", "pass")],
        [st("ordförande", "ordförande", "none", None, "välja", "väljs", passive=True),
         st("vice ordförande", "vice ordförande", "none", None, "välja", "väljs",
            passive=True)]),
    rec("g1-n2", "Nämnden sammanträder tills vidare en gång i månaden.",
        [("Nämnden", "nämnd", POL)],
        [pres("sammanträder", "sammanträda")],
        [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder")]),
    # G3: `får ansvar(et) för` is a responsibility, not the permission `får`
    rec("g3-1", "Den nya nämnden får ansvar för skolskjutsarna.",
        [("nämnden", "nämnd", POL)],
        [FAR],
        [st("nämnd", "nämnden", "responsibility", "får ansvar för", "ansvara", "får",
            "skolskjutsarna")]),
    rec("g3-2", "Från årsskiftet får servicenämnden ansvaret för gatubelysningen.",
        [("servicenämnden", "servicenämnd", POL)],
        [FAR],
        [st("servicenämnd", "servicenämnden", "responsibility", "får ansvaret för",
            "ansvara", "får", "gatubelysningen")]),
    rec("g3-3", "Fritidsnämnden får ansvar för de anläggningar som i dag sköts av "
        "tekniska kontoret.",
        [("Fritidsnämnden", "fritidsnämnd", POL), ("tekniska kontoret", "tekniskt kontor", ORG)],
        [FAR, pres("sköts", "sköta", "pass")],
        [st("fritidsnämnd", "Fritidsnämnden", "responsibility", "får ansvar för", "ansvara",
            "får", "de anläggningar som i dag sköts av tekniska kontoret")]),
    # negatives: the permission `får` + the verb `ansvara`; `ansvar` inside the object
    rec("g3-n1", "Styrelsen får besluta om ansvar för lokalerna.",
        [("Styrelsen", "styrelse", POL)],
        [FAR, inf("besluta")],
        [st("styrelse", "Styrelsen", "permission", "får", "besluta", "besluta",
            "om ansvar för lokalerna")]),
    rec("g3-n2", "Nämnden får ansvara för egna projekt.",
        [("Nämnden", "nämnd", POL)],
        [FAR, inf("ansvara")],
        [st("nämnd", "Nämnden", "permission", "får", "ansvara", "ansvara", "egna projekt")]),
    # G7: a name inside a fronted phrase is no second subject of the inverted verb
    rec("g7-1", "Efter beslut om bildande av Region Norrby beslutade regionfullmäktige i juni "
        "2020 att inrätta ett pensionärsråd.",
        [("Region Norrby", "region norrby", ORG), ("regionfullmäktige", "regionfullmäktige", POL),
         ("pensionärsråd", "pensionärsråd", POL)],
        [past("beslutade", "besluta"), inf("inrätta")],
        [st("regionfullmäktige", "regionfullmäktige", "none", None, "besluta", "beslutade",
            "i juni 2020 att inrätta ett pensionärsråd")]),
    rec("g7-2", "I samband med sammanslagningen av Åsby kommun och Lunda kommun beslutade "
        "kommunfullmäktige den 3 mars att anta en ny arbetsordning.",
        [("Åsby kommun", "åsby kommun", ORG), ("Lunda kommun", "lunda kommun", ORG),
         ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [past("beslutade", "besluta"), inf("anta")],
        [st("kommunfullmäktige", "kommunfullmäktige", "none", None, "besluta", "beslutade",
            "den 3 mars att anta en ny arbetsordning")]),
    # negative: a fronted phrase without a name
    rec("g7-n1", "Efter utredningen beslutade regionstyrelsen i maj att anta en ny plan.",
        [("regionstyrelsen", "regionstyrelse", POL)],
        [past("beslutade", "besluta"), inf("anta")],
        [st("regionstyrelse", "regionstyrelsen", "none", None, "besluta", "beslutade",
            "i maj att anta en ny plan")]),
    # G2: interrogative `var` ('where') is no verb
    rec("g2-1", "Styrelsen bestämmer var mötet ska hållas.",
        [("Styrelsen", "styrelse", POL)],
        [pres("bestämmer", "bestämma"), SKA, inf("hållas", "hålla", "pass")],
        [st("styrelse", "Styrelsen", "none", None, "bestämma", "bestämmer",
            "var mötet ska hållas")]),
    rec("g2-2", "Valnämnden avgör frågor om indelning i valdistrikt, var de nya vallokalerna "
        "ska ligga och hur röstningen ska ordnas.",
        [("Valnämnden", "valnämnd", POL)],
        [pres("avgör", "avgöra"), SKA, inf("ligga"), pres("ska", "skola", nth=1),
         inf("ordnas", "ordna", "pass")],
        [st("valnämnd", "Valnämnden", "none", None, "avgöra", "avgör",
            "frågor om indelning i valdistrikt, var de nya vallokalerna ska ligga och hur "
            "röstningen ska ordnas")]),
    # negative: the past tense of `vara`
    rec("g2-n1", "Revisorn var jävig i ärendet.",
        [("Revisorn", "revisor", FTV)],
        [past("var", "vara")],
        [st("revisor", "Revisorn", "none", None, "vara", "var", "jävig i ärendet")]),
    # A5: the office after a fronted `Till` before an electing passive, a name after `kallas
    # … för`, are predicatives (no actor)
    rec("a5-1", "Till sekreterare utses en tjänsteman vid kansliet.",
        [("tjänsteman", "tjänsteman", TJP), ("kansliet", "kansli", ORG)],
        [pres("utses", "utse", "pass")],
        [st("tjänsteman", "tjänsteman", "none", None, "utse", "utses", "vid kansliet",
            passive=True)]),
    rec("a5-2", "Till kassör väljs den ledamot som styrelsen föreslår.",
        [("ledamot", "ledamot", FTV), ("styrelsen", "styrelse", POL)],
        [pres("väljs", "välja", "pass"), pres("föreslår", "föreslå")],
        [st("ledamot", "ledamot", "none", None, "välja", "väljs", passive=True)]),
    rec("a5-3", "Ordföranden och de två vice ordförandena kallas gemensamt för presidiet.",
        [("Ordföranden", "ordförande", FTV), ("vice ordförandena", "vice ordförande", FTV)],
        [pres("kallas", "kalla", "pass")],
        [st("ordförande", "Ordföranden", "none", None, "kalla", "kallas", passive=True),
         st("vice ordförande", "vice ordförandena", "none", None, "kalla", "kallas",
            passive=True)]),
    # G6: the agent's head after an attributive participle with its own `av`-agent, after
    # an article-less `annan` or the pronoun `en`
    rec("g6-1", "Protokollet förs av annan av ordföranden utsedd ledamot.",
        [("ordföranden", "ordförande", FTV), ("ledamot", "ledamot", FTV)],
        [pres("förs", "föra", "pass")],
        [st("ledamot", "ledamot", "none", None, "föra", "förs", passive=True)]),
    rec("g6-2", "Vid förhinder sköts kassan av en av styrelsen utsedd revisor.",
        [("styrelsen", "styrelse", POL), ("revisor", "revisor", FTV)],
        [pres("sköts", "sköta", "pass")],
        [st("revisor", "revisor", "none", None, "sköta", "sköts", passive=True)]),
    # negative: an article-less `annan` before the agent itself
    rec("g6-n1", "Ärendet avgörs då av annan nämnd.",
        [("nämnd", "nämnd", POL)],
        [pres("avgörs", "avgöra", "pass")],
        [st("nämnd", "nämnd", "none", None, "avgöra", "avgörs", passive=True)]),
    # A1: bare indefinite organ nouns coordinated after an expletive `det … finnas` are
    # actors; the expletive clause gives no statement (§5.2)
    rec("a1-1", "I varje region ska det finnas en revisionsnämnd, patientnämnd och ett "
        "regionråd.",
        [("revisionsnämnd", "revisionsnämnd", POL), ("patientnämnd", "patientnämnd", POL),
         ("regionråd", "regionråd", POL)],
        [SKA, inf("finnas")]),
    rec("a1-2", "Enligt lagen måste det även finnas en krisledningsnämnd, valnämnd samt en "
        "överförmyndare.",
        [("krisledningsnämnd", "krisledningsnämnd", POL), ("valnämnd", "valnämnd", POL),
         ("överförmyndare", "överförmyndare", FTV)],
        [("måste", "måste", "pres", "act"), inf("finnas")]),
    # negative: `till` + a body after an electing verb names the body
    rec("a5-n1", "Till styrelsen väljs fem ledamöter av årsmötet.",
        [("styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("årsmötet", "årsmöte", OVR)],
        [pres("väljs", "välja", "pass")],
        [st("årsmöte", "årsmötet", "none", None, "välja", "väljs", passive=True)]),
]

if __name__ == "__main__":
    from pathlib import Path

    write_jsonl(Path(sys.argv[1]) / "w44-v.jsonl", SENTENCES)
