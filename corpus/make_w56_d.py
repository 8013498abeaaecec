"""Builds corpus/dev/w56-d.jsonl with its gold: invented material for round 56, writer w56d
(gen56's widenings A–D and F). A: the split-cue gap `har enligt X:s beslut i uppdrag att`
whose compound genitive the tagger reads as a verb (`kommunfullmäktiges`), after a fronted
adverbial and as the second conjunct of a coordination (negative: no cue after the phrase).
B: a bare date (`den 1 oktober`, `senast 20 januari`, `före den 15:e mars`, with a year)
between a coordinator and the infinitive that continues the modal's chain, after a `När`-
clause and as the third sentence of a paragraph (negative: two dates and no verb). C: a
fronted `Sedan`/`Från och med` time phrase (`den` + date, `i` + month) before the V2 verb
and a coordinated verb phrase (negatives: `Sedan` opening a subordinate clause). D: a
distributive subject (`var och en av`, `vart och ett av`) at the sentence start and after
`, och`/`;` (a second main clause), past an owner genitive and a numeral. F: `rätt att` as
the object of a transfer verb (`vidaredelegera`, `överlåta`, `delegera`) is no permission
cue; the transfer verb is the statement's (negatives: `får`/`ges` + `rätt att`). Gold by hand
from docs/annotation.md §5. Offsets computed.
Run: python corpus/make_w56_d.py corpus/dev"""

import sys

from records import FAR, FORV, FTV, HAR, ORG, POL, SKA, TJP, inf, pres, records_for
from records import statement as st
from records import write_jsonl

NONE, OB, PERM, RESP = "none", "obligation", "permission", "responsibility"
KF = ("kommunfullmäktiges", "kommunfullmäktige", POL)


def rec(doc, *args, **kwargs):
    return records_for(f"w56-d-{doc}", check_texts=True)("1", *args, **kwargs)


UPPDRAG = [
    rec("uppdrag-1", "Servicenämnden har enligt landstingsfullmäktiges anvisning i uppdrag "
        "att samordna lokalförsörjningen.",
        [("Servicenämnden", "servicenämnd", POL),
         ("landstingsfullmäktiges", "landstingsfullmäktige", POL)],
        [HAR, inf("samordna")],
        [st("servicenämnd", "Servicenämnden", RESP, "har i uppdrag att", "samordna",
            "samordna", "lokalförsörjningen")]),
    rec("uppdrag-2", "Regionen äger bolaget. Bolaget ska förvalta fastigheterna och har "
        "därutöver efter kyrkofullmäktiges direktiv i uppdrag att utveckla hamnområdet.",
        [("Regionen", "region", ORG), ("bolaget", "bolag", ORG), ("Bolaget", "bolag", ORG),
         ("kyrkofullmäktiges", "kyrkofullmäktige", POL)],
        [pres("äger", "äga"), SKA, inf("förvalta"), pres("har", "ha", nth=0),
         inf("utveckla")],
        [st("region", "Regionen", NONE, None, "äga", "äger", "bolaget"),
         st("bolag", "Bolaget", OB, "ska", "förvalta", "förvalta", "fastigheterna"),
         st("bolag", "Bolaget", RESP, "har i uppdrag att", "utveckla", "utveckla",
            "hamnområdet")]),
    rec("uppdrag-3", "Nämnden har efter kommunfullmäktiges beslut i uppgift att följa "
        "upp avtalen.",
        [("Nämnden", "nämnd", POL), KF],
        [HAR, inf("följa")],
        [st("nämnd", "Nämnden", OB, "har i uppgift att", "följa", "följa", "avtalen")]),
    rec("uppdrag-4", "Efter valet har valnämnden enligt förbundsstyrelsens anvisningar i "
        "uppgift att redovisa resultatet.",
        [("valnämnden", "valnämnd", POL), ("förbundsstyrelsens", "förbundsstyrelse", POL)],
        [HAR, inf("redovisa")],
        [st("valnämnd", "valnämnden", OB, "har i uppgift att", "redovisa", "redovisa",
            "resultatet")]),
    rec("uppdrag-n1", "Nämnden har utifrån kommunfullmäktiges anvisning tre ledamöter.",
        [("Nämnden", "nämnd", POL), KF, ("ledamöter", "ledamot", FTV)],
        [HAR],
        [st("nämnd", "Nämnden", NONE, None, "ha", "har", "tre ledamöter")]),
]

