"""Builds corpus/dev/w46-a.jsonl and the small documents corpus/dev/w46-a-*.txt with their
gold: invented material for round 46, writer A (analysis 46-bm, names and actors of
municipal documents; gold by hand from docs/annotation.md before the rules). bm-A1 (cause
3): a municipal federation named by its definite kind before the name (`Regionförbundet
Dalbygdens län`, `Miljöförbundet Ekbygden`, `Avfallsförbundet Norra dalen`), the lower-case
`län` closing the name also in a naming clause (`w46-a-regionforbund`, whose later
`Förbundet` takes the name), a county after `inom` and a kind + name + verb as negatives.
bm-A3 (cause 7): a fullmäktige arbetsordning whose adoption line names the body's former
name (`Beslutat av landstingsfullmäktige …`): the bare `fullmäktige` is the text's
`regionfullmäktige` (`w46-a-arbetsordning`); two rival compounds in the body keep it bare
(`w46-a-revision`). bm-A2 (cause 6): a body subject and a modal + `benämnas` with a lower-case
name (`w46-a-lonenamnd`): the name is the body's canonical there and later; `kallas till` +
`av` as negative. bm-G3 (cause 13): a relative `som` after a parenthesis belongs to the noun
before it, with an actor before the parenthesis as negative. bm-A4 (cause 14): a role noun
as a bare comma apposition after a municipality's name defines a role (no actor), and an
indefinite actor noun after `är en` is predicative. Offsets computed.
Run: python corpus/make_w46_a.py corpus/dev"""

import sys

from records import AR, EXT, FAR, FTV, KAN, ORG, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w46-a", conditions_from_statements=True)

HAR_ = ("har", "ha", "pres", "act")

