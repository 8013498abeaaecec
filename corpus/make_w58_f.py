"""Builds corpus/dev/w58-f.jsonl with its gold: invented material for round 58, writer w58f
(gen58's analysis of the blind probe w58-z, causes C1, C4, C7, C2, C3, C6, C10). C1 `ins-*`:
two subjects or two `av`-agents joined by `eller`/`och` with an adverbial or a conditional
clause in commas after the coordinator (`A eller, vid förhinder för denne, B`): both act
(§5.2), at the sentence start, in V2 after a fronted phrase, in a 2nd main clause after
`, och`, with compounds, named organisations, a role + name, as `av`-agents and as a 3rd
sentence; negatives `ins-n1` (an insertion after one subject) and `ins-n2` (an `av`-agent,
then a new clause). C4 `v1-*`: a verb-first condition with an `att`-infinitive and no comma
before the main clause (`Är X förhindrad att V … övergår Y`), also after `, men`/`, och`,
with an article-less role and a named organisation; negative `v1-n1` (an `om`-clause). C7
`som-*`: role-`som` between the infinitive marker, the modal or the subject and the verb is
a predicative (§2.1, §2.4), no actor, and the modal's deontic stays; negative `som-n1` (a
comparing `som` + an actor). C2 `vice-*`: a fronted bare role with `vice`/an ordinal, also
in a 2nd clause after `, men`/`och`, + copula + a definite actor (§5.2 round 29 B2);
negative `vice-n1` (personal names only, round 42). C3 `pass-*`: an s-passive the tagger
reads as an attribute after a fronted prepositional phrase, with an `av`-agent; negative
`pass-n1` (no agent). C6 `lista`: list items opening with an infinitive tagged ADV before
its object under two lead-ins; the item `ofta pröva …` keeps the adverb. C10 `ordf`: a
bare definite ordinal vice chair in a one-body document takes the body's genitive (§2.3,
round 58 ruling R1); the indefinite `en förste vice ordförande` stays the office. Gold by
hand from docs/annotation.md before any run. Offsets computed; the two documents of more than one clause get their .txt.
Run: python corpus/make_w58_f.py corpus/dev"""

import sys

