"""Builds corpus/dev/w43-c.jsonl: invented paragraphs for round 43, writer C (analysis 43-be,
statement grammar; gold hand-written per docs/annotation.md ahead of any rule): C1 a perfect
``har`` (+ adverbs) whose supine the tagger reads as an adjective, adverb or participle
(``fastställt``, ``följt``, ``fastslagit``); C2 an adverb the tagger does not call one
(``fortlöpande``, ``löpande``, ``regelbundet``) between a cue's ``att`` and its infinitive;
C3 an inverted subject series whose first subject has a ``som <role> och <role>`` phrase;
C7 a definite grant noun after the passive ``ges`` (``ges X möjligheten att``); C11 a weak
preterite in second place tagged as a participle; C8 ``, vilka`` + a cue on an actor
antecedent; C9 an ``avses`` definition after a fronted ``När``-clause; C12 ``dels … och dels``
infinitives. Each cause has a negative. Offsets computed.
Run: python corpus/make_w43_c.py corpus/dev"""

import sys
from pathlib import Path

from records import FTV, HAR, OVR, POL, SKA, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

D = "w43-c"

rec = records_for(D, conditions_from_statements=True, check_texts=True)

FORV = "förvaltningsorganisation"
ORG = "organisation"


def sup(word, lemma, voice="act"):
    return (word, lemma, "sup", voice)


def pret(word, lemma):
    return (word, lemma, "past", "act")


def inf_pass(word, lemma):
    return (word, lemma, "inf", "pass")


