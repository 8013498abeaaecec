"""Builds corpus/dev/w37-c.jsonl: invented material for round 37, writer C (analysts of parts
aq and ar; gold by hand from docs/annotation.md before the rules): ar-C1 a copula
predicative in a second VP owned by a genitive; ar-C3 a statute's field labels
`Departement/myndighet`, `Myndighet`; ar-C4/aq-C6 the heads `styre`, `fokusgrupp`,
`länsledning`, `kommunmedlem`, the population `barn`; aq-C1 a body's `valberedning`; aq-C3 a
classifying predicative whose adjective the tagger reads as a noun; aq-C5 unit names after
`enheten`/`avdelningarna`; ar-C5 a company name holding `kommun`; ar-C7 `-regionen` names
after `från`, `vardera region`; aq-C2 a bare `organisationer` subject with a `med` phrase;
`statliga myndigheter`, `bedriva en effektiv förvaltning`, `vi som tjänstemän`.
Offsets computed. Run: python corpus/make_w37_c.py corpus/dev"""

import sys
from pathlib import Path

from records import EXT, FAR, FORV, FTV, HAR, ORG, OVR, POL, SKA, clause_record, write_jsonl


def rec(cid, text, actors=(), verbs=(), statements=()):
    return clause_record("w37-c", cid, text, actors, verbs, statements)


def st(actor, actor_text, deontic, modal, aim, aim_text, passive, obj, negated=False):
    return (actor, actor_text, deontic, modal, aim, aim_text, negated, passive, obj, None)


def pres(word, lemma):
    return (word, lemma, "pres", "act")


def inf(word, lemma):
    return (word, lemma, "inf", "act")


AR = ("är", "vara", "pres", "act")