from records import (
    AR,
    FAR,
    KAN,
    ORG,
    POL,
    SKA,
    TJP,
    blocks_text,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

FTV, EXT, FORV = "förtroendevald", "extern", "förvaltningsorganisation"
NONE, OB, PERM = "none", "obligation", "permission"
ORDF, VICE = ("ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV)


def rec(doc, cid, *args, check=True, **kwargs):
    make = records_for(f"w58-f-{doc}", check_texts=check, conditions_from_statements=True)
    return make(cid, *args, **kwargs)


def passive(word, lemma):
    return (word, lemma, "pres", "pass", 0)


# C1: A eller, <insertion>, B.
INS = [
    rec("ins-1", "1", "I brådskande fall får ordföranden eller, vid förhinder för denne, vice "
        "ordföranden besluta om anstånd.",
        [ORDF, VICE], [FAR, inf("besluta")],
        [st("ordförande", "ordföranden", PERM, "får", "besluta", "besluta", "om anstånd"),
         st("vice ordförande", "vice ordföranden", PERM, "får", "besluta", "besluta",
            "om anstånd")]),
    rec("ins-2", "1", "Ordföranden eller, vid förhinder för denne, vice ordföranden får besluta "
        "om anstånd.",
        [("Ordföranden", "ordförande", FTV), VICE], [FAR, inf("besluta")],
        [st("ordförande", "Ordföranden", PERM, "får", "besluta", "besluta", "om anstånd"),
         st("vice ordförande", "vice ordföranden", PERM, "får", "besluta", "besluta",
            "om anstånd")]),
    rec("ins-3", "1", "Nämnden sammanträder varje månad, och förvaltningschef eller, vid dennes "
        "frånvaro, ekonomichefen ska föredra ärendena.",
        [("Nämnden", "nämnd", POL), ("förvaltningschef", "förvaltningschef", TJP),
         ("ekonomichefen", "ekonomichef", TJP)],
        [pres("sammanträder", "sammanträda"), SKA, inf("föredra")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "varje månad"),
         st("förvaltningschef", "förvaltningschef", OB, "ska", "föredra", "föredra",
            "ärendena"),
         st("ekonomichef", "ekonomichefen", OB, "ska", "föredra", "föredra", "ärendena")]),
    rec("ins-4", "1", "Vid behov får socialförvaltningen eller, om den inte hinner, "
        "kulturförvaltningen yttra sig.",
        [("socialförvaltningen", "socialförvaltning", FORV),
         ("kulturförvaltningen", "kulturförvaltning", FORV)],
        [FAR, pres("hinner", "hinna"), inf("yttra")],
        [st("socialförvaltning", "socialförvaltningen", PERM, "får", "yttra", "yttra",
            condition="Vid behov"),
         st("kulturförvaltning", "kulturförvaltningen", PERM, "får", "yttra", "yttra",
            condition="om den inte hinner")]),
    rec("ins-5", "1", "Vid behov får Ekby Energi AB eller, vid förhinder, Ytorps kommun yttra "
        "sig över planen.",
        [("Ekby Energi AB", "ekby energi ab", ORG), ("Ytorps kommun", "ytorps kommun", ORG)],
        [FAR, inf("yttra")],
        [st("ekby energi ab", "Ekby Energi AB", PERM, "får", "yttra", "yttra", "över planen",
            condition="Vid behov"),
         st("ytorps kommun", "Ytorps kommun", PERM, "får", "yttra", "yttra", "över planen",
            condition="Vid behov")]),
    rec("ins-6", "1", "Kallelsen skickas av ordföranden eller, vid förhinder för denne, av "
        "sekreteraren.",
        [ORDF, ("sekreteraren", "sekreterare", TJP)], [passive("skickas", "skicka")],
        [st("ordförande", "ordföranden", NONE, None, "skicka", "skickas", "Kallelsen",
            passive=True),
         st("sekreterare", "sekreteraren", NONE, None, "skicka", "skickas", "Kallelsen",
            passive=True)]),
    rec("ins-7", "1", "Beslut fattas av nämnden eller, i brådskande fall, av ordföranden.",
        [("nämnden", "nämnd", POL), ORDF], [passive("fattas", "fatta")],
        [st("nämnd", "nämnden", NONE, None, "fatta", "fattas", "Beslut", passive=True),
         st("ordförande", "ordföranden", NONE, None, "fatta", "fattas", "Beslut",
            passive=True)]),
    rec("ins-8", "1", "Nämnden har nio ledamöter. Protokollet skrivs vid varje sammanträde. "
        "Kanslichef Eva Ek eller, vid förhinder för henne, nämndsekreteraren ska justera "
        "protokollet.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV),
         ("Kanslichef", "kanslichef", TJP), ("nämndsekreteraren", "nämndsekreterare", TJP)],
        [pres("har", "ha"), passive("skrivs", "skriva"), SKA, inf("justera")],
        [st("nämnd", "Nämnden", NONE, None, "ha", "har", "nio ledamöter"),
         st("kanslichef", "Kanslichef", OB, "ska", "justera", "justera", "protokollet"),
         st("nämndsekreterare", "nämndsekreteraren", OB, "ska", "justera", "justera",
            "protokollet")]),
    rec("ins-n1", "1", "Vid behov får ordföranden, vid förhinder för nämnden, besluta om "
        "anstånd.",
        [ORDF, ("nämnden", "nämnd", POL)], [FAR, inf("besluta")],
        [st("ordförande", "ordföranden", PERM, "får", "besluta", "besluta", "om anstånd",
            condition="Vid behov")]),
    rec("ins-n2", "1", "Beslutet fattas av nämnden och, i april, skickas det till styrelsen.",
        [("nämnden", "nämnd", POL), ("styrelsen", "styrelse", POL)],
        [passive("fattas", "fatta"), passive("skickas", "skicka")],
        [st("nämnd", "nämnden", NONE, None, "fatta", "fattas", "Beslutet", passive=True)]),
]

