"""Builds corpus/dev/w47-f.jsonl and corpus/dev/w47-f-fritid.txt: invented material for round
47, writer F (analysis 46-all families 9 and 13; gold by hand from docs/annotation.md §2.2,
§5.1, §5.3, §5.4 before the rules). Family 9, nominal duty frames: a lead-in whose cue takes
an infinitive but breaks off before it, past an adverbial after its ``att`` (``Det ankommer på
nämnden att inom sitt verksamhetsområde``, ``har till uppgift att under lovperioderna``,
``Det åligger X att i sitt arbete``, ``har rätt att i brådskande fall``) or with no ``att``
at all (``Det ankommer vidare på nämnden`` ⏎ ``– att …``): the items carry the statements,
the lead-in none (§5.1); the infinitive ``samordna``/``anordna`` that the tagger reads as a
participle after ``att``; the responsibility adjective with its prepositional phrase or
itself fronted (``För X är Y ansvarig``, ``Ytterst ansvarig för X är Y``). Negatives: an
expletive cue whose ``att``-clause has a subject of its own keeps the cue verb as its aim
(§5.4), a complete cue past an adverbial after ``att`` keeps its infinitive, and a fronted
``för``-phrase before a copula and an adjective that is no cue gives nothing.
Offsets computed. Run: python corpus/make_w47_f.py corpus/dev"""

import sys

from records import FORV, FTV, ORG, POL, TJP, inf, pres, records_for, write_part
from records import statement as st

D = "w47-f-fritid"
rec = records_for(D, conditions_from_statements=True, check_texts=True)
item = records_for(D)

TEXT = """Reglemente för fritidsnämnden i Ekby kommun

§ 1 Det ankommer på nämnden att inom sitt verksamhetsområde
– främja motionsidrotten,
– samordna kommunens idrottsanläggningar.

§ 2 Det ankommer vidare på nämnden
– att förvalta idrottshallarna,
– att upplåta lokaler till föreningar.

§ 3 Nämnden har till uppgift att under lovperioderna
– anordna lovaktiviteter,
– stödja ungdomsverksamheten.

§ 4 Det åligger förvaltningschefen att i sitt arbete
– teckna hyresavtal,
– bevaka nämndens fordringar.

§ 5 Det ankommer på förvaltningschefen att föreningsregistret hålls aktuellt.

§ 6 Kansliet har till uppgift att samordna lokalbokningar.

§ 7 Det ankommer på kassören att anordna inventeringar av materialet.

§ 8 För lokalbokningen är kanslichefen ansvarig.

§ 9 Ytterst ansvarig för arkivet är förvaltningschefen.

§ 10 För föreningarna är bidraget viktigt.

§ 11 Nämnden har rätt att i brådskande fall
– stänga anläggningar,
– ställa in evenemang.

§ 12 Det ankommer på kassören att i samråd med revisorerna upprätta bokslutet.
"""

NAMND = ("nämnden", "nämnd", POL)
FC = ("förvaltningschefen", "förvaltningschef", TJP)
KOMMUN = ("kommunens", "ekby kommun", ORG)
ANK = ("ankommer", "ankomma", "pres", "act")
ALIGGER = ("åligger", "åligga", "pres", "act")
HAR = ("har", "ha", "pres", "act")
AR = ("är", "vara", "pres", "act")


def OB(actor, text, modal, aim, aim_text, obj=None, **kw):  # noqa: N802
    return st(actor, text, "obligation", modal, aim, aim_text, obj, **kw)


def items(cid, rows):
    """List items ``cid.a``, ``cid.b`` …: (text, actors, verbs, statements)."""
    return [
        item(f"{cid}.{letter}", text, actors, verbs, statements, kind="list_item", parent=cid,
             label="–")
        for letter, (text, actors, verbs, statements) in zip("abcdefgh", rows, strict=False)
    ]