DATUM = [
    rec("datum-1", "Kommunstyrelsen ska samordna uppföljningen och därefter senast den 31 "
        "mars lämna en rapport.",
        [("Kommunstyrelsen", "kommunstyrelse", POL)],
        [SKA, inf("samordna"), inf("lämna")],
        [st("kommunstyrelse", "Kommunstyrelsen", OB, "ska", "samordna", "samordna"),
         st("kommunstyrelse", "Kommunstyrelsen", OB, "ska", "lämna", "lämna")]),
    rec("datum-2", "Valnämnden ska granska listorna samt den 1 oktober redovisa utfallet för "
        "styrelsen.",
        [("Valnämnden", "valnämnd", POL), ("styrelsen", "styrelse", POL)],
        [SKA, inf("granska"), inf("redovisa")],
        [st("valnämnd", "Valnämnden", OB, "ska", "granska", "granska"),
         st("valnämnd", "Valnämnden", OB, "ska", "redovisa", "redovisa")]),
    rec("datum-3", "Revisorerna ska pröva verksamheten och före den 15:e mars överlämna "
        "berättelsen till stämman.",
        [("Revisorerna", "revisor", FTV), ("stämman", "stämma", POL)],
        [SKA, inf("pröva"), inf("överlämna")],
        [st("revisor", "Revisorerna", OB, "ska", "pröva", "pröva"),
         st("revisor", "Revisorerna", OB, "ska", "överlämna", "överlämna")]),
    rec("datum-4", "När året har avslutats ska förvaltningen sammanställa statistiken och "
        "senast 20 januari skicka den till nämnden.",
        [("förvaltningen", "förvaltning", FORV), ("nämnden", "nämnd", POL)],
        [HAR, ("avslutats", "avsluta", "sup", "pass"), SKA, inf("sammanställa"),
         inf("skicka")],
        [st("förvaltning", "förvaltningen", OB, "ska", "sammanställa", "sammanställa",
            condition="När året har avslutats"),
         st("förvaltning", "förvaltningen", OB, "ska", "skicka", "skicka",
            condition="När året har avslutats")],
        ["När året har avslutats"]),
    rec("datum-5", "Nämnden sammanträder varje månad. Ordföranden leder sammanträdena. "
        "Nämnden ska pröva ansökningarna och den 2 maj 2027 meddela sina beslut.",
        [("Nämnden", "nämnd", POL), ("Ordföranden", "ordförande", FTV),
         ("Nämnden", "nämnd", POL, 1)],
        [pres("sammanträder", "sammanträda"), pres("leder", "leda"), SKA, inf("pröva"),
         inf("meddela")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder"),
         st("ordförande", "Ordföranden", NONE, None, "leda", "leder"),
         st("nämnd", "Nämnden", OB, "ska", "pröva", "pröva"),
         st("nämnd", "Nämnden", OB, "ska", "meddela", "meddela")]),
    rec("datum-n1", "Nämnden ska sammanträda den 3 maj och den 4 juni.",
        [("Nämnden", "nämnd", POL)],
        [SKA, inf("sammanträda")],
        [st("nämnd", "Nämnden", OB, "ska", "sammanträda", "sammanträda")]),
]