# C4: a verb-first condition with an att-infinitive, no comma before the main clause.
V1 = [
    rec("v1-1", "1", "Är delegaten förhindrad att fullgöra sitt uppdrag på grund av jäv "
        "övergår beslutanderätten till delegatens ersättare.",
        [("delegaten", "delegat", TJP), ("delegatens ersättare", "delegatens ersättare", TJP)],
        [("Är", "vara", "pres", "act"), inf("fullgöra"), pres("övergår", "övergå")],
        conditions=["Är delegaten förhindrad att fullgöra sitt uppdrag på grund av jäv"]),
    rec("v1-2", "1", "Är ordföranden förhindrad att delta övertar vice ordföranden hans "
        "uppgifter.",
        [ORDF, VICE],
        [("Är", "vara", "pres", "act"), inf("delta"), pres("övertar", "överta")],
        [st("vice ordförande", "vice ordföranden", NONE, None, "överta", "övertar",
            "hans uppgifter", condition="Är ordföranden förhindrad att delta")]),
    rec("v1-3", "1", "Nämnden sammanträder varje månad. Vid förfall gäller följande. Är "
        "nämnden förhindrad att sammanträda beslutar ordföranden i brådskande ärenden.",
        [("Nämnden", "nämnd", POL), ("nämnden", "nämnd", POL), ORDF],
        [pres("sammanträder", "sammanträda"), pres("gäller", "gälla"),
         ("Är", "vara", "pres", "act"), inf("sammanträda"), pres("beslutar", "besluta")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "varje månad"),
         st("ordförande", "ordföranden", NONE, None, "besluta", "beslutar",
            "i brådskande ärenden", condition="Är nämnden förhindrad att sammanträda")],
        conditions=["Vid förfall"]),
    rec("v1-4", "1", "Delegaten beslutar i ärendet, men är delegaten jävig övergår "
        "beslutanderätten till nämnden.",
        [("Delegaten", "delegat", TJP), ("delegaten", "delegat", TJP), ("nämnden", "nämnd", POL)],
        [pres("beslutar", "besluta"), ("är", "vara", "pres", "act"), pres("övergår", "övergå")],
        [st("delegat", "Delegaten", NONE, None, "besluta", "beslutar", "i ärendet")],
        conditions=["är delegaten jävig"]),
    rec("v1-5", "1", "Nämnden beslutar i ärendet, men är nämnden förhindrad att sammanträda "
        "får ordföranden besluta.",
        [("Nämnden", "nämnd", POL), ("nämnden", "nämnd", POL), ORDF],
        [pres("beslutar", "besluta"), ("är", "vara", "pres", "act"), inf("sammanträda"), FAR,
         inf("besluta")],
        [st("nämnd", "Nämnden", NONE, None, "besluta", "beslutar", "i ärendet"),
         st("ordförande", "ordföranden", PERM, "får", "besluta", "besluta",
            condition="är nämnden förhindrad att sammanträda")]),
    rec("v1-6", "1", "Är Ekby Energi AB förhindrat att leverera el ska kommunen anlita en annan "
        "leverantör.",
        [("Ekby Energi AB", "ekby energi ab", ORG), ("kommunen", "kommun", ORG),
         ("leverantör", "leverantör", EXT)],
        [("Är", "vara", "pres", "act"), inf("leverera"), SKA, inf("anlita")],
        [st("kommun", "kommunen", OB, "ska", "anlita", "anlita", "en annan leverantör",
            condition="Är Ekby Energi AB förhindrat att leverera el")]),
    rec("v1-7", "1", "Är förvaltningschef förhindrad att närvara ska ekonomichefen föredra "
        "ärendet.",
        [("förvaltningschef", "förvaltningschef", TJP), ("ekonomichefen", "ekonomichef", TJP)],
        [("Är", "vara", "pres", "act"), inf("närvara"), SKA, inf("föredra")],
        [st("ekonomichef", "ekonomichefen", OB, "ska", "föredra", "föredra", "ärendet",
            condition="Är förvaltningschef förhindrad att närvara")]),
    rec("v1-8", "1", "Styrelsen sammanträder varje kvartal, och är ordföranden sjuk leder vice "
        "ordföranden mötet.",
        [("Styrelsen", "styrelse", POL), ORDF, VICE],
        [pres("sammanträder", "sammanträda"), ("är", "vara", "pres", "act"), pres("leder", "leda")],
        [st("styrelse", "Styrelsen", NONE, None, "sammanträda", "sammanträder",
            "varje kvartal"),
         st("vice ordförande", "vice ordföranden", NONE, None, "leda", "leder", "mötet",
            condition="är ordföranden sjuk")]),
    rec("v1-n1", "1", "Om delegaten är förhindrad att fullgöra sitt uppdrag övergår "
        "beslutanderätten till nämnden.",
        [("delegaten", "delegat", TJP), ("nämnden", "nämnd", POL)],
        [("är", "vara", "pres", "act"), inf("fullgöra"), pres("övergår", "övergå")],
        conditions=["Om delegaten är förhindrad att fullgöra sitt uppdrag"]),
]

