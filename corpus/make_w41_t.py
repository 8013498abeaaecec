"""Builds corpus/dev/w41-t.jsonl: invented paragraphs for round 41, writer T (analysis 41-agt,
statement causes of parts ag and t; gold by hand from docs/annotation.md before the rules):
C3 the neuter `är/vara skyldigt att` obligation; C1 the purpose cue `har till föremål för sin
verksamhet att` (and `har till ändamål/uppgift att`) with an adverbial between a dash pair
after `att`; C2 the inverted subject after a fronted subordinate clause (no comma, `varken …
eller`, a second modal after `För att … ska`); A1 the place of `ha sitt säte i X` / `med säte
i X` (round 40 decision: the place sense, no actor, no candidate for a board's kommun); C4 a
finite verb conjunct inside an `om`/`när` clause; C5 actors inside a `mellan`-phrase of a
non-actor subject; C10 `Extra stämma hålls …`; C9 a genitive in the predicative after an
inverted copula; C12 `på begäran av <role noun>`; C7 `komma överens … att V`; C8 the noun
before the postposition `tillhanda`. Each cause has a negative. Offsets computed.
Run: python corpus/make_w41_t.py corpus/dev"""

import sys
from pathlib import Path

from records import (
    AR,
    FAR,
    FTV,
    HAR,
    KAN,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_jsonl,
)
from records import statement as st

D = "w41-t"


rec = records_for(D, conditions_from_statements=True)


MASTE = pres("måste", "måsta")
ST_SKYLDIG = "är skyldigt att"
FOREMAL = "har till föremål för verksamheten att"