SEDAN = [
    rec("sedan-1", "Sedan den 1 april 2024 fullgör byggnadsnämnden kommunens uppgifter "
        "inom plan- och byggområdet och prövar även ansökningar om bygglov, "
        "rivningslov och marklov.",
        [("byggnadsnämnden", "byggnadsnämnd", POL), ("kommunens", "kommun", ORG)],
        [pres("fullgör", "fullgöra"), pres("prövar", "pröva")],
        [st("byggnadsnämnd", "byggnadsnämnden", NONE, None, "fullgöra", "fullgör"),
         st("byggnadsnämnd", "byggnadsnämnden", NONE, None, "pröva", "prövar")]),
    rec("sedan-2", "Sedan i januari sköter kulturnämnden biblioteken och beslutar om "
        "öppettiderna.",
        [("kulturnämnden", "kulturnämnd", POL)],
        [pres("sköter", "sköta"), pres("beslutar", "besluta")],
        [st("kulturnämnd", "kulturnämnden", NONE, None, "sköta", "sköter"),
         st("kulturnämnd", "kulturnämnden", NONE, None, "besluta", "beslutar")]),
    rec("sedan-3", "Sedan den 1 september handlägger överförmyndarnämnden ärendena och "
        "beslutar om arvoden.",
        [("överförmyndarnämnden", "överförmyndarnämnd", POL)],
        [pres("handlägger", "handlägga"), pres("beslutar", "besluta")],
        [st("överförmyndarnämnd", "överförmyndarnämnden", NONE, None, "handlägga",
            "handlägger"),
         st("överförmyndarnämnd", "överförmyndarnämnden", NONE, None, "besluta",
            "beslutar")]),
    rec("sedan-4", "Kommunen har en gemensam växel. Sedan den 1 mars sköter servicenämnden "
        "växeln och svarar för kundtjänsten.",
        [("Kommunen", "kommun", ORG), ("servicenämnden", "servicenämnd", POL)],
        [pres("har", "ha"), pres("sköter", "sköta"), pres("svarar", "svara")],
        [st("kommun", "Kommunen", NONE, None, "ha", "har"),
         st("servicenämnd", "servicenämnden", NONE, None, "sköta", "sköter"),
         st("servicenämnd", "servicenämnden", RESP, "svarar för", "svara", "svarar")]),
    rec("sedan-n1", "Sedan styrelsen har godkänt planen ska förvaltningen genomföra den.",
        [("styrelsen", "styrelse", POL), ("förvaltningen", "förvaltning", FORV)],
        [HAR, ("godkänt", "godkänna", "sup", "act"), SKA, inf("genomföra")],
        [st("förvaltning", "förvaltningen", OB, "ska", "genomföra", "genomföra")]),
    rec("sedan-n2", "Sedan nämnden har beslutat om taxan publicerar kansliet den.",
        [("nämnden", "nämnd", POL), ("kansliet", "kansli", FORV)],
        [HAR, ("beslutat", "besluta", "sup", "act"), pres("publicerar", "publicera")],
        [st("kansli", "kansliet", NONE, None, "publicera", "publicerar")]),
]