# C7: role-`som` before its verb is a predicative, no actor.
SOM = [
    rec("som-1", "1", "Ledamoten är skyldig att som ersättare fullgöra ordförandens uppgifter.",
        [("Ledamoten", "ledamot", FTV), ("ordförandens", "ordförande", FTV)],
        [AR, inf("fullgöra")],
        [st("ledamot", "Ledamoten", OB, "är skyldig att", "fullgöra", "fullgöra",
            "ordförandens uppgifter")]),
    rec("som-2", "1", "Nämnden får utse en ledamot att som ordförande leda sammanträdet.",
        [("Nämnden", "nämnd", POL), ("ledamot", "ledamot", FTV)],
        [FAR, inf("utse"), inf("leda")],
        [st("nämnd", "Nämnden", PERM, "får", "utse", "utse",
            "en ledamot att som ordförande leda sammanträdet")]),
    rec("som-3", "1", "Styrelsen kan uppdra åt kanslichefen att som sekreterare föra "
        "protokollet.",
        [("Styrelsen", "styrelse", POL), ("kanslichefen", "kanslichef", TJP)],
        [KAN, inf("uppdra"), inf("föra")],
        [st("styrelse", "Styrelsen", PERM, "kan", "uppdra", "uppdra",
            "åt kanslichefen att som sekreterare föra protokollet")]),
    rec("som-4", "1", "Ekby Energi AB får som remissinstans yttra sig över planen.",
        [("Ekby Energi AB", "ekby energi ab", ORG)], [FAR, inf("yttra")],
        [st("ekby energi ab", "Ekby Energi AB", PERM, "får", "yttra", "yttra",
            "över planen")]),
    rec("som-5", "1", "Vid behov får ekonomichefen som föredragande närvara.",
        [("ekonomichefen", "ekonomichef", TJP)], [FAR, inf("närvara")],
        [st("ekonomichef", "ekonomichefen", PERM, "får", "närvara", "närvara",
            condition="Vid behov")]),
    rec("som-6", "1", "Nämnden sammanträder i mars, och förvaltningschef ska som föredragande "
        "delta.",
        [("Nämnden", "nämnd", POL), ("förvaltningschef", "förvaltningschef", TJP)],
        [pres("sammanträder", "sammanträda"), SKA, inf("delta")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "i mars"),
         st("förvaltningschef", "förvaltningschef", OB, "ska", "delta", "delta")]),
    rec("som-7", "1", "Ordföranden och vice ordföranden får som ombud företräda nämnden.",
        [("Ordföranden", "ordförande", FTV), VICE, ("nämnden", "nämnd", POL)],
        [FAR, inf("företräda")],
        [st("ordförande", "Ordföranden", PERM, "får", "företräda", "företräda", "nämnden"),
         st("vice ordförande", "vice ordföranden", PERM, "får", "företräda", "företräda",
            "nämnden")]),
    rec("som-n1", "1", "Ersättaren har samma rätt att yttra sig som ledamoten.",
        [("Ersättaren", "ersättare", FTV), ("ledamoten", "ledamot", FTV)],
        [pres("har", "ha"), inf("yttra")],
        [st("ersättare", "Ersättaren", PERM, "har samma rätt att", "yttra", "yttra",
            "som ledamoten")]),
]

