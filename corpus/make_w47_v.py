"""Builds corpus/dev/w47-v.jsonl: invented sentences for round 47, writer V (analysis 46-all,
family 5: aims that are not verbs; gold by hand from docs/annotation.md before the rules,
offsets computed). v1: a cue's ``att``-clause whose own subject opens with a noun's definite
plural the tagger reads as an infinitive (``att handlingarna gallras``): the cue's verb is
the aim (§5.4: ``ansvara``, ``se``), the plural no verb. v2: the same with a strong
participle in -na before the subject noun (``att inkomna synpunkter besvaras``); v3: an
adjective there (``att akuta ärenden prioriteras``). Negatives:
a base form in -na right after ``att`` is the aim (``att ordna``, ``att teckna``, ``att
lämna``); an adverbial prepositional phrase with an adjective between ``att`` and the
infinitive (``att vid bränder eller andra svåra olyckor leda``), a base form the tagger
reads as an adjective before its object (``upprätta [ADJ] en rapport``); an adverb before a modal's
infinitive (``ska noggrant följa``). The document `w47-v-bygg`: items under a bare modal
lead-in opening with an adverb the tagger calls an adjective (``– noga följa``, ``–
löpande informera``): the infinitive is the aim; an item under ``ska se till att`` opening
with a participle before its subject noun (``– antagna beslut verkställs``): the lead-in's
``se`` (§5.1), no VERB for the participle; negatives an item's base form (``– anta en
plan``) and a neuter adverb (``– öppet redovisa``).
Run: python corpus/make_w47_v.py corpus/dev"""

import sys

from records import FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

D = "w47-v"
rec = records_for(D, conditions_from_statements=True, check_texts=True)
HAR = ("har", "ha", "pres", "act")
SE_TILL = "ska se till att"