RECORDS = [
    rec("title", "Reglemente för fritidsnämnden i Ekby kommun",
        [("fritidsnämnden", "fritidsnämnd", POL), ("Ekby kommun", "ekby kommun", ORG)],
        kind="heading"),
    # a lead-in broken off past an adverbial after the expletive cue's att: items only
    rec("§1", "Det ankommer på nämnden att inom sitt verksamhetsområde", [NAMND], [ANK],
        label="§ 1"),
    *items("§1", [
        ("främja motionsidrotten,", [], [inf("främja")],
         [OB("nämnd", "nämnden", "ankommer på", "främja", "främja", "motionsidrotten")]),
        ("samordna kommunens idrottsanläggningar.", [KOMMUN], [inf("samordna")],
         [OB("nämnd", "nämnden", "ankommer på", "samordna", "samordna",
             "kommunens idrottsanläggningar")]),
    ]),
    # an expletive cue without its att: the items open with it
    rec("§2", "Det ankommer vidare på nämnden", [NAMND], [ANK], label="§ 2"),
    *items("§2", [
        ("att förvalta idrottshallarna,", [], [inf("förvalta")],
         [OB("nämnd", "nämnden", "ankommer på", "förvalta", "förvalta", "idrottshallarna")]),
        ("att upplåta lokaler till föreningar.", [("föreningar", "förening", ORG)],
         [inf("upplåta")],
         [OB("nämnd", "nämnden", "ankommer på", "upplåta", "upplåta",
             "lokaler till föreningar")]),
    ]),
    # a purpose cue broken off past a time adverbial
    rec("§3", "Nämnden har till uppgift att under lovperioderna", [("Nämnden", "nämnd", POL)],
        [HAR], label="§ 3"),
    *items("§3", [
        ("anordna lovaktiviteter,", [], [inf("anordna")],
         [OB("nämnd", "Nämnden", "har till uppgift att", "anordna", "anordna",
             "lovaktiviteter")]),
        ("stödja ungdomsverksamheten.", [], [inf("stödja")],
         [OB("nämnd", "Nämnden", "har till uppgift att", "stödja", "stödja",
             "ungdomsverksamheten")]),
    ]),
    rec("§4", "Det åligger förvaltningschefen att i sitt arbete", [FC], [ALIGGER], label="§ 4"),
    *items("§4", [
        ("teckna hyresavtal,", [], [inf("teckna")],
         [OB("förvaltningschef", "förvaltningschefen", "åligger", "teckna", "teckna",
             "hyresavtal")]),
        ("bevaka nämndens fordringar.", [("nämndens", "nämnd", POL)], [inf("bevaka")],
         [OB("förvaltningschef", "förvaltningschefen", "åligger", "bevaka", "bevaka",
             "nämndens fordringar")]),
    ]),
    # negative: an att-clause with its own subject keeps the cue verb (§5.4)
    rec("§5", "Det ankommer på förvaltningschefen att föreningsregistret hålls aktuellt.", [FC],
        [ANK, pres("hålls", "hålla", "pass")],
        [OB("förvaltningschef", "förvaltningschefen", "ankommer på", "ankomma", "ankommer",
            "att föreningsregistret hålls aktuellt")], label="§ 5"),
    # the infinitive read as a participle after att
    rec("§6", "Kansliet har till uppgift att samordna lokalbokningar.",
        [("Kansliet", "kansli", FORV)], [HAR, inf("samordna")],
        [OB("kansli", "Kansliet", "har till uppgift att", "samordna", "samordna",
            "lokalbokningar")], label="§ 6"),
    rec("§7", "Det ankommer på kassören att anordna inventeringar av materialet.",
        [("kassören", "kassör", FTV)], [ANK, inf("anordna")],
        [OB("kassör", "kassören", "ankommer på", "anordna", "anordna",
            "inventeringar av materialet")], label="§ 7"),
    # the responsibility adjective's phrase fronted, and the predicative itself fronted
    rec("§8", "För lokalbokningen är kanslichefen ansvarig.",
        [("kanslichefen", "kanslichef", TJP)], [AR],
        [st("kanslichef", "kanslichefen", "responsibility", "är kanslichefen ansvarig",
            "ansvara", "är", "För lokalbokningen")], label="§ 8"),
    rec("§9", "Ytterst ansvarig för arkivet är förvaltningschefen.", [FC], [AR],
        [st("förvaltningschef", "förvaltningschefen", "responsibility", "ansvarig för",
            "ansvara", "är", "för arkivet")], label="§ 9"),
    # negative: a fronted för-phrase, a copula and an adjective that is no cue
    rec("§10", "För föreningarna är bidraget viktigt.", [("föreningarna", "förening", ORG)],
        [AR], label="§ 10"),
    rec("§11", "Nämnden har rätt att i brådskande fall", [("Nämnden", "nämnd", POL)], [HAR],
        label="§ 11"),
    *items("§11", [
        ("stänga anläggningar,", [], [inf("stänga")],
         [st("nämnd", "Nämnden", "permission", "har rätt att", "stänga", "stänga",
             "anläggningar")]),
        ("ställa in evenemang.", [], [inf("ställa")],
         [st("nämnd", "Nämnden", "permission", "har rätt att", "ställa", "ställa",
             "evenemang")]),
    ]),
    # negative: a complete cue past an adverbial phrase after att keeps its infinitive
    rec("§12", "Det ankommer på kassören att i samråd med revisorerna upprätta bokslutet.",
        [("kassören", "kassör", FTV), ("revisorerna", "revisor", FTV)],
        [ANK, inf("upprätta")],
        [OB("kassör", "kassören", "ankommer på", "upprätta", "upprätta", "bokslutet")],
        label="§ 12"),
]


def check_document(text, records):
    """Every clause text stands in the document, and every statement's actor_text and
    aim_text in its record or (for a list item) in its lead-in."""
    by_id = {record["meta"]["clause_id"]: record for record in records}
    for record in records:
        cid = record["meta"]["clause_id"]
        assert record["text"] in text, cid
        parent = by_id.get(record["meta"]["parent_id"] or "", {"text": ""})
        scope = record["text"] + " " + parent["text"]
        for row in record["statements"]:
            assert row["actor_text"] in scope and row["aim_text"] in scope, (cid, row)


if __name__ == "__main__":
    check_document(TEXT, RECORDS)
    write_part(sys.argv[1], "w47-f", {D: (TEXT, RECORDS)})