SENTENCES = [
    # cause 3: the kind before the name, kinds other than Kommunalförbundet
    rec("a1-1", "Miljöförbundet Ekbygden ska utöva tillsyn enligt miljöbalken.",
        [("Miljöförbundet Ekbygden", "miljöförbundet ekbygden", ORG)],
        [SKA, inf("utöva")],
        [st("miljöförbundet ekbygden", "Miljöförbundet Ekbygden", "obligation", "ska", "utöva",
            "utöva", "tillsyn enligt miljöbalken")]),
    rec("a1-2", "Avfallsförbundet Norra dalen ansvarar för insamlingen av hushållsavfall.",
        [("Avfallsförbundet Norra dalen", "avfallsförbundet norra dalen", ORG)],
        [pres("ansvarar", "ansvara")],
        [st("avfallsförbundet norra dalen", "Avfallsförbundet Norra dalen", "responsibility",
            "ansvarar för", "ansvara", "ansvarar", "för insamlingen av hushållsavfall")]),
    rec("a1-3", "Samverkansförbundet Kustbygdens län får besluta om avgifter för sina "
        "tjänster.",
        [("Samverkansförbundet Kustbygdens län", "samverkansförbundet kustbygdens län", ORG)],
        [FAR, inf("besluta")],
        [st("samverkansförbundet kustbygdens län", "Samverkansförbundet Kustbygdens län",
            "permission", "får", "besluta", "besluta", "om avgifter för sina tjänster")]),
    # negatives: a lower-case verb after the name is no tail; a county after `inom`
    rec("a1-n1", "Regionförbundet Österland ansvarar för kollektivtrafiken.",
        [("Regionförbundet Österland", "regionförbundet österland", ORG)],
        [pres("ansvarar", "ansvara")],
        [st("regionförbundet österland", "Regionförbundet Österland", "responsibility",
            "ansvarar för", "ansvara", "ansvarar", "för kollektivtrafiken")]),
    rec("a1-n2", "Styrelsen samråder med kommunerna inom Österlands län.",
        [("Styrelsen", "styrelse", POL), ("kommunerna", "kommun", ORG)],
        [pres("samråder", "samråda")],
        [st("styrelse", "Styrelsen", "none", None, "samråda", "samråder",
            "med kommunerna inom Österlands län")]),
    # cause 13: a relative `som` after a parenthesis belongs to the noun before it
    rec("g3-1", "Dialogmötet är ett forum för nämnderna (och bolagen) som pågår under en "
        "hel dag.",
        [("nämnderna", "nämnd", POL), ("bolagen", "bolag", ORG)],
        [AR, pres("pågår", "pågå")]),
    rec("g3-2", "Dialog är ett verktyg för förvaltningarna (och bolagen) som kan användas "
        "vid planeringen.",
        [("förvaltningarna", "förvaltning", "förvaltningsorganisation"),
         ("bolagen", "bolag", ORG)],
        [AR, KAN, inf("användas", "använda", "pass")]),
    rec("g3-3", "Samråd är en arbetsform mellan styrelserna (och föreningarna) som ska "
        "tillämpas vid större förändringar.",
        [("styrelserna", "styrelse", POL), ("föreningarna", "förening", ORG)],
        [AR, SKA, inf("tillämpas", "tillämpa", "pass")]),
    # an actor before an aside in parentheses is the relative clause's antecedent
    rec("g3-4", "Arbetsutskottet (tre ledamöter) som ska bereda ärendena sammanträder varje "
        "vecka.",
        [("Arbetsutskottet", "arbetsutskott", POL), ("ledamöter", "ledamot", FTV)],
        [SKA, inf("bereda"), pres("sammanträder", "sammanträda")],
        [st("arbetsutskott", "Arbetsutskottet", "obligation", "ska", "bereda", "bereda",
            "ärendena"),
         st("arbetsutskott", "Arbetsutskottet", "none", None, "sammanträda", "sammanträder")]),
    # negative: a relative clause without a modal keeps no statement; the main clause does
    rec("g3-n1", "Arbetsutskottet (tre ledamöter) som bereder ärendena ska sammanträda "
        "varje vecka.",
        [("Arbetsutskottet", "arbetsutskott", POL), ("ledamöter", "ledamot", FTV)],
        [pres("bereder", "bereda"), SKA, inf("sammanträda")],
        [st("arbetsutskott", "Arbetsutskottet", "obligation", "ska", "sammanträda",
            "sammanträda")]),
    # cause 14: a role noun in a bare comma apposition after a name defines the role
    rec("a4-1", "Lövsta kommun, värdkommun, och Björkvik kommun, samverkanskommun, inrättar "
        "en gemensam nämnd.",
        [("Lövsta kommun", "lövsta kommun", ORG), ("Björkvik kommun", "björkvik kommun", ORG),
         ("gemensam nämnd", "gemensam nämnd", POL)],
        [pres("inrättar", "inrätta")],
        [st("lövsta kommun", "Lövsta kommun", "none", None, "inrätta", "inrättar",
            "en gemensam nämnd"),
         st("björkvik kommun", "Björkvik kommun", "none", None, "inrätta", "inrättar",
            "en gemensam nämnd")]),
    rec("a4-2", "Avtalet tecknas mellan Norrtorps kommun, huvudman, och Sjövik kommun.",
        [("Norrtorps kommun", "norrtorps kommun", ORG), ("Sjövik kommun", "sjövik kommun", ORG)],
        [pres("tecknas", "teckna", "pass")]),
    # an indefinite actor noun after `är en` is predicative
    rec("a4-3", "Samordningsförbundet är en egen juridisk person.",
        [("Samordningsförbundet", "samordningsförbund", ORG)],
        [AR],
        [st("samordningsförbund", "Samordningsförbundet", "none", None, "vara", "är",
            "en egen juridisk person")]),
    # negatives: a comma list of indefinite nouns after a name is no apposition; nor is a
    # comma list of bodies
    rec("a4-n1", "Nämnden samverkar med Sjövik kommun, polis, länsstyrelse och regionen.",
        [("Nämnden", "nämnd", POL), ("Sjövik kommun", "sjövik kommun", ORG),
         ("polis", "polis", EXT), ("länsstyrelse", "länsstyrelse", POL),
         ("regionen", "region", ORG)],
        [pres("samverkar", "samverka")],
        [st("nämnd", "Nämnden", "none", None, "samverka", "samverkar",
            "med Sjövik kommun, polis, länsstyrelse och regionen")]),
    rec("a4-n2", "Nämnden samråder med Björkvik kommun, med kommunstyrelsen och med "
        "revisorerna.",
        [("Nämnden", "nämnd", POL), ("Björkvik kommun", "björkvik kommun", ORG),
         ("kommunstyrelsen", "kommunstyrelse", POL), ("revisorerna", "revisor", FTV)],
        [pres("samråder", "samråda")],
        [st("nämnd", "Nämnden", "none", None, "samråda", "samråder",
            "med Björkvik kommun, med kommunstyrelsen och med revisorerna")]),
    # cause 6 negative: `kallas till` + an agent is convening, no naming
    rec("a2-n1", "Ledamöterna ska kallas till sammanträdet av ordföranden.",
        [("Ledamöterna", "ledamot", FTV), ("ordföranden", "ordförande", FTV)],
        [SKA, inf("kallas", "kalla", "pass")],
        [st("ordförande", "ordföranden", "obligation", "ska", "kalla", "kallas",
            "Ledamöterna", passive=True)]),
]