# C2: a fronted vice/ordinal role (also in a 2nd clause) + copula + a definite actor.
VICE_ROLES = [
    rec("vice-1", "1", "Förste vice ordförande är oppositionsrådet.",
        [("oppositionsrådet", "oppositionsråd", FTV)], [AR],
        [st("oppositionsråd", "oppositionsrådet", NONE, None, "vara", "är",
            "Förste vice ordförande")]),
    rec("vice-2", "1", "Ordförande är kommunalrådet, men vice ordförande är oppositionsrådet.",
        [("kommunalrådet", "kommunalråd", FTV), ("oppositionsrådet", "oppositionsråd", FTV)],
        [AR, ("är", "vara", "pres", "act", 1)],
        [st("kommunalråd", "kommunalrådet", NONE, None, "vara", "är", "Ordförande"),
         st("oppositionsråd", "oppositionsrådet", NONE, None, "vara", "är",
            "vice ordförande")]),
    rec("vice-3", "1", "Kommunstyrelsen har elva ledamöter. Ordförande är kommunalrådet och "
        "andre vice ordförande är oppositionsrådet Per Berg.",
        [("Kommunstyrelsen", "kommunstyrelse", POL), ("ledamöter", "ledamot", FTV),
         ("kommunalrådet", "kommunalråd", FTV), ("oppositionsrådet", "oppositionsråd", FTV)],
        [pres("har", "ha"), AR, ("är", "vara", "pres", "act", 1)],
        [st("kommunstyrelse", "Kommunstyrelsen", NONE, None, "ha", "har", "elva ledamöter"),
         st("kommunalråd", "kommunalrådet", NONE, None, "vara", "är", "Ordförande"),
         st("oppositionsråd", "oppositionsrådet", NONE, None, "vara", "är",
            "andre vice ordförande")]),
    rec("vice-4", "1", "Värd för mötet är Ytorps kommun och sekreterare är "
        "socialförvaltningen.",
        [("Ytorps kommun", "ytorps kommun", ORG),
         ("socialförvaltningen", "socialförvaltning", FORV)],
        [AR, ("är", "vara", "pres", "act", 1)],
        [st("ytorps kommun", "Ytorps kommun", NONE, None, "vara", "är", "Värd för mötet"),
         st("socialförvaltning", "socialförvaltningen", NONE, None, "vara", "är",
            "sekreterare")]),
    rec("vice-5", "1", "Ordförande är kommunalrådet, men sekreterare är kanslichef Eva Ek.",
        [("kommunalrådet", "kommunalråd", FTV), ("kanslichef", "kanslichef", TJP)],
        [AR, ("är", "vara", "pres", "act", 1)],
        [st("kommunalråd", "kommunalrådet", NONE, None, "vara", "är", "Ordförande"),
         st("kanslichef", "kanslichef", NONE, None, "vara", "är", "sekreterare")]),
    rec("vice-n1", "1", "Ordförande är Sara Nilsson (S) och vice ordförande är Henrik Berg (M).",
        [], [AR, ("är", "vara", "pres", "act", 1)]),
]