RECORDS = [
    # C3: the neuter of `skyldig att`
    rec("c3-1", "Bolaget är skyldigt att lämna ekonomisk information till kommunstyrelsen.",
        [("Bolaget", "bolag", ORG), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [AR, inf("lämna")],
        [st("bolag", "Bolaget", "obligation", ST_SKYLDIG, "lämna", "lämna",
            "ekonomisk information till kommunstyrelsen")]),
    rec("c3-2", "Förbundet ska vara skyldigt att redovisa sina kostnader för medlemskommunerna.",
        [("Förbundet", "förbund", ORG), ("medlemskommunerna", "medlemskommun", ORG)],
        [SKA, inf("vara"), inf("redovisa")],
        [st("förbund", "Förbundet", "obligation", "vara skyldigt att", "redovisa", "redovisa",
            "sina kostnader för medlemskommunerna")]),
    rec("c3-3", "Kommunalförbundet är alltid skyldigt att följa upphandlingslagen.",
        [("Kommunalförbundet", "kommunalförbund", ORG)], [AR, inf("följa")],
        [st("kommunalförbund", "Kommunalförbundet", "obligation", ST_SKYLDIG, "följa", "följa",
            "upphandlingslagen")]),
    # negative: `skyldigt` + a debt, no `att`
    rec("c3-n", "Bolaget är skyldigt kommunen ett årligt belopp.",
        [("Bolaget", "bolag", ORG), ("kommunen", "kommun", ORG)], [AR],
        [st("bolag", "Bolaget", "none", None, "vara", "är",
            "skyldigt kommunen ett årligt belopp")]),
    # C1: a dash pair around an adverbial after the cue's `att`
    rec("c1-1", "Bolaget har till föremål för verksamheten att – självt eller tillsammans med "
        "andra – bygga, äga och förvalta hyresfastigheter.",
        [("Bolaget", "bolag", ORG)],
        [HAR, inf("bygga"), inf("äga"), inf("förvalta")],
        [st("bolag", "Bolaget", "obligation", FOREMAL, aim, aim, "hyresfastigheter")
         for aim in ("bygga", "äga", "förvalta")]),
    rec("c1-2", "Stiftelsen har till ändamål att – inom ramen för avkastningen – ge bidrag till "
        "hembygdsforskning.",
        [("Stiftelsen", "stiftelse", ORG)], [HAR, inf("ge")],
        [st("stiftelse", "Stiftelsen", "obligation", "har till ändamål att", "ge", "ge",
            "bidrag till hembygdsforskning")]),
    rec("c1-3", "Föreningen har till uppgift att - i första hand - främja idrotten bland barn.",
        [("Föreningen", "förening", ORG)], [HAR, inf("främja")],
        [st("förening", "Föreningen", "obligation", "har till uppgift att", "främja", "främja",
            "idrotten bland barn")]),
    # negative: a dash pair after a modal (already right)
    rec("c1-n", "Bolaget ska – om ägaren begär det – lämna en särskild rapport.",
        [("Bolaget", "bolag", ORG), ("ägaren", "ägare", OVR)],
        [SKA, pres("begär", "begära"), inf("lämna")],
        [st("bolag", "Bolaget", "obligation", "ska", "lämna", "lämna", "en särskild rapport",
            condition="om ägaren begär det")]),
    # C2: the inverted subject after a fronted subordinate clause
    rec("c2-1", "Om sekreteraren är sjuk utser styrelsen en ersättare.",
        [("sekreteraren", "sekreterare", FTV), ("styrelsen", "styrelse", POL),
         ("ersättare", "ersättare", FTV)],
        [AR, pres("utser", "utse")],
        [st("styrelse", "styrelsen", "none", None, "utse", "utser", "en ersättare",
            condition="Om sekreteraren är sjuk")]),
    rec("c2-2", "Om varken kassören eller revisorn kan närvara, utser föreningen en annan medlem.",
        [("kassören", "kassör", FTV), ("revisorn", "revisor", FTV),
         ("föreningen", "förening", ORG), ("medlem", "medlem", OVR)],
        [KAN, inf("närvara"), pres("utser", "utse")],
        [st("förening", "föreningen", "none", None, "utse", "utser", "en annan medlem",
            condition="Om varken kassören eller revisorn kan närvara")]),
    rec("c2-3", "För att motionen ska bli antagen ska minst hälften av ombuden rösta för den.",
        [("ombuden", "ombud", FTV)],
        [SKA, inf("bli"), ("ska", "skola", "pres", "act", 1), inf("rösta")],
        [st("ombud", "ombuden", "obligation", "ska", "rösta", "rösta", "för den")]),
    rec("c2-4", "När budgeten är fastställd fördelar nämnden medlen.",
        [("nämnden", "nämnd", POL)], [AR, pres("fördelar", "fördela")],
        [st("nämnd", "nämnden", "none", None, "fördela", "fördelar", "medlen",
            condition="När budgeten är fastställd")]),
    # negative: the present inside the fronted clause is no main verb
    rec("c2-n", "Om nämnden utser en ersättare ska ersättaren delta i sammanträdet.",
        [("nämnden", "nämnd", POL), ("ersättare", "ersättare", FTV),
         ("ersättaren", "ersättare", FTV)],
        [pres("utser", "utse"), SKA, inf("delta")],
        [st("ersättare", "ersättaren", "obligation", "ska", "delta", "delta", "i sammanträdet",
            condition="Om nämnden utser en ersättare")]),
    # A1: the seat's place is no actor (round 40, decided), nor feeds the board's kommun
    rec("a1-1", "Föreningen ska ha sitt säte i Västby kommun.",
        [("Föreningen", "förening", ORG)], [SKA, inf("ha")],
        [st("förening", "Föreningen", "obligation", "ska", "ha", "ha",
            "sitt säte i Västby kommun")]),
    rec("a1-2", "Styrelsen ska ha sitt säte i Åsby kommun.",
        [("Styrelsen", "styrelse", POL)], [SKA, inf("ha")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "ha", "ha", "sitt säte i Åsby kommun")]),
    rec("a1-3", "Bolaget med säte i Hagby kommun ska följa ägardirektivet.",
        [("Bolaget", "bolag", ORG)], [SKA, inf("följa")],
        [st("bolag", "Bolaget", "obligation", "ska", "följa", "följa", "ägardirektivet")]),
    rec("a1-n", "Ekby kommun äger bolaget.",
        [("Ekby kommun", "ekby kommun", ORG), ("bolaget", "bolag", ORG)],
        [pres("äger", "äga")],
        [st("ekby kommun", "Ekby kommun", "none", None, "äga", "äger", "bolaget")]),
    # C4: a finite verb conjunct inside an `om` clause shares its subject `det`
    rec("c4-1", "Nämnden ska genomföra uppdraget om det inte strider mot lag, mot reglementet "
        "eller strider mot nämndens intressen.",
        [("Nämnden", "nämnd", POL), ("nämndens", "nämnd", POL)],
        [SKA, inf("genomföra"), pres("strider", "strida"), ("strider", "strida", "pres", "act", 1)],
        [st("nämnd", "Nämnden", "obligation", "ska", "genomföra", "genomföra", "uppdraget",
            condition="om det inte strider mot lag, mot reglementet eller strider mot "
            "nämndens intressen")]),
    rec("c4-n", "Styrelsen beslutar om budgeten och rapporterar till ägaren.",
        [("Styrelsen", "styrelse", POL), ("ägaren", "ägare", OVR)],
        [pres("beslutar", "besluta"), pres("rapporterar", "rapportera")],
        [st("styrelse", "Styrelsen", "none", None, "besluta", "beslutar", "om budgeten"),
         st("styrelse", "Styrelsen", "none", None, "rapportera", "rapporterar", "till ägaren")]),
    # C5: actors inside a `mellan`-phrase of a non-actor subject
    rec("c5-1", "Ägardirektivet, bolagsordningen samt avtalen mellan bolaget och kommunen är "
        "styrande dokument.",
        [("bolaget", "bolag", ORG), ("kommunen", "kommun", ORG)], [AR]),
    rec("c5-n", "Ordföranden och sekreteraren är firmatecknare.",
        [("Ordföranden", "ordförande", FTV), ("sekreteraren", "sekreterare", FTV)], [AR],
        [st("ordförande", "Ordföranden", "none", None, "vara", "är", "firmatecknare"),
         st("sekreterare", "sekreteraren", "none", None, "vara", "är", "firmatecknare")]),
    # C10: `Extra stämma hålls …`
    rec("c10-1", "Extra stämma hålls när styrelsen finner skäl till det.",
        [("stämma", "stämma", OVR), ("styrelsen", "styrelse", POL)],
        [("hålls", "hålla", "pres", "pass"), pres("finner", "finna")],
        [st("stämma", "stämma", "none", None, "hålla", "hålls", passive=True,
            condition="när styrelsen finner skäl till det")]),
    rec("c10-n", "Extra årsmöte hålls när styrelsen beslutar det.",
        [("årsmöte", "årsmöte", OVR), ("styrelsen", "styrelse", POL)],
        [("hålls", "hålla", "pres", "pass"), pres("beslutar", "besluta")],
        [st("årsmöte", "årsmöte", "none", None, "hålla", "hålls", passive=True,
            condition="när styrelsen beslutar det")]),
    # C9: a genitive in the predicative after an inverted copula
    rec("c9-1", "Mellan stämmorna är styrelsen och verkställande utskottet föreningens ledning.",
        [("styrelsen", "styrelse", POL), ("verkställande utskottet", "verkställande utskott", POL),
         ("föreningens", "förening", ORG)], [AR],
        [st("styrelse", "styrelsen", "none", None, "vara", "är", "föreningens ledning"),
         st("verkställande utskott", "verkställande utskottet", "none", None, "vara", "är",
            "föreningens ledning")]),
    rec("c9-n", "Styrelsen är klubbens främsta organ mellan stämmorna.",
        [("Styrelsen", "styrelse", POL), ("klubbens", "klubb", ORG)], [AR],
        [st("styrelse", "Styrelsen", "none", None, "vara", "är",
            "klubbens främsta organ mellan stämmorna")]),
    # C12: `på begäran av X` is no passive agent
    rec("c12-1", "Utskottet kan kallas till sammanträde på begäran av enskild ledamot.",
        [("Utskottet", "utskott", POL), ("ledamot", "ledamot", FTV)],
        [KAN, ("kallas", "kalla", "inf", "pass")],
        [st("utskott", "Utskottet", "permission", "kan", "kalla", "kallas",
            "på begäran av enskild ledamot", passive=True)]),
    rec("c12-n", "Nämnden kallas in av ordföranden på begäran av två ledamöter.",
        [("Nämnden", "nämnd", POL), ("ordföranden", "ordförande", FTV),
         ("ledamöter", "ledamot", FTV)],
        [("kallas", "kalla", "pres", "pass")],
        [st("ordförande", "ordföranden", "none", None, "kalla", "kallas",
            "på begäran av två ledamöter", passive=True)]),
    # C7: `komma överens … att V` is the main verb `komma`, no future auxiliary
    rec("c7-1", "Kommunen kan komma överens med bolaget att mot ersättning utföra fler tjänster.",
        [("Kommunen", "kommun", ORG), ("bolaget", "bolag", ORG)],
        [KAN, inf("komma"), inf("utföra")],
        [st("kommun", "Kommunen", "permission", "kan", "komma", "komma",
            "överens med bolaget att mot ersättning utföra fler tjänster")]),
    rec("c7-n", "Styrelsen kommer att utse en valberedning.",
        [("Styrelsen", "styrelse", POL), ("valberedning", "valberedning", POL)],
        [pres("kommer", "komma"), inf("utse")],
        [st("styrelse", "Styrelsen", "none", None, "utse", "utse", "en valberedning")]),
    # C8: the noun before the postposition `tillhanda` is no subject
    rec("c8-1", "Motionerna ska skickas in och vara styrelsen tillhanda i god tid.",
        [("styrelsen", "styrelse", POL)],
        [SKA, ("skickas", "skicka", "inf", "pass"), inf("vara")],
        [st(None, None, "obligation", "ska", "skicka", "skickas", passive=True)]),
    rec("c8-2", "Nomineringarna ska vara valberedningen tillhanda senast den 1 februari.",
        [("valberedningen", "valberedning", POL)], [SKA, inf("vara")]),
]
_ = (FAR, TJP, MASTE)

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w41-t.jsonl", RECORDS)
