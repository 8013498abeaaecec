"""Builds corpus/dev/w58-a.jsonl with its gold: invented material for round 58, writer w58a
(gen57's causes E-H that last round's rules reached in one slot only; each cause in several
slots and with several fillers). E `v2-*`: a fronted time or place adverbial (`sedan 2026`,
`från och med i år`, `under hösten`, `i kommunen`, `därefter`) + the finite verb + an
inverted subject in the second main clause after `, och`/`, men`/`;`, with active, modal and
passive verbs; fillers a definite noun, a compound, a named company, a series, a
distributive, a role + name, a bare role; also at the sentence start and as a paragraph's
third sentence; negative `v2-n1`: a pronoun subject, the actor after it the object. F `roll-*`:
an article-less role (`ansvarig chef`, `biträdande förvaltningschef`, `närmaste chef`) as a
passive's `av`-agent or a subject, at the start, in V2, after `, men`, in a series, as a third
sentence, canonical as its definite form; negative `roll-n1`: the bare role as a predicative.
G `distr-*`: a distributive subject (`var och en av X`, `varje X`, `envar av X`) with a PP or
adverbial between the modal and the infinitive, at the start, in V2, after `, och`, as an
agent; negative `distr-n1`: the distributive phrase after a main verb (an object). H `namn-*`:
a role + personal name as the V2 subject and the `av`-agent, in a series, after `, och`,
inside a cue (`har … rätt att`); the name no actor (§2.1, §2.6 round 36); negative `namn-n1`:
role + name as an object. Gold by hand from docs/annotation.md §2.1, §2.3, §2.6, §5.1,
§5.2, §5.6 before the rules. Offsets computed. Run: python corpus/make_w58_a.py corpus/dev"""

import sys

from records import FAR, FORV, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

NONE, OB, PERM, RESP = "none", "obligation", "permission", "responsibility"
AR = ("är", "vara", "pres", "act")


def rec(doc, cid, *args, **kwargs):
    return records_for(f"w58-a-{doc}", check_texts=True, conditions_from_statements=True)(
        cid, *args, **kwargs)


def past(word, lemma, voice="act"):
    return (word, lemma, "past", voice, 0)


def pas(word, lemma):
    return pres(word, lemma, "pass")