# cause 3: the naming clause's name ends with the lower-case `län`; `Förbundet` takes it
D = "w46-a-regionforbund"
RF = "regionförbundet dalbygdens län"
RF_TEXT = """Förbundsordning för Regionförbundet Dalbygdens län

1 § Namn

Förbundets namn är Regionförbundet Dalbygdens län.

2 § Säte

Förbundet har sitt säte i Hedemora.

3 § Uppgifter

Förbundet ska främja den regionala utvecklingen. Kollektivtrafiken inom Dalbygdens län \
samordnas av förbundet.
"""
RF_3 = ("Förbundet ska främja den regionala utvecklingen. Kollektivtrafiken inom Dalbygdens "
        "län samordnas av förbundet.")
REGIONFORBUND = [
    rec("title", "Förbundsordning för Regionförbundet Dalbygdens län",
        [("Regionförbundet Dalbygdens län", RF, ORG)], doc=D, kind="heading"),
    rec("1", "Namn", doc=D, kind="heading", label="1 §"),
    rec("1.1", "Förbundets namn är Regionförbundet Dalbygdens län.",
        [("Förbundets", RF, ORG)], [AR], doc=D, parent="1"),
    rec("2", "Säte", doc=D, kind="heading", label="2 §"),
    rec("2.1", "Förbundet har sitt säte i Hedemora.", [("Förbundet", RF, ORG)], [HAR_],
        [st(RF, "Förbundet", "none", None, "ha", "har", "sitt säte i Hedemora")], doc=D,
        parent="2"),
    rec("3", "Uppgifter", doc=D, kind="heading", label="3 §"),
    rec("3.1", RF_3, [("Förbundet", RF, ORG), ("förbundet", RF, ORG)],
        [SKA, inf("främja"), pres("samordnas", "samordna", "pass")],
        [st(RF, "Förbundet", "obligation", "ska", "främja", "främja",
            "den regionala utvecklingen"),
         st(RF, "förbundet", "none", None, "samordna", "samordnas", "Kollektivtrafiken",
            passive=True)], doc=D, parent="3"),
]

# cause 7: the adoption line's former name is no rival of the title's body
D = "w46-a-arbetsordning"
RFM = "regionfullmäktige"
AO_TEXT = """Region Västerland

Arbetsordning för regionfullmäktige

Beslutat av landstingsfullmäktige den 15 mars 2010.

1 § Sammanträden

Regionfullmäktige har 71 ledamöter. Fullmäktige sammanträder minst sex gånger per år.

2 § Beslut

Fullmäktige väljer en ordförande för mandatperioden. Fullmäktige fattar beslut med enkel \
majoritet.
"""
AO_1 = "Regionfullmäktige har 71 ledamöter. Fullmäktige sammanträder minst sex gånger per år."
AO_2 = ("Fullmäktige väljer en ordförande för mandatperioden. Fullmäktige fattar beslut med "
        "enkel majoritet.")
ARBETSORDNING = [
    rec("title", "Region Västerland", [("Region Västerland", "region västerland", ORG)],
        doc=D, kind="heading"),
    rec("1", "Arbetsordning för regionfullmäktige", [("regionfullmäktige", RFM, POL)], doc=D),
    rec("m1", "Beslutat av landstingsfullmäktige den 15 mars 2010.",
        [("landstingsfullmäktige", "landstingsfullmäktige", POL)], doc=D),
    rec("2", "Sammanträden", doc=D, kind="heading", label="1 §"),
    rec("2.1", AO_1,
        [("Regionfullmäktige", RFM, POL), ("ledamöter", "ledamot", FTV),
         ("Fullmäktige", RFM, POL)],
        [HAR_, pres("sammanträder", "sammanträda")],
        [st(RFM, "Regionfullmäktige", "none", None, "ha", "har", "71 ledamöter"),
         st(RFM, "Fullmäktige", "none", None, "sammanträda", "sammanträder")],
        doc=D, parent="2"),
    rec("3", "Beslut", doc=D, kind="heading", label="2 §"),
    rec("3.1", AO_2,
        [("Fullmäktige", RFM, POL), ("ordförande", "ordförande", FTV),
         ("Fullmäktige", RFM, POL, 1)],
        [pres("väljer", "välja"), pres("fattar", "fatta")],
        [st(RFM, "Fullmäktige", "none", None, "välja", "väljer",
            "en ordförande för mandatperioden"),
         st(RFM, "Fullmäktige", "none", None, "fatta", "fattar", "beslut med enkel majoritet")],
        doc=D, parent="3"),
]