# C3: an s-passive read as an attribute after a fronted prepositional phrase.
PASS = [
    rec("pass-1", "1", "Vid stadsdirektörens frånvaro upprätthålls uppdraget av den "
        "biträdande stadsdirektören.",
        [("stadsdirektörens", "stadsdirektör", TJP),
         ("biträdande stadsdirektören", "biträdande stadsdirektör", TJP)],
        [passive("upprätthålls", "upprätthålla")],
        [st("biträdande stadsdirektör", "biträdande stadsdirektören", NONE, None,
            "upprätthålla", "upprätthålls", "uppdraget", passive=True,
            condition="Vid stadsdirektörens frånvaro")]),
    rec("pass-2", "1", "Vid behov upprätthålls uppdraget av Ekby Energi AB.",
        [("Ekby Energi AB", "ekby energi ab", ORG)],
        [passive("upprätthålls", "upprätthålla")],
        [st("ekby energi ab", "Ekby Energi AB", NONE, None, "upprätthålla", "upprätthålls",
            "uppdraget", passive=True, condition="Vid behov")]),
    rec("pass-3", "1", "Nämnden sammanträder i mars, och vid behov upprätthålls uppdraget av "
        "ekonomichefen.",
        [("Nämnden", "nämnd", POL), ("ekonomichefen", "ekonomichef", TJP)],
        [pres("sammanträder", "sammanträda"), passive("upprätthålls", "upprätthålla")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "i mars"),
         st("ekonomichef", "ekonomichefen", NONE, None, "upprätthålla", "upprätthålls",
            "uppdraget", passive=True)]),
    rec("pass-4", "1", "Vid stadsdirektörens frånvaro upprätthålls uppdraget av ekonomichefen "
        "och kanslichefen.",
        [("stadsdirektörens", "stadsdirektör", TJP), ("ekonomichefen", "ekonomichef", TJP),
         ("kanslichefen", "kanslichef", TJP)],
        [passive("upprätthålls", "upprätthålla")],
        [st("ekonomichef", "ekonomichefen", NONE, None, "upprätthålla", "upprätthålls",
            "uppdraget", passive=True, condition="Vid stadsdirektörens frånvaro"),
         st("kanslichef", "kanslichefen", NONE, None, "upprätthålla", "upprätthålls",
            "uppdraget", passive=True, condition="Vid stadsdirektörens frånvaro")]),
    rec("pass-n1", "1", "Vid stadsdirektörens frånvaro upprätthålls uppdraget.",
        [("stadsdirektörens", "stadsdirektör", TJP)],
        [passive("upprätthålls", "upprätthålla")],
        conditions=["Vid stadsdirektörens frånvaro"]),
]

# C6: list items opening with an infinitive tagged ADV.
LD = "lista"
TN = ("Tekniska nämnden", "teknisk nämnd", POL)
LISTA = [
    rec(LD, "1", "Tekniska nämnden ska:", [TN], [SKA]),
    rec(LD, "1.a", "handha kommunens uppgifter som väghållare,",
        [("kommunens", "kommun", ORG)], [inf("handha")],
        [st("teknisk nämnd", "Tekniska nämnden", OB, "ska", "handha", "handha",
            "kommunens uppgifter som väghållare")],
        kind="list_item", parent="1", check=False, label="1."),
    rec(LD, "1.b", "handha Ekby Energi AB:s ärenden, och",
        [("Ekby Energi AB:s", "ekby energi ab", ORG)], [inf("handha")],
        [st("teknisk nämnd", "Tekniska nämnden", OB, "ska", "handha", "handha",
            "Ekby Energi AB:s ärenden")],
        kind="list_item", parent="1", check=False, label="2."),
    rec(LD, "1.c", "svara för fordonsparken.", [], [inf("svara")],
        [st("teknisk nämnd", "Tekniska nämnden", OB, "ska", "svara", "svara",
            "för fordonsparken")],
        kind="list_item", parent="1", check=False, label="3."),
    rec(LD, "2", "Ekonomichefen ska:", [("Ekonomichefen", "ekonomichef", TJP)], [SKA]),
    rec(LD, "2.a", "handha socialförvaltningens bidrag,",
        [("socialförvaltningens", "socialförvaltning", FORV)], [inf("handha")],
        [st("ekonomichef", "Ekonomichefen", OB, "ska", "handha", "handha",
            "socialförvaltningens bidrag")],
        kind="list_item", parent="2", check=False, label="–"),
    rec(LD, "2.b", "ofta pröva kostnaderna.", [], [inf("pröva")],
        [st("ekonomichef", "Ekonomichefen", OB, "ska", "pröva", "pröva", "kostnaderna")],
        kind="list_item", parent="2", check=False, label="–"),
]

