"""Builds corpus/dev/w40-x1.jsonl: invented sentences and two short documents for round 40,
writer X1 (analysis of part ax, statement causes; gold by hand from docs/annotation.md before
the rules): 1 a naming clause whose name noun is a compound of `namn` (`företagsnamn`,
`föreningsnamn`): N is no actor, the organisation's short form refers to N, `vara` gives no
statement (§2.1); 3 `ha för avsikt att` is an intention, no cue: (X, none, ha), while `har X
att` after a fronted adverb stays the obligation cue; 4 a passive firmateckning with `förutom
av X` before the real agents, and gapped `A av B, C av D` agents: one statement per agent;
5 a subject, then a comma-bounded `varav`-relative with its own modal, then the main modal;
9 an `-ja` infinitive after adverbs that the tagger reads as a noun (`stödja`): aim `stödja`,
active; 10 a reader-addressed imperative after a hyphen dash (`- läs mer …`): no statement;
14 a subject after a V2 modal and a comma-bounded subordinate clause; 15 a `vars`-relative
with a numeric range before the main verb; 16 a passive with no agent and an actor as subject,
its `av` inside `på initiativ av` (§5.2: the subject). Negatives: `namnet` as an ordinary
object, `har till uppgift att`, a dash before a clause with its own subject, a `varav`
relative after an object, a `vars`-relative without numbers, a plain agent list.
The documents w40-x1-bolag and w40-x1-forening have their .txt sources. Offsets computed.
Run: python corpus/make_w40_x1.py corpus/dev"""

import sys