VAR = [
    rec("var-1", "Fullmäktige fastställer målen, och var och en av kommunens fem nämnder "
        "svarar för sin egen drift.",
        [("Fullmäktige", "fullmäktige", POL), ("kommunens", "kommun", ORG),
         ("nämnder", "nämnd", POL)],
        [pres("fastställer", "fastställa"), pres("svarar", "svara")],
        [st("fullmäktige", "Fullmäktige", NONE, None, "fastställa", "fastställer"),
         st("nämnd", "nämnder", RESP, "svarar för", "svara", "svarar")]),
    rec("var-2", "Var och en av regionens två styrelser utser en sekreterare.",
        [("regionens", "region", ORG), ("styrelser", "styrelse", POL),
         ("sekreterare", "sekreterare", TJP)],
        [pres("utser", "utse")],
        [st("styrelse", "styrelser", NONE, None, "utse", "utser")]),
    rec("var-3", "Vart och ett av bolagets dotterbolag ska lämna en årsredovisning.",
        [("bolagets", "bolag", ORG), ("dotterbolag", "dotterbolag", ORG)],
        [SKA, inf("lämna")],
        [st("dotterbolag", "dotterbolag", OB, "ska", "lämna", "lämna")]),
    rec("var-4", "Styrelsen beslutar om budgeten, och var och en av ledamöterna ska delta i "
        "arbetet.",
        [("Styrelsen", "styrelse", POL), ("ledamöterna", "ledamot", FTV)],
        [pres("beslutar", "besluta"), SKA, inf("delta")],
        [st("styrelse", "Styrelsen", NONE, None, "besluta", "beslutar"),
         st("ledamot", "ledamöterna", OB, "ska", "delta", "delta")]),
    rec("var-5", "Styrelsen fastställer ramarna; var och en av förvaltningarna upprättar sin "
        "plan.",
        [("Styrelsen", "styrelse", POL), ("förvaltningarna", "förvaltning", FORV)],
        [pres("fastställer", "fastställa"), pres("upprättar", "upprätta")],
        [st("styrelse", "Styrelsen", NONE, None, "fastställa", "fastställer"),
         st("förvaltning", "förvaltningarna", NONE, None, "upprätta", "upprättar")]),
]

RATT = [
    rec("ratt-1", "Ordföranden får vidaredelegera rätten att besluta om tjänsteresor till "
        "sekreteraren.",
        [("Ordföranden", "ordförande", FTV), ("sekreteraren", "sekreterare", TJP)],
        [FAR, inf("vidaredelegera"), inf("besluta")],
        [st("ordförande", "Ordföranden", PERM, "får", "vidaredelegera", "vidaredelegera")]),
    rec("ratt-2", "Rektor får i sin tur överlåta sin rätt att bevilja ledighet till "
        "biträdande rektor.",
        [("Rektor", "rektor", TJP), ("biträdande rektor", "biträdande rektor", TJP)],
        [FAR, inf("överlåta"), inf("bevilja")],
        [st("rektor", "Rektor", PERM, "får", "överlåta", "överlåta")]),
    rec("ratt-3", "Om ordföranden är förhindrad får vice ordföranden överlåta sin rätt att "
        "kalla till sammanträde till sekreteraren.",
        [("ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV),
         ("sekreteraren", "sekreterare", TJP)],
        [pres("är", "vara"), FAR, inf("överlåta"), inf("kalla")],
        [st("vice ordförande", "vice ordföranden", PERM, "får", "överlåta", "överlåta",
            condition="Om ordföranden är förhindrad")],
        ["Om ordföranden är förhindrad"]),
    rec("ratt-4", "Förvaltningschefen får med stöd av denna ordning delegera rätten att "
        "teckna avtal till enhetscheferna.",
        [("Förvaltningschefen", "förvaltningschef", TJP),
         ("enhetscheferna", "enhetschef", TJP)],
        [FAR, inf("delegera"), inf("teckna")],
        [st("förvaltningschef", "Förvaltningschefen", PERM, "får", "delegera", "delegera")]),
    rec("ratt-n1", "Vid sammanträdet får medlemmarna rätt att yttra sig.",
        [("medlemmarna", "medlem", FTV)],
        [FAR, inf("yttra")],
        [st("medlem", "medlemmarna", PERM, "får rätt att", "yttra", "yttra")]),
    rec("ratt-n2", "Revisorn ges rätt att närvara vid sammanträdena.",
        [("Revisorn", "revisor", FTV)],
        [("ges", "ge", "pres", "pass"), inf("närvara")],
        [st("revisor", "Revisorn", PERM, "ges rätt att", "närvara", "närvara")]),
]


if __name__ == "__main__":
    write_jsonl(f"{sys.argv[1]}/w56-d.jsonl", [*UPPDRAG, *DATUM, *SEDAN, *VAR, *RATT])