# E: fronted time/place adverbial + V2 verb + inverted subject in a later main clause.
V2 = [
    rec("v2-1", "1", "Nämnden antog planen 2025, och sedan 2026 leds arbetet av "
        "förvaltningschefen.",
        [("Nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [past("antog", "anta"), pas("leds", "leda")],
        [st("nämnd", "Nämnden", NONE, None, "anta", "antog", "planen"),
         st("förvaltningschef", "förvaltningschefen", NONE, None, "leda", "leds", "arbetet",
            passive=True)]),
    rec("v2-2", "1", "Styrelsen fastställer målen, men från och med i år ska "
        "socialförvaltningen redovisa utfallet.",
        [("Styrelsen", "styrelse", POL), ("socialförvaltningen", "socialförvaltning", FORV)],
        [pres("fastställer", "fastställa"), SKA, inf("redovisa")],
        [st("styrelse", "Styrelsen", NONE, None, "fastställa", "fastställer", "målen"),
         st("socialförvaltning", "socialförvaltningen", OB, "ska", "redovisa", "redovisa",
            "utfallet")]),
    rec("v2-3", "1", "Bolaget äger fastigheterna; under hösten fattas beslut om hyrorna av "
        "styrelsen.",
        [("Bolaget", "bolag", ORG), ("styrelsen", "styrelse", POL)],
        [pres("äger", "äga"), pas("fattas", "fatta")],
        [st("bolag", "Bolaget", NONE, None, "äga", "äger", "fastigheterna"),
         st("styrelse", "styrelsen", NONE, None, "fatta", "fattas", "beslut om hyrorna",
            passive=True)]),
    rec("v2-4", "1", "Kommunen äger två bolag, och i kommunen ansvarar kommundirektör Ola Ek "
        "för samordningen.",
        [("Kommunen", "kommun", ORG), ("bolag", "bolag", ORG), ("kommunen", "kommun", ORG),
         ("kommundirektör", "kommundirektör", TJP)],
        [pres("äger", "äga"), pres("ansvarar", "ansvara")],
        [st("kommun", "Kommunen", NONE, None, "äga", "äger", "två bolag"),
         st("kommundirektör", "kommundirektör", RESP, "ansvarar för", "ansvara", "ansvarar",
            "samordningen")]),
    rec("v2-5", "1", "Nämnden tar fram ett förslag, och därefter fattar kommunstyrelsen och "
        "fullmäktige beslut.",
        [("Nämnden", "nämnd", POL), ("kommunstyrelsen", "kommunstyrelse", POL),
         ("fullmäktige", "fullmäktige", POL)],
        [pres("tar", "ta"), pres("fattar", "fatta")],
        [st("nämnd", "Nämnden", NONE, None, "ta", "tar", "ett förslag"),
         st("kommunstyrelse", "kommunstyrelsen", NONE, None, "fatta", "fattar", "beslut"),
         st("fullmäktige", "fullmäktige", NONE, None, "fatta", "fattar", "beslut")]),
    rec("v2-6", "1", "Nämnden antog planen, och sedan 2026 leder Ekby Energi AB arbetet.",
        [("Nämnden", "nämnd", POL), ("Ekby Energi AB", "ekby energi ab", ORG)],
        [past("antog", "anta"), pres("leder", "leda")],
        [st("nämnd", "Nämnden", NONE, None, "anta", "antog", "planen"),
         st("ekby energi ab", "Ekby Energi AB", NONE, None, "leda", "leder", "arbetet")]),
    rec("v2-7", "1", "Styrelsen har sju ledamöter, och sedan 2026 leder var och en av "
        "ledamöterna ett utskott.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("ledamöterna", "ledamot", FTV), ("utskott", "utskott", POL)],
        [pres("har", "ha"), pres("leder", "leda")],
        [st("styrelse", "Styrelsen", NONE, None, "ha", "har", "sju ledamöter"),
         st("ledamot", "ledamöterna", NONE, None, "leda", "leder", "ett utskott")]),
    rec("v2-8", "1", "Planen antas av fullmäktige, men under våren ska den granskas av "
        "revisorerna.",
        [("fullmäktige", "fullmäktige", POL), ("revisorerna", "revisor", FTV)],
        [pas("antas", "anta"), SKA, inf("granskas", "granska", "pass")],
        [st("fullmäktige", "fullmäktige", NONE, None, "anta", "antas", "Planen",
            passive=True),
         st("revisor", "revisorerna", OB, "ska", "granska", "granskas", "den", passive=True)]),
    rec("v2-9", "1", "Förbundet har ett kansli. Kansliet bereder ärendena. Under hösten "
        "fattas beslut om budgeten av direktionen.",
        [("Förbundet", "förbund", ORG), ("kansli", "kansli", FORV), ("Kansliet", "kansli", FORV),
         ("direktionen", "direktion", POL)],
        [pres("har", "ha"), pres("bereder", "bereda"), pas("fattas", "fatta")],
        [st("förbund", "Förbundet", NONE, None, "ha", "har", "ett kansli"),
         st("kansli", "Kansliet", NONE, None, "bereda", "bereder", "ärendena"),
         st("direktion", "direktionen", NONE, None, "fatta", "fattas", "beslut om budgeten",
            passive=True)]),
    rec("v2-10", "1", "Styrelsen antar budgeten; därefter ska ekonomichef och controller följa "
        "upp den.",
        [("Styrelsen", "styrelse", POL), ("ekonomichef", "ekonomichef", TJP),
         ("controller", "controller", TJP)],
        [pres("antar", "anta"), SKA, inf("följa")],
        [st("styrelse", "Styrelsen", NONE, None, "anta", "antar", "budgeten"),
         st("ekonomichef", "ekonomichef", OB, "ska", "följa", "följa", "den"),
         st("controller", "controller", OB, "ska", "följa", "följa", "den")]),
    rec("v2-11", "1", "Under hösten fattas beslut av styrelsen.",
        [("styrelsen", "styrelse", POL)],
        [pas("fattas", "fatta")],
        [st("styrelse", "styrelsen", NONE, None, "fatta", "fattas", "beslut", passive=True)]),
    # negative: a pronoun subject after the fronted adverb, the actor after it its object
    rec("v2-n1", "1", "Styrelsen beslutar om budgeten, och därefter informerar vi nämnden.",
        [("Styrelsen", "styrelse", POL), ("nämnden", "nämnd", POL)],
        [pres("beslutar", "besluta"), pres("informerar", "informera")],
        [st("styrelse", "Styrelsen", NONE, None, "besluta", "beslutar", "om budgeten")]),
]

# F: an article-less role as an agent or a subject.
ROLL = [
    rec("roll-1", "1", "Beslut om ledighet fattas av ansvarig chef.",
        [("chef", "chef", TJP)],
        [pas("fattas", "fatta")],
        [st("chef", "chef", NONE, None, "fatta", "fattas", "Beslut om ledighet",
            passive=True)]),
    rec("roll-2", "1", "Ärendet bereds av handläggare på kansliet och avgörs av nämnden.",
        [("handläggare", "handläggare", TJP), ("kansliet", "kansli", FORV),
         ("nämnden", "nämnd", POL)],
        [pas("bereds", "bereda"), pas("avgörs", "avgöra")],
        [st("handläggare", "handläggare", NONE, None, "bereda", "bereds", "Ärendet",
            passive=True),
         st("nämnd", "nämnden", NONE, None, "avgöra", "avgörs", "Ärendet", passive=True)]),
    rec("roll-3", "1", "I år ska närmaste chef besluta om ledighet.",
        [("chef", "chef", TJP)],
        [SKA, inf("besluta")],
        [st("chef", "chef", OB, "ska", "besluta", "besluta", "om ledighet")]),
    rec("roll-4", "1", "Nämnden beslutar om taxor, men enskilda ärenden avgörs av ansvarig "
        "handläggare.",
        [("Nämnden", "nämnd", POL), ("handläggare", "handläggare", TJP)],
        [pres("beslutar", "besluta"), pas("avgörs", "avgöra")],
        [st("nämnd", "Nämnden", NONE, None, "besluta", "beslutar", "om taxor"),
         st("handläggare", "handläggare", NONE, None, "avgöra", "avgörs", "enskilda ärenden",
            passive=True)]),
    rec("roll-5", "1", "Förvaltningen har en ny organisation. Den gäller från i år. "
        "Uppföljningen görs av biträdande förvaltningschef.",
        [("Förvaltningen", "förvaltning", FORV),
         ("biträdande förvaltningschef", "biträdande förvaltningschef", TJP)],
        [pres("har", "ha"), pres("gäller", "gälla"), pas("görs", "göra")],
        [st("förvaltning", "Förvaltningen", NONE, None, "ha", "har", "en ny organisation"),
         st("biträdande förvaltningschef", "biträdande förvaltningschef", NONE, None, "göra",
            "görs", "Uppföljningen", passive=True)]),
    rec("roll-6", "1", "Yttranden lämnas av närmaste chef eller av tillförordnad "
        "förvaltningschef.",
        [("chef", "chef", TJP),
         ("tillförordnad förvaltningschef", "tillförordnad förvaltningschef", TJP)],
        [pas("lämnas", "lämna")],
        [st("chef", "chef", NONE, None, "lämna", "lämnas", "Yttranden", passive=True),
         st("tillförordnad förvaltningschef", "tillförordnad förvaltningschef", NONE, None,
            "lämna", "lämnas", "Yttranden", passive=True)]),
    rec("roll-7", "1", "Nämnden beslutar om taxor, och sedan i år beslutar biträdande "
        "förvaltningschef om avgifter.",
        [("Nämnden", "nämnd", POL),
         ("biträdande förvaltningschef", "biträdande förvaltningschef", TJP)],
        [pres("beslutar", "besluta"), pres("beslutar", "besluta", nth=1)],
        [st("nämnd", "Nämnden", NONE, None, "besluta", "beslutar", "om taxor"),
         st("biträdande förvaltningschef", "biträdande förvaltningschef", NONE, None,
            "besluta", "beslutar", "om avgifter")]),
    rec("roll-8", "1", "Under semestern fattas beslut av tillförordnad förvaltningschef.",
        [("tillförordnad förvaltningschef", "tillförordnad förvaltningschef", TJP)],
        [pas("fattas", "fatta")],
        [st("tillförordnad förvaltningschef", "tillförordnad förvaltningschef", NONE, None,
            "fatta", "fattas", "beslut", passive=True)]),
    rec("roll-9", "1", "Styrelsen beslutar om budgeten. Den följs upp varje månad. Under "
        "hösten fattas beslut av ansvarig chef.",
        [("Styrelsen", "styrelse", POL), ("chef", "chef", TJP)],
        [pres("beslutar", "besluta"), pas("följs", "följa"), pas("fattas", "fatta")],
        [st("styrelse", "Styrelsen", NONE, None, "besluta", "beslutar", "om budgeten"),
         st("chef", "chef", NONE, None, "fatta", "fattas", "beslut", passive=True)]),
    # negative: the bare role as a predicative is no actor
    rec("roll-n1", "1", "Delegaten är ansvarig chef.",
        [("Delegaten", "delegat", TJP)],
        [AR],
        [st("delegat", "Delegaten", NONE, None, "vara", "är", "ansvarig chef")]),
]

# G: a distributive subject with a phrase between the modal and the infinitive.
DISTR = [
    rec("distr-1", "1", "Var och en av ledamöterna ska i turordning leda mötet.",
        [("ledamöterna", "ledamot", FTV)],
        [SKA, inf("leda")],
        [st("ledamot", "ledamöterna", OB, "ska", "leda", "leda", "mötet")]),
    rec("distr-2", "1", "I år ska var och en av ledamöterna i turordning leda mötet.",
        [("ledamöterna", "ledamot", FTV)],
        [SKA, inf("leda")],
        [st("ledamot", "ledamöterna", OB, "ska", "leda", "leda", "mötet")]),
    rec("distr-3", "1", "Varje nämnd ska inom sitt område följa upp verksamheten.",
        [("nämnd", "nämnd", POL)],
        [SKA, inf("följa")],
        [st("nämnd", "nämnd", OB, "ska", "följa", "följa", "verksamheten")]),
    rec("distr-4", "1", "Envar av revisorerna får på eget initiativ granska räkenskaperna.",
        [("revisorerna", "revisor", FTV)],
        [FAR, inf("granska")],
        [st("revisor", "revisorerna", PERM, "får", "granska", "granska", "räkenskaperna")]),
    rec("distr-5", "1", "Fullmäktige fastställer budgeten, och varje nämnd ska under året "
        "följa upp verksamheten.",
        [("Fullmäktige", "fullmäktige", POL), ("nämnd", "nämnd", POL)],
        [pres("fastställer", "fastställa"), SKA, inf("följa")],
        [st("fullmäktige", "Fullmäktige", NONE, None, "fastställa", "fastställer", "budgeten"),
         st("nämnd", "nämnd", OB, "ska", "följa", "följa", "verksamheten")]),
    rec("distr-6", "1", "I år leder var och en av ledamöterna ett utskott.",
        [("ledamöterna", "ledamot", FTV), ("utskott", "utskott", POL)],
        [pres("leder", "leda")],
        [st("ledamot", "ledamöterna", NONE, None, "leda", "leder", "ett utskott")]),
    rec("distr-7", "1", "Förslaget granskas under våren av var och en av nämnderna.",
        [("nämnderna", "nämnd", POL)],
        [pas("granskas", "granska")],
        [st("nämnd", "nämnderna", NONE, None, "granska", "granskas", "Förslaget",
            passive=True)]),
    rec("distr-8", "1", "Styrelsen har sju ledamöter. Den sammanträder varje månad. Envar av "
        "ledamöterna får under sammanträdet begära ordet.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("ledamöterna", "ledamot", FTV)],
        [pres("har", "ha"), pres("sammanträder", "sammanträda"), FAR, inf("begära")],
        [st("styrelse", "Styrelsen", NONE, None, "ha", "har", "sju ledamöter"),
         st("ledamot", "ledamöterna", PERM, "får", "begära", "begära", "ordet")]),
    rec("distr-9", "1", "Kommunerna äger förbundet, och var och en av kommunerna ska efter "
        "valet utse en ledamot.",
        [("Kommunerna", "kommun", ORG), ("förbundet", "förbund", ORG),
         ("kommunerna", "kommun", ORG), ("ledamot", "ledamot", FTV)],
        [pres("äger", "äga"), SKA, inf("utse")],
        [st("kommun", "Kommunerna", NONE, None, "äga", "äger", "förbundet"),
         st("kommun", "kommunerna", OB, "ska", "utse", "utse", "en ledamot")]),
    # negative: the distributive phrase after a main verb is the object
    rec("distr-n1", "1", "Nämnden lämnar uppdrag till var och en av förvaltningarna.",
        [("Nämnden", "nämnd", POL), ("förvaltningarna", "förvaltning", FORV)],
        [pres("lämnar", "lämna")],
        [st("nämnd", "Nämnden", NONE, None, "lämna", "lämnar",
            "uppdrag till var och en av förvaltningarna")]),
]

# H: a role + personal name: the role is the actor, the name none.
NAMN = [
    rec("namn-1", "1", "I år leder kanslichef Eva Ek arbetet.",
        [("kanslichef", "kanslichef", TJP)],
        [pres("leder", "leda")],
        [st("kanslichef", "kanslichef", NONE, None, "leda", "leder", "arbetet")]),
    rec("namn-2", "1", "Protokollet justeras av ordförande Per Holm.",
        [("ordförande", "ordförande", FTV)],
        [pas("justeras", "justera")],
        [st("ordförande", "ordförande", NONE, None, "justera", "justeras", "Protokollet",
            passive=True)]),
    rec("namn-3", "1", "Protokollet justeras av ordförande Per Holm och vice ordförande "
        "Eva Ek.",
        [("ordförande", "ordförande", FTV), ("vice ordförande", "vice ordförande", FTV)],
        [pas("justeras", "justera")],
        [st("ordförande", "ordförande", NONE, None, "justera", "justeras", "Protokollet",
            passive=True),
         st("vice ordförande", "vice ordförande", NONE, None, "justera", "justeras",
            "Protokollet", passive=True)]),
    rec("namn-4", "1", "Kanslichef Eva Ek och ekonomichef Lars Ek ska leda arbetet.",
        [("Kanslichef", "kanslichef", TJP), ("ekonomichef", "ekonomichef", TJP)],
        [SKA, inf("leda")],
        [st("kanslichef", "Kanslichef", OB, "ska", "leda", "leda", "arbetet"),
         st("ekonomichef", "ekonomichef", OB, "ska", "leda", "leda", "arbetet")]),
    rec("namn-5", "1", "Nämnden antog planen, men arbetet leds av kanslichef Eva Ek.",
        [("Nämnden", "nämnd", POL), ("kanslichef", "kanslichef", TJP)],
        [past("antog", "anta"), pas("leds", "leda")],
        [st("nämnd", "Nämnden", NONE, None, "anta", "antog", "planen"),
         st("kanslichef", "kanslichef", NONE, None, "leda", "leds", "arbetet",
            passive=True)]),
    rec("namn-6", "1", "Nämnden antog planen, och sedan 2026 leds arbetet av förvaltningschef "
        "Anna Berg och ekonomichef Lars Ek.",
        [("Nämnden", "nämnd", POL), ("förvaltningschef", "förvaltningschef", TJP),
         ("ekonomichef", "ekonomichef", TJP)],
        [past("antog", "anta"), pas("leds", "leda")],
        [st("nämnd", "Nämnden", NONE, None, "anta", "antog", "planen"),
         st("förvaltningschef", "förvaltningschef", NONE, None, "leda", "leds", "arbetet",
            passive=True),
         st("ekonomichef", "ekonomichef", NONE, None, "leda", "leds", "arbetet",
            passive=True)]),
    rec("namn-7", "1", "Nämnden har fem ledamöter. Den sammanträder varje månad. Sedan mars "
        "leder ordförande Per Holm mötena.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV),
         ("ordförande", "ordförande", FTV)],
        [pres("har", "ha"), pres("sammanträder", "sammanträda"), pres("leder", "leda")],
        [st("nämnd", "Nämnden", NONE, None, "ha", "har", "fem ledamöter"),
         st("ordförande", "ordförande", NONE, None, "leda", "leder", "mötena")]),
    rec("namn-8", "1", "Under hösten ska ekonomidirektör Karin Lind presentera budgeten.",
        [("ekonomidirektör", "ekonomidirektör", TJP)],
        [SKA, inf("presentera")],
        [st("ekonomidirektör", "ekonomidirektör", OB, "ska", "presentera", "presentera",
            "budgeten")]),
    rec("namn-9", "1", "Vid förfall har ekonomichef Lars Ek rätt att besluta om inköp.",
        [("ekonomichef", "ekonomichef", TJP)],
        [pres("har", "ha"), inf("besluta")],
        [st("ekonomichef", "ekonomichef", PERM, "har rätt att", "besluta", "besluta",
            "om inköp", condition="Vid förfall")]),
    # negative: role + name as an object is part of the name, no actor
    rec("namn-n1", "1", "Styrelsen utsåg i mars kanslichef Eva Ek till sekreterare.",
        [("Styrelsen", "styrelse", POL)],
        [past("utsåg", "utse")],
        [st("styrelse", "Styrelsen", NONE, None, "utse", "utsåg",
            "kanslichef Eva Ek till sekreterare")]),
]

if __name__ == "__main__":
    write_jsonl(f"{sys.argv[1]}/w58-a.jsonl", [*V2, *ROLL, *DISTR, *NAMN])