from records import (
    AR,
    FAR,
    FORV,
    FTV,
    HAR,
    KAN,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    blocks_text,
    by_document,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w40-x1")


def past(word, lemma, voice="act", nth=0):
    return (word, lemma, "past", voice, nth)


BOLAG = "älvdalens fjärrvärme ab"
KLUBB = "ekbackens båtklubb"

RECORDS = [
    # 3: `ha för avsikt att` is no cue; `har X att` after a fronted adverb is
    rec("c3-1", "Kommunen har för avsikt att bygga en ny skola och att anställa lärare.",
        [("Kommunen", "kommun", ORG), ("lärare", "lärare", TJP)],
        [HAR, inf("bygga", "bygga"), inf("anställa", "anställa")],
        [st("kommun", "Kommunen", "none", None, "ha", "har",
            "för avsikt att bygga en ny skola och att anställa lärare")]),
    rec("c3-2", "Bolaget har för avsikt att sälja fastigheten.",
        [("Bolaget", "bolag", ORG)],
        [HAR, inf("sälja", "sälja")],
        [st("bolag", "Bolaget", "none", None, "ha", "har", "för avsikt att sälja fastigheten")]),
    rec("c3-3", "Därutöver har revisorn att granska räkenskaperna.",
        [("revisorn", "revisor", FTV)],
        [HAR, inf("granska", "granska")],
        [st("revisor", "revisorn", "obligation", "har revisorn att", "granska", "granska",
            "räkenskaperna")]),
    rec("c3-4", "Bolaget har till uppgift att sälja olja.",
        [("Bolaget", "bolag", ORG)],
        [HAR, inf("sälja", "sälja")],
        [st("bolag", "Bolaget", "obligation", "har till uppgift att", "sälja", "sälja", "olja")]),
    # 4: stacked and gapped `av`-agents of a passive
    rec("c4-1", "Klubbens firma tecknas förutom av direktionen av ordföranden och sekreteraren "
        "var för sig.",
        [("direktionen", "direktion", POL), ("ordföranden", "ordförande", FTV),
         ("sekreteraren", "sekreterare", TJP)],
        [pres("tecknas", "teckna", "pass")],
        [st("direktion", "direktionen", "none", None, "teckna", "tecknas", passive=True),
         st("ordförande", "ordföranden", "none", None, "teckna", "tecknas", passive=True),
         st("sekreterare", "sekreteraren", "none", None, "teckna", "tecknas", passive=True)]),
    rec("c4-2", "Avtal undertecknas förutom av nämnden av förvaltningschefen.",
        [("nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [pres("undertecknas", "underteckna", "pass")],
        [st("nämnd", "nämnden", "none", None, "underteckna", "undertecknas", passive=True),
         st("förvaltningschef", "förvaltningschefen", "none", None, "underteckna",
            "undertecknas", passive=True)]),
    rec("c4-3", "Vid förhinder ersätts sekreteraren av kassören, revisorn av "
        "revisorssuppleanten.",
        [("sekreteraren", "sekreterare", TJP), ("kassören", "kassör", FTV),
         ("revisorn", "revisor", FTV), ("revisorssuppleanten", "revisorssuppleant", FTV)],
        [pres("ersätts", "ersätta", "pass")],
        [st("kassör", "kassören", "none", None, "ersätta", "ersätts", passive=True),
         st("revisorssuppleant", "revisorssuppleanten", "none", None, "ersätta", "ersätts",
            passive=True)],
        conditions=["Vid förhinder"]),
    rec("c4-4", "Protokollet justeras av ordföranden och av sekreteraren.",
        [("ordföranden", "ordförande", FTV), ("sekreteraren", "sekreterare", TJP)],
        [pres("justeras", "justera", "pass")],
        [st("ordförande", "ordföranden", "none", None, "justera", "justeras", passive=True),
         st("sekreterare", "sekreteraren", "none", None, "justera", "justeras", passive=True)]),
    # 4 (negative, added after the rule): a comma-spliced clause with its own verb is no
    # gapped conjunct; its `av`-phrase completes an action noun
    rec("c4-5", "Ärendet bereds av nämnden, förslaget av förvaltningen tas fram i maj.",
        [("nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", FORV)],
        [pres("bereds", "bereda", "pass"), pres("tas", "ta", "pass")],
        [st("nämnd", "nämnden", "none", None, "bereda", "bereds", "av nämnden", passive=True)]),
    # 5: a subject, a comma-bounded `varav` relative with its own modal, the main modal
    rec("c5-1", "Tre granskare, varav minst en ska vara godkänd, ska granska kassan och "
        "lämna en rapport till årsmötet.",
        [("granskare", "granskare", FTV), ("årsmötet", "årsmöte", OVR)],
        [SKA, inf("vara", "vara"), ("ska", "skola", "pres", "act", 1), inf("granska", "granska"),
         inf("lämna", "lämna")],
        [st("granskare", "granskare", "obligation", "ska", "granska", "granska", "kassan"),
         st("granskare", "granskare", "obligation", "ska", "lämna", "lämna",
            "en rapport till årsmötet")]),
    rec("c5-2", "Två revisorer, varav en skall vara auktoriserad, skall granska bokföringen.",
        [("revisorer", "revisor", FTV)],
        [("skall", "skola", "pres", "act"), inf("vara", "vara"),
         ("skall", "skola", "pres", "act", 1), inf("granska", "granska")],
        [st("revisor", "revisorer", "obligation", "skall", "granska", "granska", "bokföringen")]),
    rec("c5-3", "Styrelsen har sju ledamöter, varav två ska vara ersättare.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)],
        [HAR, SKA, inf("vara", "vara")],
        [st("styrelse", "Styrelsen", "none", None, "ha", "har", "sju ledamöter")]),
    # 9: an `-ja` infinitive after adverbs
    rec("c9-1", "Nämnden ska genom riktade bidrag aktivt stödja dem som driver föreningar.",
        [("Nämnden", "nämnd", POL), ("föreningar", "förening", ORG)],
        [SKA, inf("stödja", "stödja"), pres("driver", "driva")],
        [st("nämnd", "Nämnden", "obligation", "ska", "stödja", "stödja",
            "dem som driver föreningar")]),
    rec("c9-2", "Föreningen har till syfte att genom lån ekonomiskt stödja dem som bygger "
        "båtar.",
        [("Föreningen", "förening", ORG)],
        [HAR, inf("stödja", "stödja"), pres("bygger", "bygga")],
        [st("förening", "Föreningen", "obligation", "har till syfte att", "stödja", "stödja",
            "dem som bygger båtar")]),
    # 10: a reader-addressed imperative after a hyphen dash
    rec("c10-1", "Medlemmar kan boka lokalen - läs mer på hemsidan.",
        [("Medlemmar", "medlem", OVR)],
        [KAN, inf("boka", "boka"), ("läs", "läsa", "imp", "act")],
        [st("medlem", "Medlemmar", "permission", "kan", "boka", "boka", "lokalen")]),
    rec("c10-2", "Nu kan medlemmar och gäster hyra bastun - läs mer om detta i kalendern.",
        [("medlemmar", "medlem", OVR)],
        [KAN, inf("hyra", "hyra"), ("läs", "läsa", "imp", "act")],
        [st("medlem", "medlemmar", "permission", "kan", "hyra", "hyra", "bastun")]),
    rec("c10-3", "Nämnden fattar beslut - förvaltningen verkställer dem.",
        [("Nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", FORV)],
        [pres("fattar", "fatta"), pres("verkställer", "verkställa")],
        [st("nämnd", "Nämnden", "none", None, "fatta", "fattar", "beslut"),
         st("förvaltning", "förvaltningen", "none", None, "verkställa", "verkställer", "dem")]),
    # 14: a subject after a V2 modal and a comma-bounded subordinate clause
    rec("c14-1", "På årsmötet ska, om ordföranden har förhinder, vice ordföranden leda "
        "förhandlingarna.",
        [("årsmötet", "årsmöte", OVR), ("ordföranden", "ordförande", FTV),
         ("vice ordföranden", "vice ordförande", FTV)],
        [SKA, pres("har", "ha"), inf("leda", "leda")],
        [st("vice ordförande", "vice ordföranden", "obligation", "ska", "leda", "leda",
            "förhandlingarna")],
        conditions=["om ordföranden har förhinder"]),
    rec("c14-2", "Under sammanträdet ska, när kassören är frånvarande, sekreteraren redovisa "
        "ekonomin.",
        [("kassören", "kassör", FTV), ("sekreteraren", "sekreterare", TJP)],
        [SKA, AR, inf("redovisa", "redovisa")],
        [st("sekreterare", "sekreteraren", "obligation", "ska", "redovisa", "redovisa",
            "ekonomin")],
        conditions=["när kassören är frånvarande"]),
    rec("c14-3", "I brådskande ärenden får, när nämnden inte kan sammanträda, ordföranden "
        "besluta på nämndens vägnar.",
        [("nämnden", "nämnd", POL), ("ordföranden", "ordförande", FTV),
         ("nämndens", "nämnd", POL)],
        [FAR, KAN, inf("sammanträda", "sammanträda"), inf("besluta", "besluta")],
        [st("ordförande", "ordföranden", "permission", "får", "besluta", "besluta",
            "på nämndens vägnar")],
        conditions=["när nämnden inte kan sammanträda"]),
    # 15: a `vars`-relative with a numeric range before the main verb
    rec("c15-1", "Medlem vars insats är 10 15 % utser en revisor.",
        [("Medlem", "medlem", OVR), ("revisor", "revisor", FTV)],
        [AR, pres("utser", "utse")],
        [st("medlem", "Medlem", "none", None, "utse", "utser", "en revisor")]),
    rec("c15-2", "Delägare vars aktieinnehav är 25 % utser en suppleant.",
        [("Delägare", "delägare", OVR), ("suppleant", "suppleant", FTV)],
        [AR, pres("utser", "utse")],
        [st("delägare", "Delägare", "none", None, "utse", "utser", "en suppleant")]),
    rec("c15-3", "Delägare vars andel är större än hälften utser två ledamöter.",
        [("Delägare", "delägare", OVR), ("ledamöter", "ledamot", FTV)],
        [AR, pres("utser", "utse")],
        [st("delägare", "Delägare", "none", None, "utse", "utser", "två ledamöter")]),
    # 16: a passive with no agent and an actor as subject; `av` inside `på initiativ av`
    rec("c16-1", "Stiftelsen bildades år 1962 på initiativ av Karin Lund och Per Ek.",
        [("Stiftelsen", "stiftelse", ORG)],
        [past("bildades", "bilda", "pass")],
        [st("stiftelse", "Stiftelsen", "none", None, "bilda", "bildades",
            "år 1962 på initiativ av Karin Lund och Per Ek", passive=True)]),
    rec("c16-2", "Föreningen grundades 1948 på förslag av tre lärare.",
        [("Föreningen", "förening", ORG), ("lärare", "lärare", TJP)],
        [past("grundades", "grunda", "pass")],
        [st("förening", "Föreningen", "none", None, "grunda", "grundades",
            "1948 på förslag av tre lärare", passive=True)]),
    # 1 (negative): `namnet` as an ordinary object
    rec("c1-n", "Styrelsen beslutar om namnet på stipendiet.",
        [("Styrelsen", "styrelse", POL)],
        [pres("beslutar", "besluta")],
        [st("styrelse", "Styrelsen", "none", None, "besluta", "beslutar",
            "om namnet på stipendiet")]),
    # 1: a naming clause with a compound name noun, then the short form
    rec("1", "Bolagets företagsnamn är Älvdalens Fjärrvärme AB.",
        [("Bolagets", BOLAG, ORG)], [AR], doc="w40-x1-bolag"),
    rec("2", "Bolaget ska leverera värme och el.",
        [("Bolaget", BOLAG, ORG)], [SKA, inf("leverera", "leverera")],
        [st(BOLAG, "Bolaget", "obligation", "ska", "leverera", "leverera", "värme och el")],
        doc="w40-x1-bolag"),
    rec("1", "Föreningens föreningsnamn är Ekbackens Båtklubb.",
        [("Föreningens", KLUBB, ORG)], [AR], doc="w40-x1-forening"),
    rec("2", "Föreningen får anta nya medlemmar.",
        [("Föreningen", KLUBB, ORG), ("medlemmar", "medlem", OVR)],
        [FAR, inf("anta", "anta")],
        [st(KLUBB, "Föreningen", "permission", "får", "anta", "anta", "nya medlemmar")],
        doc="w40-x1-forening"),
]

if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev"
    documents = by_document(RECORDS)
    sentences = documents.pop("w40-x1")  # the first doc id: no text file of its own
    documents = {doc_id: (blocks_text(records), records) for doc_id, records in documents.items()}
    write_part(folder, "w40-x1", documents, before=sentences)
