"""Builds corpus/dev/w51-g.jsonl: invented sentences for round 51, writer w51g (the agents
of passives: analysis 51-ax C4 and C3, 51-bq C and D, ruling k1). ax-C4: `av X eller annan
[adj …] N`: N is a second agent (ruling a3: a capitalised phrase there is an actor's name).
ax-C3: after a passive, gapped `A av B, C av D, E av F` pairs: each `av`-NP an agent, the
pair's first NP its object. bq-C: `av X samt|eller av den eller de N …`: both agents. bq-D:
a passive conjunct after a `när`/`om`-clause returns to the modal chain. k1: `V1-s av A och
V2-s <PP>`: the second passive shares A when it has no agent of its own and names a
partner or recipient actor. Negatives: `på annat sätt`, one pair and a relative, `den eller
dem som` with no noun, a second passive with its own agent, one naming no actor (round 30
B1: `betalas i förskott`, added after the rule), an active conjunct. Each sentence its own document. Gold by hand from
docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w51_g.py corpus/dev"""

import sys
from pathlib import Path

from records import (
    EXT,
    FORV,
    FTV,
    OVR,
    POL,
    SKA,
    TJP,
    FAR,
    inf,
    pres,
    records_for,
    write_jsonl,
)
from records import statement as st

OB, PE, NONE = "obligation", "permission", "none"


def rec(doc, text, actors, verbs, statements=(), *args, **kwargs):
    explicit = all(row[1] is not None for row in statements)  # an implicit actor: no text
    return records_for(f"w51-g-{doc}", check_texts=explicit)(
        "1", text, actors, verbs, statements, *args, **kwargs)


def ps(agent, agent_text, lemma, verb, obj, *, deontic=NONE, modal=None, condition=None):
    return st(agent, agent_text, deontic, modal, lemma, verb, obj, passive=True,
              condition=condition)