# C10 (ruling R1): an ordinal vice chair takes the body's genitive.
OD = "ordf"
KS, KSG = "kommunstyrelse", "kommunstyrelsens"
ORDF_DOC = [
    rec(OD, "title", "Delegationsordning för kommunstyrelsen i Ytorps kommun",
        [("kommunstyrelsen", KS, POL), ("Ytorps kommun", "ytorps kommun", ORG)],
        kind="heading"),
    rec(OD, "1", "Kommunstyrelsen får uppdra åt en ledamot att besluta på styrelsens vägnar.",
        [("Kommunstyrelsen", KS, POL), ("ledamot", "ledamot", FTV), ("styrelsens", KS, POL)],
        [FAR, inf("uppdra"), inf("besluta")],
        [st(KS, "Kommunstyrelsen", PERM, "får", "uppdra", "uppdra",
            "åt en ledamot att besluta på styrelsens vägnar")]),
    rec(OD, "2", "Ordföranden får besluta i brådskande ärenden.",
        [("Ordföranden", f"{KSG} ordförande", FTV)], [FAR, inf("besluta")],
        [st(f"{KSG} ordförande", "Ordföranden", PERM, "får", "besluta", "besluta",
            "i brådskande ärenden")]),
    rec(OD, "3", "Förste vice ordföranden får besluta om anstånd.",
        [("Förste vice ordföranden", f"{KSG} förste vice ordförande", FTV)],
        [FAR, inf("besluta")],
        [st(f"{KSG} förste vice ordförande", "Förste vice ordföranden", PERM, "får", "besluta",
            "besluta", "om anstånd")]),
    rec(OD, "4", "Andre vice ordföranden får yttra sig över remisser.",
        [("Andre vice ordföranden", f"{KSG} andre vice ordförande", FTV)],
        [FAR, inf("yttra")],
        [st(f"{KSG} andre vice ordförande", "Andre vice ordföranden", PERM, "får", "yttra",
            "yttra", "över remisser")]),
    rec(OD, "5", "Kommunstyrelsen väljer en förste vice ordförande.",
        [("Kommunstyrelsen", KS, POL), ("förste vice ordförande", "förste vice ordförande", FTV)],
        [pres("väljer", "välja")],
        [st(KS, "Kommunstyrelsen", NONE, None, "välja", "väljer", "en förste vice ordförande")]),
]

LISTA_TEXT = """Tekniska nämnden ska:
1. handha kommunens uppgifter som väghållare,
2. handha Ekby Energi AB:s ärenden, och
3. svara för fordonsparken.

Ekonomichefen ska:
– handha socialförvaltningens bidrag,
– ofta pröva kostnaderna.
"""

if __name__ == "__main__":
    write_part(sys.argv[1], "w58-f",
               {f"w58-f-{LD}": (LISTA_TEXT, LISTA),
                f"w58-f-{OD}": (blocks_text(ORDF_DOC), ORDF_DOC)},
               before=[*INS, *V1, *SOM, *VICE_ROLES, *PASS])