RECORDS = [
    # v1: a definite plural opens the att-clause's subject; the cue's verb is the aim
    rec("v1-1", "Arkivarien ansvarar för att handlingarna gallras varje år.",
        [("Arkivarien", "arkivarie", TJP)],
        [pres("ansvarar", "ansvara"), pres("gallras", "gallra", "pass")],
        [st("arkivarie", "Arkivarien", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att handlingarna gallras varje år")]),
    rec("v1-2", "Ordföranden ska se till att mötena protokollförs.",
        [("Ordföranden", "ordförande", FTV)],
        [SKA, inf("se"), pres("protokollförs", "protokollföra", "pass")],
        [st("ordförande", "Ordföranden", "obligation", SE_TILL, "se", "se",
            "att mötena protokollförs")]),
    rec("v1-3", "Sekreteraren ansvarar för att frågorna besvaras skyndsamt.",
        [("Sekreteraren", "sekreterare", TJP)],
        [pres("ansvarar", "ansvara"), pres("besvaras", "besvara", "pass")],
        [st("sekreterare", "Sekreteraren", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "att frågorna besvaras skyndsamt")]),
    rec("v1-4", "Kanslichefen ska se till att räkenskaperna hålls ordnade.",
        [("Kanslichefen", "kanslichef", TJP)],
        [SKA, inf("se"), pres("hålls", "hålla", "pass")],
        [st("kanslichef", "Kanslichefen", "obligation", SE_TILL, "se", "se",
            "att räkenskaperna hålls ordnade")]),
    # v2: a strong participle in -na before the att-clause's subject noun
    rec("v2-1", "Förvaltningschefen ska se till att inkomna synpunkter besvaras.",
        [("Förvaltningschefen", "förvaltningschef", TJP)],
        [SKA, inf("se"), pres("besvaras", "besvara", "pass")],
        [st("förvaltningschef", "Förvaltningschefen", "obligation", SE_TILL, "se", "se",
            "att inkomna synpunkter besvaras")]),
    rec("v2-2", "Kassören ansvarar för att erhållna bidrag redovisas.",
        [("Kassören", "kassör", FTV)],
        [pres("ansvarar", "ansvara"), pres("redovisas", "redovisa", "pass")],
        [st("kassör", "Kassören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att erhållna bidrag redovisas")]),
    rec("v2-3", "Rektorn ska se till att fastslagna rutiner tillämpas på alla skolor.",
        [("Rektorn", "rektor", TJP)],
        [SKA, inf("se"), pres("tillämpas", "tillämpa", "pass")],
        [st("rektor", "Rektorn", "obligation", SE_TILL, "se", "se",
            "att fastslagna rutiner tillämpas på alla skolor")]),
    # v3: an adjective before the att-clause's subject noun
    rec("v3-1", "Socialchefen ska se till att akuta ärenden prioriteras.",
        [("Socialchefen", "socialchef", TJP)],
        [SKA, inf("se"), pres("prioriteras", "prioritera", "pass")],
        [st("socialchef", "Socialchefen", "obligation", SE_TILL, "se", "se",
            "att akuta ärenden prioriteras")]),
    rec("v3-2", "Ekonomen ansvarar för att oförutsedda kostnader rapporteras.",
        [("Ekonomen", "ekonom", TJP)],
        [pres("ansvarar", "ansvara"), pres("rapporteras", "rapportera", "pass")],
        [st("ekonom", "Ekonomen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att oförutsedda kostnader rapporteras")]),
    # negatives: a base form in -na after `att` stays the aim
    rec("n-1", "Sekreteraren har rätt att ordna arkivet.",
        [("Sekreteraren", "sekreterare", TJP)],
        [HAR, inf("ordna")],
        [st("sekreterare", "Sekreteraren", "permission", "har rätt att", "ordna", "ordna",
            "arkivet")]),
    rec("n-2", "Kassören har befogenhet att teckna avtal om hyra.",
        [("Kassören", "kassör", FTV)],
        [HAR, inf("teckna")],
        [st("kassör", "Kassören", "permission", "har befogenhet att", "teckna", "teckna",
            "avtal om hyra")]),
    rec("n-3", "Utskottet ansvarar för att lämna förslag till budget.",
        [("Utskottet", "utskott", POL)],
        [pres("ansvarar", "ansvara"), inf("lämna")],
        [st("utskott", "Utskottet", "responsibility", "ansvarar för", "lämna", "lämna",
            "förslag till budget")]),
    # negatives: an adverbial phrase or an adverb before the infinitive
    rec("n-4", "Räddningschefen har befogenhet att vid bränder eller andra svåra olyckor "
        "leda insatserna.",
        [("Räddningschefen", "räddningschef", TJP)],
        [HAR, inf("leda")],
        [st("räddningschef", "Räddningschefen", "permission", "har befogenhet att", "leda",
            "leda", "insatserna")]),
    rec("n-5", "Kommittén har rätt att under pågående utredningar begära in handlingar.",
        [("Kommittén", "kommitté", POL)],
        [HAR, inf("begära")],
        [st("kommitté", "Kommittén", "permission", "har rätt att", "begära", "begära",
            "in handlingar")]),
    rec("n-7", "Kassören har befogenhet att efter varje kvartal upprätta en rapport.",
        [("Kassören", "kassör", FTV)],
        [HAR, inf("upprätta")],
        [st("kassör", "Kassören", "permission", "har befogenhet att", "upprätta", "upprätta",
            "en rapport")]),
    rec("n-6", "Styrelsen ska noggrant följa ekonomin.",
        [("Styrelsen", "styrelse", POL)],
        [SKA, inf("följa")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "följa", "följa", "ekonomin")]),
]

DOC = "w47-v-bygg"
drec = records_for(DOC, check_texts=True)
item = records_for(DOC)

TEXT = """Reglemente för byggnadsnämnden i Norrvik kommun

§ 1 Byggnadsnämnden ska
– noga följa byggandet i området,
– löpande informera kommunstyrelsen,
– årligen pröva taxorna.

§ 2 Ordföranden ska se till att
– antagna beslut verkställs,
– alla handlingar arkiveras.

§ 3 Nämnden ska
– anta en plan för tillsynen,
– öppet redovisa sina beslut.
"""

BN = "byggnadsnämnd"
CHAIR = "byggnadsnämndens ordförande"


def items(cid, rows):
    """List items ``cid.a``, ``cid.b`` …: (text, actors, verbs, statements)."""
    return [
        item(f"{cid}.{letter}", text, actors, verbs, statements, kind="list_item", parent=cid,
             label="–")
        for letter, (text, actors, verbs, statements) in zip("abcdefgh", rows, strict=False)
    ]


def bn(text, aim, obj):
    return st(BN, text, "obligation", "ska", aim, aim, obj)


def chair(obj):
    return st(CHAIR, "Ordföranden", "obligation", SE_TILL, "se", "se", obj)


DOCUMENT = [
    drec("title", "Reglemente för byggnadsnämnden i Norrvik kommun",
         [("byggnadsnämnden", BN, POL), ("Norrvik kommun", "norrvik kommun", ORG)],
         kind="heading"),
    drec("§1", "Byggnadsnämnden ska", [("Byggnadsnämnden", BN, POL)], [SKA], label="§ 1"),
    *items("§1", [
        ("noga följa byggandet i området,", [], [inf("följa")],
         [bn("Byggnadsnämnden", "följa", "byggandet i området")]),
        ("löpande informera kommunstyrelsen,", [("kommunstyrelsen", "kommunstyrelse", POL)],
         [inf("informera")], [bn("Byggnadsnämnden", "informera", "kommunstyrelsen")]),
        ("årligen pröva taxorna.", [], [inf("pröva")],
         [bn("Byggnadsnämnden", "pröva", "taxorna")]),
    ]),
    drec("§2", "Ordföranden ska se till att", [("Ordföranden", CHAIR, FTV)], [SKA, inf("se")],
         label="§ 2"),
    *items("§2", [
        ("antagna beslut verkställs,", [], [pres("verkställs", "verkställa", "pass")],
         [chair("antagna beslut verkställs")]),
        ("alla handlingar arkiveras.", [], [pres("arkiveras", "arkivera", "pass")],
         [chair("alla handlingar arkiveras")]),
    ]),
    drec("§3", "Nämnden ska", [("Nämnden", "nämnd", POL)], [SKA], label="§ 3"),
    *items("§3", [
        ("anta en plan för tillsynen,", [], [inf("anta")],
         [st("nämnd", "Nämnden", "obligation", "ska", "anta", "anta", "en plan för tillsynen")]),
        ("öppet redovisa sina beslut.", [], [inf("redovisa")],
         [st("nämnd", "Nämnden", "obligation", "ska", "redovisa", "redovisa", "sina beslut")]),
    ]),
]

if __name__ == "__main__":
    write_part(sys.argv[1], D, {DOC: (TEXT, DOCUMENT)}, before=RECORDS)