RECORDS = [
    # ax-C4: `av X eller annan [adj …] N`
    rec("c4-1", "Handlingarna undertecknas av ordföranden eller annan särskilt utsedd ledamot.",
        [("ordföranden", "ordförande", FTV), ("ledamot", "ledamot", FTV)],
        [pres("undertecknas", "underteckna", "pass")],
        [ps("ordförande", "ordföranden", "underteckna", "undertecknas", "Handlingarna"),
         ps("ledamot", "ledamot", "underteckna", "undertecknas", "Handlingarna")]),
    rec("c4-2", "Räkenskaperna granskas av en revisor eller annan kvalificerad och oberoende "
        "granskare.",
        [("revisor", "revisor", FTV), ("granskare", "granskare", FTV)],
        [pres("granskas", "granska", "pass")],
        [ps("revisor", "revisor", "granska", "granskas", "Räkenskaperna"),
         ps("granskare", "granskare", "granska", "granskas", "Räkenskaperna")]),
    rec("c4-3", "Stiftelsens kapital ska placeras av Norrviks kapitalrådgivning eller annan "
        "likvärdig auktoriserad förvaltare.",
        [("Stiftelsens", "stiftelse", "organisation"),
         ("Norrviks kapitalrådgivning", "norrviks kapitalrådgivning", EXT),
         ("förvaltare", "förvaltare", OVR)],
        [SKA, inf("placeras", "placera", "pass")],
        [ps("norrviks kapitalrådgivning", "Norrviks kapitalrådgivning", "placera", "placeras",
            "Stiftelsens kapital", deontic=OB, modal="ska"),
         ps("förvaltare", "förvaltare", "placera", "placeras", "Stiftelsens kapital",
            deontic=OB, modal="ska")]),
    rec("c4-4", "Kassan inventeras av kassören eller av annan därtill utsedd tjänsteman.",
        [("kassören", "kassör", FTV), ("tjänsteman", "tjänsteman", TJP)],
        [pres("inventeras", "inventera", "pass")],
        [ps("kassör", "kassören", "inventera", "inventeras", "Kassan"),
         ps("tjänsteman", "tjänsteman", "inventera", "inventeras", "Kassan")]),
    # ax-C4 negative: `annat` + a thing noun
    rec("c4-n1", "Tvisten avgörs av nämnden eller på annat lämpligt sätt.",
        [("nämnden", "nämnd", POL)], [pres("avgörs", "avgöra", "pass")],
        [ps("nämnd", "nämnden", "avgöra", "avgörs", "Tvisten")]),
    # ax-C3: gapped pairs after a passive
    rec("c3-1", "Vid förhinder ersätts ordföranden av vice ordföranden, sekreteraren av kassören "
        "och kassören av en suppleant.",
        [("ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV),
         ("sekreteraren", "sekreterare", TJP), ("kassören", "kassör", FTV, 0),
         ("kassören", "kassör", FTV, 1), ("suppleant", "suppleant", FTV)],
        [pres("ersätts", "ersätta", "pass")],
        [ps("vice ordförande", "vice ordföranden", "ersätta", "ersätts", "ordföranden",
            condition="Vid förhinder"),
         ps("kassör", "kassören", "ersätta", "ersätts", "sekreteraren",
            condition="Vid förhinder"),
         ps("suppleant", "suppleant", "ersätta", "ersätts", "kassören",
            condition="Vid förhinder")],
        ["Vid förhinder"]),
    rec("c3-2", "Protokollet justeras av ordföranden, bilagorna av sekreteraren samt "
        "kassarapporten av revisorn.",
        [("ordföranden", "ordförande", FTV), ("sekreteraren", "sekreterare", TJP),
         ("revisorn", "revisor", FTV)],
        [pres("justeras", "justera", "pass")],
        [ps("ordförande", "ordföranden", "justera", "justeras", "Protokollet"),
         ps("sekreterare", "sekreteraren", "justera", "justeras", "bilagorna"),
         ps("revisor", "revisorn", "justera", "justeras", "kassarapporten")]),
    rec("c3-3", "För varje period utses ordföranden av stämman, vice ordföranden av styrelsen "
        "och sekreteraren av kansliet.",
        [("ordföranden", "ordförande", FTV), ("stämman", "stämma", POL),
         ("vice ordföranden", "vice ordförande", FTV), ("styrelsen", "styrelse", POL),
         ("sekreteraren", "sekreterare", TJP), ("kansliet", "kansli", FORV)],
        [pres("utses", "utse", "pass")],
        [ps("stämma", "stämman", "utse", "utses", "ordföranden"),
         ps("styrelse", "styrelsen", "utse", "utses", "vice ordföranden"),
         ps("kansli", "kansliet", "utse", "utses", "sekreteraren")]),
    rec("c3-4", "Vid förfall för ledamöterna ersättas de, ordföranden av vice ordföranden, "
        "kassören av sekreteraren samt de övriga ledamöterna av särskilt utsedda suppleanter.",
        [("ledamöterna", "ledamot", FTV, 0), ("ordföranden", "ordförande", FTV),
         ("vice ordföranden", "vice ordförande", FTV), ("kassören", "kassör", FTV),
         ("sekreteraren", "sekreterare", TJP), ("ledamöterna", "ledamot", FTV, 1),
         ("suppleanter", "suppleant", FTV)],
        [pres("ersättas", "ersätta", "pass")],
        [ps("vice ordförande", "vice ordföranden", "ersätta", "ersättas", "ordföranden",
            condition="Vid förfall för ledamöterna"),
         ps("sekreterare", "sekreteraren", "ersätta", "ersättas", "kassören",
            condition="Vid förfall för ledamöterna"),
         ps("suppleant", "suppleanter", "ersätta", "ersättas", "de övriga ledamöterna",
            condition="Vid förfall för ledamöterna")],
        ["Vid förfall för ledamöterna"]),
    # ax-C3 negative: one pair, then a relative
    rec("c3-n1", "Ordföranden ersätts av vice ordföranden, som då har samma befogenheter.",
        [("Ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV)],
        [pres("ersätts", "ersätta", "pass"), pres("har", "ha")],
        [ps("vice ordförande", "vice ordföranden", "ersätta", "ersätts", "Ordföranden")]),
    # bq-C: `av X samt|eller av den eller de N …`
    rec("c-1", "Avtal ingås av direktören eller av den eller de tjänstemän som direktören utser.",
        [("direktören", "direktör", TJP, 0), ("tjänstemän", "tjänsteman", TJP),
         ("direktören", "direktör", TJP, 1)],
        [pres("ingås", "ingå", "pass"), pres("utser", "utse")],
        [ps("direktör", "direktören", "ingå", "ingås", "Avtal"),
         ps("tjänsteman", "tjänstemän", "ingå", "ingås", "Avtal")]),
    rec("c-2", "Handlingarna undertecknas av ordföranden samt av den eller de ledamöter "
        "styrelsen därtill bemyndigar.",
        [("ordföranden", "ordförande", FTV), ("ledamöter", "ledamot", FTV),
         ("styrelsen", "styrelse", POL)],
        [pres("undertecknas", "underteckna", "pass"), pres("bemyndigar", "bemyndiga")],
        [ps("ordförande", "ordföranden", "underteckna", "undertecknas", "Handlingarna"),
         ps("ledamot", "ledamöter", "underteckna", "undertecknas", "Handlingarna")]),
    # bq-C negative: no noun after `den eller dem`
    rec("c-n1", "Firman tecknas av ordföranden eller av den eller dem som styrelsen utser.",
        [("ordföranden", "ordförande", FTV), ("styrelsen", "styrelse", POL)],
        [pres("tecknas", "teckna", "pass"), pres("utser", "utse")],
        [ps("ordförande", "ordföranden", "teckna", "tecknas", "Firman")]),
    # bq-D: a passive conjunct after a `när`/`om`-clause
    rec("d-1", "Extra möte ska hållas när revisorerna begär det och kallas av styrelsen.",
        [("revisorerna", "revisor", FTV), ("styrelsen", "styrelse", POL)],
        [SKA, inf("hållas", "hålla", "pass"), pres("begär", "begära"),
         inf("kallas", "kalla", "pass")],
        [st(None, None, OB, "ska", "hålla", "hållas", "Extra möte", passive=True,
            condition="när revisorerna begär det"),
         ps("styrelse", "styrelsen", "kalla", "kallas", "Extra möte", deontic=OB,
            modal="ska")],
        ["när revisorerna begär det"]),
    rec("d-2", "Sammanträdet får skjutas upp om ordföranden har förhinder och sammankallas då "
        "av vice ordföranden.",
        [("ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV)],
        [FAR, inf("skjutas", "skjuta", "pass"), pres("har", "ha"),
         inf("sammankallas", "sammankalla", "pass")],
        [st(None, None, PE, "får", "skjuta", "skjutas", "Sammanträdet", passive=True,
            condition="om ordföranden har förhinder"),
         ps("vice ordförande", "vice ordföranden", "sammankalla", "sammankallas",
            "Sammanträdet", deontic=PE, modal="får")],
        ["om ordföranden har förhinder"]),
    # bq-D negative: an active conjunct with the subordinate clause's subject
    rec("d-n1", "Extra möte ska hållas när revisorerna begär det och anger skäl.",
        [("revisorerna", "revisor", FTV)],
        [SKA, inf("hållas", "hålla", "pass"), pres("begär", "begära"), pres("anger", "ange")],
        [st(None, None, OB, "ska", "hålla", "hållas", "Extra möte", passive=True,
            condition="när revisorerna begär det och anger skäl")],
        ["när revisorerna begär det och anger skäl"]),
    # k1: the agent after the first of two s-passives is shared by the second
    rec("k1-1", "Budgetanvisningen utarbetas av ekonomikontoret och kommuniceras med "
        "förvaltningarna.",
        [("ekonomikontoret", "ekonomikontor", FORV), ("förvaltningarna", "förvaltning", FORV)],
        [pres("utarbetas", "utarbeta", "pass"), pres("kommuniceras", "kommunicera", "pass")],
        [ps("ekonomikontor", "ekonomikontoret", "utarbeta", "utarbetas", "Budgetanvisningen"),
         ps("ekonomikontor", "ekonomikontoret", "kommunicera", "kommuniceras",
            "Budgetanvisningen")]),
    rec("k1-2", "Tidplanen upprättas av kansliet och delges nämnderna.",
        [("kansliet", "kansli", FORV), ("nämnderna", "nämnd", POL)],
        [pres("upprättas", "upprätta", "pass"), pres("delges", "delge", "pass")],
        [ps("kansli", "kansliet", "upprätta", "upprättas", "Tidplanen"),
         ps("kansli", "kansliet", "delge", "delges", "Tidplanen")]),
    # k1 negatives: the second passive has its own agent; an active second conjunct
    rec("k1-n1", "Taxan bereds av förvaltningen och fastställs av nämnden.",
        [("förvaltningen", "förvaltning", FORV), ("nämnden", "nämnd", POL)],
        [pres("bereds", "bereda", "pass"), pres("fastställs", "fastställa", "pass")],
        [ps("förvaltning", "förvaltningen", "bereda", "bereds", "Taxan"),
         ps("nämnd", "nämnden", "fastställa", "fastställs", "Taxan")]),
    rec("k1-n3", "Avgiften bestäms av nämnden och betalas i förskott.",
        [("nämnden", "nämnd", POL)],
        [pres("bestäms", "bestämma", "pass"), pres("betalas", "betala", "pass")],
        [ps("nämnd", "nämnden", "bestämma", "bestäms", "Avgiften")]),
    rec("k1-n2", "Kanslichefen anställs av styrelsen och rapporterar till ordföranden.",
        [("Kanslichefen", "kanslichef", TJP), ("styrelsen", "styrelse", POL),
         ("ordföranden", "ordförande", FTV)],
        [pres("anställs", "anställa", "pass"), pres("rapporterar", "rapportera")],
        [ps("styrelse", "styrelsen", "anställa", "anställs", "Kanslichefen"),
         st("kanslichef", "Kanslichefen", NONE, None, "rapportera", "rapporterar",
            "till ordföranden")]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w51-g.jsonl", RECORDS)