RECORDS = [
    # C1: perfect `har` + a supine the tagger does not tag as one
    rec("c1-1", "Fakultetsnämnden har fastställt att prefekten beslutar om kursplaner.",
        [("Fakultetsnämnden", "fakultetsnämnd", POL), ("prefekten", "prefekt", TJP)],
        [HAR, sup("fastställt", "fastställa"), pres("beslutar", "besluta")],
        [st("fakultetsnämnd", "Fakultetsnämnden", "none", None, "fastställa", "fastställt",
            "att prefekten beslutar om kursplaner")]),
    rec("c1-2", "Nämnden har även fastställt riktlinjer för bidragen.",
        [("Nämnden", "nämnd", POL)], [HAR, sup("fastställt", "fastställa")],
        [st("nämnd", "Nämnden", "none", None, "fastställa", "fastställt",
            "riktlinjer för bidragen")]),
    rec("c1-3", "Styrelsen har dessutom fastställt en arbetsordning för valberedningen.",
        [("Styrelsen", "styrelse", POL), ("valberedningen", "valberedning", POL)],
        [HAR, sup("fastställt", "fastställa")],
        [st("styrelse", "Styrelsen", "none", None, "fastställa", "fastställt",
            "en arbetsordning för valberedningen")]),
    rec("c1-4", "Arbetsutskottet har löpande följt upp verksamheten.",
        [("Arbetsutskottet", "arbetsutskott", POL)], [HAR, sup("följt", "följa")],
        [st("arbetsutskott", "Arbetsutskottet", "none", None, "följa", "följt",
            "upp verksamheten")]),
    rec("c1-5", "Kommittén har inte fastslagit någon budget för året.",
        [("Kommittén", "kommitté", POL)], [HAR, sup("fastslagit", "fastslå")],
        [st("kommitté", "Kommittén", "none", None, "fastslå", "fastslagit",
            "någon budget för året", negated=True)]),
    # negatives: a participle attribute after a determiner, a plural participle
    rec("c1-n1", "Stämman har ett fastställt arvode för ledamöterna.",
        [("Stämman", "stämma", POL), ("ledamöterna", "ledamot", FTV)], [HAR],
        [st("stämma", "Stämman", "none", None, "ha", "har",
            "ett fastställt arvode för ledamöterna")]),
    rec("c1-n2", "Direktionen har fastställda mål för verksamheten.",
        [("Direktionen", "direktion", POL)], [HAR],
        [st("direktion", "Direktionen", "none", None, "ha", "har",
            "fastställda mål för verksamheten")]),
    # negatives added after the first rules (a noun after the adverbs is no supine, whatever
    # the lexicon reads; a participle attribute of a neuter noun after `har`, here the
    # responsibility cue `har … ansvar för`)
    rec("c1-n3", "Nämnden har fortlöpande kontakt med förvaltningen.",
        [("Nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", FORV)], [HAR],
        [st("nämnd", "Nämnden", "none", None, "ha", "har",
            "fortlöpande kontakt med förvaltningen")]),
    rec("c1-n4", "Nämnderna har delat ansvar för verksamheten.",
        [("Nämnderna", "nämnd", POL)], [HAR],
        [st("nämnd", "Nämnderna", "responsibility", "har ansvar för", "ansvara", "har",
            "verksamheten")]),
    # a common-gender adjective in -t, a listed adverbial adjective before a neuter noun
    rec("c1-n5", "Styrelsen har kort tid på sig att besluta.",
        [("Styrelsen", "styrelse", POL)], [HAR, inf("besluta")],
        [st("styrelse", "Styrelsen", "none", None, "ha", "har", "kort tid på sig att besluta")]),
    rec("c1-n6", "Förvaltningen har särskilt ansvar för arkivet.",
        [("Förvaltningen", "förvaltning", FORV)], [HAR],
        [st("förvaltning", "Förvaltningen", "responsibility", "har ansvar för", "ansvara",
            "har", "arkivet")]),
    # C2: an adverb the tagger reads as an adjective or noun between `att` and the infinitive
    rec("c2-1", "Sekreteraren ansvarar för att fortlöpande föra register och informera "
        "kassören samt arkivera protokollen.",
        [("Sekreteraren", "sekreterare", TJP), ("kassören", "kassör", FTV)],
        [pres("ansvarar", "ansvara"), inf("föra"), inf("informera"), inf("arkivera")],
        [st("sekreterare", "Sekreteraren", "responsibility", "ansvarar för", "föra", "föra",
            "register"),
         st("sekreterare", "Sekreteraren", "responsibility", "ansvarar för", "informera",
            "informera", "kassören"),
         st("sekreterare", "Sekreteraren", "responsibility", "ansvarar för", "arkivera",
            "arkivera", "protokollen")]),
    rec("c2-2", "Kommittén har till uppgift att regelbundet granska avgifterna.",
        [("Kommittén", "kommitté", POL)], [HAR, inf("granska")],
        [st("kommitté", "Kommittén", "obligation", "har till uppgift att", "granska",
            "granska", "avgifterna")]),
    rec("c2-3", "Kassören ansvarar för att löpande bokföra föreningens intäkter.",
        [("Kassören", "kassör", FTV), ("föreningens", "förening", ORG)],
        [pres("ansvarar", "ansvara"), inf("bokföra")],
        [st("kassör", "Kassören", "responsibility", "ansvarar för", "bokföra", "bokföra",
            "föreningens intäkter")]),
    # negative: the participle is the att-clause subject's attribute, no infinitive follows
    rec("c2-n", "Kansliet ansvarar för att löpande ärenden diarieförs.",
        [("Kansliet", "kansli", FORV)],
        [pres("ansvarar", "ansvara"), pres("diarieförs", "diarieföra", "pass")],
        [st("kansli", "Kansliet", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för att löpande ärenden diarieförs")]),
    # C3: an inverted subject series whose first subject has a role phrase with `och`
    rec("c3-1", "Vid mötet deltar rektor som ordförande och föredragande, kanslichef, samt "
        "kassör.",
        [("rektor", "rektor", TJP), ("kanslichef", "kanslichef", TJP),
         ("kassör", "kassör", FTV)],
        [pres("deltar", "delta")],
        [st("rektor", "rektor", "none", None, "delta", "deltar", None,
            condition="Vid mötet"),
         st("kanslichef", "kanslichef", "none", None, "delta", "deltar", None,
            condition="Vid mötet"),
         st("kassör", "kassör", "none", None, "delta", "deltar", None,
            condition="Vid mötet")]),
    rec("c3-2", "I arbetet deltar förvaltningschefen som sekreterare och "
        "föredragande, ekonomichefen och en ledamot från utskottet.",
        [("förvaltningschefen", "förvaltningschef", TJP), ("ekonomichefen", "ekonomichef", TJP),
         ("ledamot", "ledamot", FTV), ("utskottet", "utskott", POL)],
        [pres("deltar", "delta")],
        [st("förvaltningschef", "förvaltningschefen", "none", None, "delta", "deltar", None,
            condition="I arbetet"),
         st("ekonomichef", "ekonomichefen", "none", None, "delta", "deltar", None,
            condition="I arbetet"),
         st("ledamot", "ledamot", "none", None, "delta", "deltar", None,
            condition="I arbetet")]),
    # negative: one role list with no coordinator before its first comma
    rec("c3-n", "Vid mötet deltar skolchefen som sekreterare, föredragande eller "
        "protokollförare.",
        [("skolchefen", "skolchef", TJP)], [pres("deltar", "delta")],
        [st("skolchef", "skolchefen", "none", None, "delta", "deltar",
            "som sekreterare, föredragande eller protokollförare", condition="Vid mötet")]),
    # C7: the definite grant noun after the passive `ges`
    rec("c7-1", "Vid sammanträdena ges nämnden möjligheten att höra revisorn utan "
        "förvaltningschefen.",
        [("nämnden", "nämnd", POL), ("revisorn", "revisor", FTV),
         ("förvaltningschefen", "förvaltningschef", TJP)],
        [pres("ges", "ge", "pass"), inf("höra")],
        [st("nämnd", "nämnden", "permission", "ges möjligheten att", "höra", "höra",
            "revisorn utan förvaltningschefen", condition="Vid sammanträdena")]),
    rec("c7-2", "Ledamöterna ges rätten att reservera sig.",
        [("Ledamöterna", "ledamot", FTV)], [pres("ges", "ge", "pass"), inf("reservera")],
        [st("ledamot", "Ledamöterna", "permission", "ges rätten att", "reservera",
            "reservera", "sig")]),
    rec("c7-3", "Revisorerna gavs befogenheten att granska räkenskaperna.",
        [("Revisorerna", "revisor", FTV)],
        [("gavs", "ge", "past", "pass"), inf("granska")],
        [st("revisor", "Revisorerna", "permission", "gavs befogenheten att", "granska",
            "granska", "räkenskaperna")]),
    # negative: the grant noun without `att` (the main verb `ge`, passive)
    rec("c7-n", "Styrelsen ges möjligheten till insyn i bolaget.",
        [("Styrelsen", "styrelse", POL), ("bolaget", "bolag", ORG)],
        [pres("ges", "ge", "pass")],
        [st("styrelse", "Styrelsen", "none", None, "ge", "ges",
            "möjligheten till insyn i bolaget", passive=True)]),
    # C11: a weak preterite in second place tagged as a participle
    rec("c11-1", "Detta förbund ändrade år 2001 sitt ändamål.",
        [("förbund", "förbund", ORG)], [pret("ändrade", "ändra")],
        [st("förbund", "förbund", "none", None, "ändra", "ändrade", "år 2001 sitt ändamål")]),
    rec("c11-2", "Nämnden inrättade år 2012 ett arbetsutskott.",
        [("Nämnden", "nämnd", POL), ("arbetsutskott", "arbetsutskott", POL)],
        [pret("inrättade", "inrätta")],
        [st("nämnd", "Nämnden", "none", None, "inrätta", "inrättade",
            "år 2012 ett arbetsutskott")]),
    # negatives: the participle of a subject after `De` or a genitive
    rec("c11-n1", "De ändrade stadgarna gäller från 2020.", [], [pres("gäller", "gälla")], []),
    rec("c11-n2", "Nämndens ändrade riktlinjer gäller från maj.",
        [("Nämndens", "nämnd", POL)], [pres("gäller", "gälla")], []),
    # C8: `, vilka` + a cue on an actor antecedent
    rec("c8-1", "Nämnden består av sju ledamöter, vilka ska väljas av fullmäktige.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV),
         ("fullmäktige", "fullmäktige", POL)],
        [pres("består", "bestå"), SKA, inf_pass("väljas", "välja")],
        [st("nämnd", "Nämnden", "none", None, "bestå", "består", "av sju ledamöter"),
         st("fullmäktige", "fullmäktige", "obligation", "ska", "välja", "väljas", None,
            passive=True)]),
    rec("c8-2", "Rådet har tre ledamöter valda för ett år, vilka helst ska utses bland "
        "medlemmarna.",
        [("Rådet", "råd", POL), ("ledamöter", "ledamot", FTV), ("medlemmarna", "medlem", OVR)],
        [HAR, SKA, inf_pass("utses", "utse")],
        [st("råd", "Rådet", "none", None, "ha", "har", "tre ledamöter valda för ett år"),
         st("ledamot", "ledamöter", "obligation", "ska", "utse", "utses", "bland medlemmarna",
            passive=True)]),
    # negatives: an indirect question; `vilket` on the clause
    rec("c8-n1", "Styrelsen avgör vilka ärenden som ska behandlas.",
        [("Styrelsen", "styrelse", POL)],
        [pres("avgör", "avgöra"), SKA, inf_pass("behandlas", "behandla")],
        [st("styrelse", "Styrelsen", "none", None, "avgöra", "avgör",
            "vilka ärenden som ska behandlas")]),
    rec("c8-n2", "Kassören redovisar till styrelsen, vilket ska ske kvartalsvis.",
        [("Kassören", "kassör", FTV), ("styrelsen", "styrelse", POL)],
        [pres("redovisar", "redovisa"), SKA, inf("ske")],
        [st("kassör", "Kassören", "none", None, "redovisa", "redovisar", "till styrelsen")]),
    # C9: a definition by `avses` after a fronted `När`-clause
    rec("c9-1", "När förvaltningschef anges i en punkt avses även cheferna för de avdelningar "
        "som lyder under direktören.",
        [("cheferna", "chef", TJP), ("avdelningar", "avdelning", FORV),
         ("direktören", "direktör", TJP)],
        [pres("anges", "ange", "pass"), pres("avses", "avse", "pass"),
         pres("lyder", "lyda")],
        []),
    # negative: `avses` + an infinitive (is intended) keeps main's reading
    rec("c9-n", "Revisorn avses delta i mötet.",
        [("Revisorn", "revisor", FTV)], [pres("avses", "avse", "pass"), inf("delta")],
        [st("revisor", "Revisorn", "none", None, "avse", "avses", "delta i mötet",
            passive=True)]),
    # C12: `dels … och dels` infinitives
    rec("c12-1", "Stiftelsen har som ändamål att med stipendier i viss mån dels stödja vård av "
        "sjuka och gamla och dels stödja utbildning av unga vårdare.",
        [("Stiftelsen", "stiftelse", ORG)],
        [HAR, inf("stödja"), inf("stödja", nth=1)],
        [st("stiftelse", "Stiftelsen", "obligation", "har som ändamål att", "stödja", "stödja",
            "vård av sjuka och gamla"),
         st("stiftelse", "Stiftelsen", "obligation", "har som ändamål att", "stödja", "stödja",
            "utbildning av unga vårdare")]),
    # negative: `dels … dels` with nouns
    rec("c12-n", "Nämnden består dels av ledamöter, dels av ersättare.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV),
         ("ersättare", "ersättare", FTV)],
        [pres("består", "bestå")],
        [st("nämnd", "Nämnden", "none", None, "bestå", "består",
            "dels av ledamöter, dels av ersättare")]),
]

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / f"{D}.jsonl", RECORDS)