RECORDS = [
    # ar-C1: a copula predicative in a second VP keeps its owner's genitive
    rec("c1-1", "Kongressen sammanträder vart fjärde år och är förbundets högsta beslutande organ.",
        [("Kongressen", "kongress", OVR), ("förbundets", "förbund", ORG)],
        [pres("sammanträder", "sammanträda"), AR],
        [st("kongress", "Kongressen", "none", None, "sammanträda", "sammanträder", False, None),
         st("kongress", "Kongressen", "none", None, "vara", "är", False,
            "förbundets högsta beslutande organ")]),
    rec("c1-2", "Styrelsen leder verksamheten och är stiftelsens verkställande organ.",
        [("Styrelsen", "styrelse", POL), ("stiftelsens", "stiftelse", ORG)],
        [pres("leder", "leda"), AR],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder", False, "verksamheten"),
         st("styrelse", "Styrelsen", "none", None, "vara", "är", False,
            "stiftelsens verkställande organ")]),
    rec("c1-3", "Fullmäktige antar budgeten och är Region Ekbys högsta beslutande organ.",
        [("Fullmäktige", "fullmäktige", POL), ("Region Ekbys", "region ekby", ORG)],
        [pres("antar", "anta"), AR],
        [st("fullmäktige", "Fullmäktige", "none", None, "anta", "antar", False, "budgeten"),
         st("fullmäktige", "Fullmäktige", "none", None, "vara", "är", False,
            "Region Ekbys högsta beslutande organ")]),
    # the genitive of a title it forms stays in the predicative (§2.1, `genitive_heads`)
    rec("c1-4", "Kanslichefen bereder ärendena och är nämndens sekreterare.",
        [("Kanslichefen", "kanslichef", "tjänsteperson")],
        [pres("bereder", "bereda"), AR],
        [st("kanslichef", "Kanslichefen", "none", None, "bereda", "bereder", False, "ärendena"),
         st("kanslichef", "Kanslichefen", "none", None, "vara", "är", False,
            "nämndens sekreterare")]),
    # ar-C3: a statute's field labels
    rec("c3-1", "SFS nr: 2031:45 Departement/myndighet: Socialdepartementet Utfärdad: 2031-05-04",
        [("Socialdepartementet", "socialdepartementet", EXT)]),
    rec("c3-2", "Departement: Finansdepartementet Utfärdad: 2031-02-01",
        [("Finansdepartementet", "finansdepartementet", EXT)]),
    rec("c3-3", "Myndighet: Finansdepartementet Ikraft: 2031-07-01",
        [("Finansdepartementet", "finansdepartementet", EXT)]),
    rec("c3-4", "Myndigheten ska informera departementet om beslutet.",
        [("Myndigheten", "myndighet", EXT), ("departementet", "departement", FORV)],
        [SKA, inf("informera", "informera")],
        [st("myndighet", "Myndigheten", "obligation", "ska", "informera", "informera", False,
            "departementet om beslutet")]),
    # ar-C4, aq-C6: lexicon
    rec("c4-1", "Förbundsstyrelsen fastställer arbetsordningar för styren och fokusgrupper.",
        [("Förbundsstyrelsen", "förbundsstyrelse", POL), ("styren", "styre", POL),
         ("fokusgrupper", "fokusgrupp", OVR)],
        [pres("fastställer", "fastställa")],
        [st("förbundsstyrelse", "Förbundsstyrelsen", "none", None, "fastställa", "fastställer",
            False, "arbetsordningar för styren och fokusgrupper")]),
    rec("c4-2", "Länsledningen ska informera kommunmedlemmarna om beslutet.",
        [("Länsledningen", "länsledning", OVR), ("kommunmedlemmarna", "kommunmedlem", EXT)],
        [SKA, inf("informera", "informera")],
        [st("länsledning", "Länsledningen", "obligation", "ska", "informera", "informera", False,
            "kommunmedlemmarna om beslutet")]),
    rec("c4-3", "Nämnden samråder med barn och ungdomar i området.",
        [("Nämnden", "nämnd", POL), ("barn", "barn", EXT), ("ungdomar", "ungdom", EXT)],
        [pres("samråder", "samråda")],
        [st("nämnd", "Nämnden", "none", None, "samråda", "samråder", False,
            "med barn och ungdomar i området")]),
    rec("c4-4", "Barn får delta i rådets möten.",
        [("Barn", "barn", EXT), ("rådets", "råd", POL)],
        [FAR, inf("delta", "delta")],
        [st("barn", "Barn", "permission", "får", "delta", "delta", False, "i rådets möten")]),
    rec("c4-5", "Kommunen ansvarar för barnomsorgen.",
        [("Kommunen", "kommun", ORG)],
        [pres("ansvarar", "ansvara")],
        [st("kommun", "Kommunen", "responsibility", "ansvarar för", "ansvara", "ansvarar", False,
            "barnomsorgen")]),
    # aq-C1: a body's valberedning (§2.2 round 37)
    rec("c5-1", "Förslaget bereds av regionfullmäktiges valberedning.",
        [("regionfullmäktiges valberedning", "regionfullmäktiges valberedning", POL)],
        [("bereds", "bereda", "pres", "pass")],
        [st("regionfullmäktiges valberedning", "regionfullmäktiges valberedning", "none", None,
            "bereda", "bereds", True, "Förslaget")]),
    rec("c5-2", "Årsmötets valberedning ska föreslå ledamöter till styrelsen.",
        [("Årsmötets valberedning", "årsmötets valberedning", POL),
         ("ledamöter", "ledamot", FTV), ("styrelsen", "styrelse", POL)],
        [SKA, inf("föreslå", "föreslå")],
        [st("årsmötets valberedning", "Årsmötets valberedning", "obligation", "ska", "föreslå",
            "föreslå", False, "ledamöter till styrelsen")]),
    rec("c5-3", "Valberedningen lämnar sitt förslag till stämman.",
        [("Valberedningen", "valberedning", POL), ("stämman", "stämma", POL)],
        [pres("lämnar", "lämna")],
        [st("valberedning", "Valberedningen", "none", None, "lämna", "lämnar", False,
            "sitt förslag till stämman")]),
    # aq-C3: a classifying predicative with a relative clause
    rec("c6-1", "Överförmyndarnämnden är en kommunal nämnd som är utsedd av fullmäktige.",
        [("Överförmyndarnämnden", "överförmyndarnämnd", POL), ("fullmäktige", "fullmäktige", POL)],
        [AR, ("är", "vara", "pres", "act", 1)],
        [st("överförmyndarnämnd", "Överförmyndarnämnden", "none", None, "vara", "är", False,
            "en kommunal nämnd som är utsedd av fullmäktige")]),
    # aq-C5: unit names after a unit noun
    rec("c7-1", "Nämnden leder enheten barn och familj.",
        [("Nämnden", "nämnd", POL), ("enheten", "enhet", FORV)],
        [pres("leder", "leda")],
        [st("nämnd", "Nämnden", "none", None, "leda", "leder", False, "enheten barn och familj")]),
    rec("c7-2", "Förvaltningen består av avdelningarna ekonomi och personal.",
        [("Förvaltningen", "förvaltning", FORV), ("avdelningarna", "avdelning", FORV)],
        [pres("består", "bestå")],
        [st("förvaltning", "Förvaltningen", "none", None, "bestå", "består", False,
            "av avdelningarna ekonomi och personal")]),
    # ar-C5: a company name holding `kommun`
    rec("c8-1", "Vinsten ska tillfalla Norrby kommun Fastighets AB.",
        [("Norrby kommun Fastighets AB", "norrby kommun fastighets ab", ORG)],
        [SKA, inf("tillfalla", "tillfalla")]),
    rec("c8-2", "Ekby kommun Bostads AB äger fastigheterna.",
        [("Ekby kommun Bostads AB", "ekby kommun bostads ab", ORG)],
        [pres("äger", "äga")],
        [st("ekby kommun bostads ab", "Ekby kommun Bostads AB", "none", None, "äga", "äger",
            False, "fastigheterna")]),
    # ar-C7: places
    rec("c9-1", "Ledamöterna kommer från Ekby- och Norrbyregionen.",
        [("Ledamöterna", "ledamot", FTV)],
        [pres("kommer", "komma")],
        [st("ledamot", "Ledamöterna", "none", None, "komma", "kommer", False,
            "från Ekby- och Norrbyregionen")]),
    rec("c9-2", "Styrelsen består av en ledamot från vardera region.",
        [("Styrelsen", "styrelse", POL), ("ledamot", "ledamot", FTV)],
        [pres("består", "bestå")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består", False,
            "av en ledamot från vardera region")]),
    rec("c9-3", "Medlemmarna kommer från Dalregionen och Kustregionen.",
        [("Medlemmarna", "medlem", OVR)],
        [pres("kommer", "komma")],
        [st("medlem", "Medlemmarna", "none", None, "komma", "kommer", False,
            "från Dalregionen och Kustregionen")]),
    rec("c9-4", "Nämnden får uppdrag från Norrbyregionen.",
        [("Nämnden", "nämnd", POL), ("Norrbyregionen", "norrbyregionen", ORG)],
        [FAR],
        [st("nämnd", "Nämnden", "none", None, "få", "får", False,
            "uppdrag från Norrbyregionen")]),
    # aq-C2: a bare `organisationer` subject with a postmodifying phrase
    rec("c10-1", "Organisationer med minst 40 medlemmar nominerar en ledamot.",
        [("Organisationer", "organisation", ORG), ("medlemmar", "medlem", OVR),
         ("ledamot", "ledamot", FTV)],
        [pres("nominerar", "nominera")],
        [st("organisation", "Organisationer", "none", None, "nominera", "nominerar", False,
            "en ledamot")]),
    rec("c10-2", "Organisationer med lokal förankring får lämna synpunkter till rådet.",
        [("Organisationer", "organisation", ORG), ("rådet", "råd", POL)],
        [FAR, inf("lämna", "lämna")],
        [st("organisation", "Organisationer", "permission", "får", "lämna", "lämna", False,
            "synpunkter till rådet")]),
    rec("c10-3", "Förbundet har en organisation med tydliga roller.",
        [("Förbundet", "förbund", ORG)],
        [HAR],
        [st("förbund", "Förbundet", "none", None, "ha", "har", False,
            "en organisation med tydliga roller")]),
    # optional: `statliga myndigheter`, `bedriva` + a quality adjective + förvaltning, a
    # pronoun's role after `som`
    rec("c11-1", "Nämnden samverkar med statliga myndigheter.",
        [("Nämnden", "nämnd", POL), ("statliga myndigheter", "statlig myndighet", EXT)],
        [pres("samverkar", "samverka")],
        [st("nämnd", "Nämnden", "none", None, "samverka", "samverkar", False,
            "med statliga myndigheter")]),
    rec("c11-2", "Bolaget ska bedriva en effektiv förvaltning av fastigheterna.",
        [("Bolaget", "bolag", ORG)],
        [SKA, inf("bedriva", "bedriva")],
        [st("bolag", "Bolaget", "obligation", "ska", "bedriva", "bedriva", False,
            "en effektiv förvaltning av fastigheterna")]),
    rec("c11-3", "Riktlinjen beskriver hur vi som tjänstemän ska arbeta med frågorna.", [],
        [pres("beskriver", "beskriva"), SKA, inf("arbeta", "arbeta")]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w37-c.jsonl", RECORDS)