# cause 7 negative: two rival compounds in the body keep the bare `fullmäktige`
D = "w46-a-revision"
REV_TEXT = """Reglemente för den gemensamma granskningen

Antagen av kommunfullmäktige 2018-05-02, § 40.

1 § Rapportering

Revisorerna rapporterar till kommunfullmäktige och till regionfullmäktige. Fullmäktige \
kan begära upplysningar från revisorerna.
"""
REV_1 = ("Revisorerna rapporterar till kommunfullmäktige och till regionfullmäktige. "
         "Fullmäktige kan begära upplysningar från revisorerna.")
REVISION = [
    rec("title", "Reglemente för den gemensamma granskningen", doc=D, kind="heading"),
    rec("m1", "Antagen av kommunfullmäktige 2018-05-02, § 40.",
        [("kommunfullmäktige", "kommunfullmäktige", POL)], doc=D),
    rec("1", "Rapportering", doc=D, kind="heading", label="1 §"),
    rec("1.1", REV_1,
        [("Revisorerna", "revisor", FTV), ("kommunfullmäktige", "kommunfullmäktige", POL),
         ("regionfullmäktige", "regionfullmäktige", POL), ("Fullmäktige", "fullmäktige", POL),
         ("revisorerna", "revisor", FTV)],
        [pres("rapporterar", "rapportera"), KAN, inf("begära")],
        [st("revisor", "Revisorerna", "none", None, "rapportera", "rapporterar",
            "till kommunfullmäktige och till regionfullmäktige"),
         st("fullmäktige", "Fullmäktige", "permission", "kan", "begära", "begära",
            "upplysningar från revisorerna")], doc=D, parent="1"),
]

# cause 6: a body named with a lower-case name by a modal + `benämnas`
D = "w46-a-lonenamnd"
LN = "lönenämnden ekonomi och personal"
LN_TEXT = """Avtal om gemensam nämnd för lönehantering

1 § Namn

Den gemensamma nämnden ska benämnas lönenämnden ekonomi och personal.

2 § Uppgifter

Lönenämnden ekonomi och personal ansvarar för kommunernas löneadministration. Nämnden \
ska varje år lämna en rapport till kommunstyrelserna.
"""
LN_2 = ("Lönenämnden ekonomi och personal ansvarar för kommunernas löneadministration. "
        "Nämnden ska varje år lämna en rapport till kommunstyrelserna.")
LONENAMND = [
    rec("title", "Avtal om gemensam nämnd för lönehantering",
        [("gemensam nämnd", "gemensam nämnd", POL)], doc=D, kind="heading"),
    rec("1", "Namn", doc=D, kind="heading", label="1 §"),
    rec("1.1", "Den gemensamma nämnden ska benämnas lönenämnden ekonomi och personal.",
        [("gemensamma nämnden", LN, POL)], [SKA, inf("benämnas", "benämna", "pass")],
        [st(LN, "gemensamma nämnden", "obligation", "ska", "benämna", "benämnas",
            "lönenämnden ekonomi och personal", passive=True)], doc=D, parent="1"),
    rec("2", "Uppgifter", doc=D, kind="heading", label="2 §"),
    rec("2.1", LN_2,
        [("Lönenämnden ekonomi och personal", LN, POL), ("kommunernas", "kommun", ORG),
         ("Nämnden", LN, POL), ("kommunstyrelserna", "kommunstyrelse", POL)],
        [pres("ansvarar", "ansvara"), SKA, inf("lämna")],
        [st(LN, "Lönenämnden ekonomi och personal", "responsibility", "ansvarar för",
            "ansvara", "ansvarar", "för kommunernas löneadministration"),
         st(LN, "Nämnden", "obligation", "ska", "lämna", "lämna",
            "en rapport till kommunstyrelserna")], doc=D, parent="2"),
]

DOCUMENTS = {
    "w46-a-regionforbund": (RF_TEXT, REGIONFORBUND),
    "w46-a-arbetsordning": (AO_TEXT, ARBETSORDNING),
    "w46-a-revision": (REV_TEXT, REVISION),
    "w46-a-lonenamnd": (LN_TEXT, LONENAMND),
}

if __name__ == "__main__":
    write_part(sys.argv[1], "w46-a", DOCUMENTS, before=SENTENCES)
