"""Builds corpus/dev/w41-w.jsonl and the small documents corpus/dev/w41-w-*.txt with their
gold: invented material for round 41, writer W (analysis 41-avza; gold written by hand after
docs/annotation.md, ahead of any rule): A1 a naming clause of one kind and a later compound of
that kind (`Förbundets namn är N` … `Kommunalförbundet`, and the reverse), with a
compound followed by its own name as the negative; C1 a purpose cue whose `att` is followed by a PP
and a comma-enclosed `eller om …` clause, or by a PP with an attributive participle, before
the infinitive; C2 clefts `Det är/var X som V` with the finite verb after `som`; A2 a guild
name with the older kind noun `Embetet` and its short form, lower-case `ämbetet` (an office)
the negative; A3 a defined acronym's genitive `KH:s` and a royal
college's genitive `Kungl. Xhögskolans`; C3 the
agents of an `av:` list, one body per item; C7 a
som-clause with its own subject and a stranded preposition; C5 a fronted `Över` + noun before a modal passive (an implicit statement);
C4 a place name inside `i A och B kommuner` that is also a verb form. Offsets computed.
Run: python corpus/make_w41_w.py corpus/dev"""

import sys

from records import AR, FTV, HAR, ORG, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w41-w")


def past(word, lemma, voice="act", nth=0):
    return (word, lemma, "past", voice, nth)


def title(doc):
    return rec("title", "Förbundsordning", doc=doc, kind="heading")


# A1: `Förbundets namn är N`, later `Kommunalförbundet` takes N
D1 = "w41-w-norrbyn"
NB = "norrbyns brandförbund"
NORRBYN_TEXT = """Förbundsordning

1 § Förbundets namn är Norrbyns brandförbund.

2 § Kommunalförbundet ansvarar för brandskyddet i medlemskommunerna.

3 § Kommunalförbundets direktion ska upprätta en plan för tillsynen.

4 § Förbundet samverkar med Kommunförbundet Västkusten.
"""
NORRBYN = [
    title(D1),
    rec("§1", "Förbundets namn är Norrbyns brandförbund.", [("Förbundets", NB, ORG)], [AR],
        doc=D1, parent="title", label="1 §"),
    rec("§2", "Kommunalförbundet ansvarar för brandskyddet i medlemskommunerna.",
        [("Kommunalförbundet", NB, ORG), ("medlemskommunerna", "medlemskommun", ORG)],
        [pres("ansvarar", "ansvara")],
        [st(NB, "Kommunalförbundet", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för brandskyddet i medlemskommunerna")], doc=D1, parent="title", label="2 §"),
    rec("§3", "Kommunalförbundets direktion ska upprätta en plan för tillsynen.",
        [("Kommunalförbundets", NB, ORG), ("direktion", "direktion", POL)],
        [SKA, inf("upprätta", "upprätta")],
        [st("direktion", "direktion", "obligation", "ska", "upprätta", "upprätta",
            "en plan för tillsynen")], doc=D1, parent="title", label="3 §"),
    rec("§4", "Förbundet samverkar med Kommunförbundet Västkusten.",
        [("Förbundet", NB, ORG), ("Kommunförbundet Västkusten", "kommunförbundet västkusten",
                                  ORG)],
        [pres("samverkar", "samverka")],
        [st(NB, "Förbundet", "none", None, "samverka", "samverkar",
            "med Kommunförbundet Västkusten")], doc=D1, parent="title", label="4 §"),
]

# A1 reversed: `Kommunalförbundets namn är N`, later `Förbundet`
D2 = "w41-w-ekan"
EK = "ekåns räddningstjänst"
EKAN_TEXT = """Förbundsordning

1 § Kommunalförbundets namn är Ekåns räddningstjänst.

2 § Förbundet ska sköta tillsynen enligt lagen om skydd mot olyckor.

3 § Förbundet får ta ut avgifter för tillsynen.
"""
EKAN = [
    title(D2),
    rec("§1", "Kommunalförbundets namn är Ekåns räddningstjänst.",
        [("Kommunalförbundets", EK, ORG)], [AR], doc=D2, parent="title", label="1 §"),
    rec("§2", "Förbundet ska sköta tillsynen enligt lagen om skydd mot olyckor.",
        [("Förbundet", EK, ORG)], [SKA, inf("sköta", "sköta")],
        [st(EK, "Förbundet", "obligation", "ska", "sköta", "sköta",
            "tillsynen enligt lagen om skydd mot olyckor")], doc=D2, parent="title", label="2 §"),
    rec("§3", "Förbundet får ta ut avgifter för tillsynen.",
        [("Förbundet", EK, ORG)], [pres("får", "få"), inf("ta", "ta")],
        [st(EK, "Förbundet", "permission", "får", "ta", "ta", "ut avgifter för tillsynen")],
        doc=D2, parent="title", label="3 §"),
]

# A2: a guild named with the older kind noun `Embetet`, and its short form
D3 = "w41-w-embetet"
EMB = "skomakare embetet i visby"
EMBETET_TEXT = """Stadgar för Skomakarnas fond

1 § Fonden ska förvaltas av Skomakare Embetet i Visby.

2 § Det åligger Embetet att ordna revision av fonden.

3 § Ordföranden ska sköta ämbetet med omsorg.
"""
EMBETET = [
    rec("title", "Stadgar för Skomakarnas fond", doc=D3, kind="heading"),
    rec("§1", "Fonden ska förvaltas av Skomakare Embetet i Visby.",
        [("Skomakare Embetet i Visby", EMB, ORG)], [SKA, inf("förvaltas", "förvalta", "pass")],
        [st(EMB, "Skomakare Embetet i Visby", "obligation", "ska", "förvalta", "förvaltas",
            "Fonden", passive=True)], doc=D3, parent="title", label="1 §"),
    rec("§2", "Det åligger Embetet att ordna revision av fonden.",
        [("Embetet", EMB, ORG)], [pres("åligger", "åligga"), inf("ordna", "ordna")],
        [st(EMB, "Embetet", "obligation", "åligger", "ordna", "ordna",
            "revision av fonden")], doc=D3, parent="title", label="2 §"),
    rec("§3", "Ordföranden ska sköta ämbetet med omsorg.",
        [("Ordföranden", "ordförande", "förtroendevald")], [SKA, inf("sköta", "sköta")],
        [st("ordförande", "Ordföranden", "obligation", "ska", "sköta", "sköta",
            "ämbetet med omsorg")], doc=D3, parent="title", label="3 §"),
]

# A3: a defined acronym's genitive written with a colon (`KH:s`) is the acronym
D4 = "w41-w-konst"
KH = "konsthögskola"
KONST_TEXT = """Arbetsordning

1 § Reglerna antogs av styrelsen för Konsthögskolan (KH).

2 § KH:s rektor leder arbetet.

3 § Rektorn ansvarar för att KH:s regler följs.
"""
KONST = [
    rec("title", "Arbetsordning", doc=D4, kind="heading"),
    rec("§1", "Reglerna antogs av styrelsen för Konsthögskolan (KH).",
        [("styrelsen", "styrelse", POL), ("Konsthögskolan", KH, ORG), ("KH", KH, ORG)],
        [past("antogs", "anta", "pass")],
        [st("styrelse", "styrelsen", "none", None, "anta", "antogs", "Reglerna",
            passive=True)], doc=D4, parent="title", label="1 §"),
    rec("§2", "KH:s rektor leder arbetet.",
        [("KH:s", KH, ORG), ("rektor", "rektor", "tjänsteperson")], [pres("leder", "leda")],
        [st("rektor", "rektor", "none", None, "leda", "leder", "arbetet")],
        doc=D4, parent="title", label="2 §"),
    rec("§3", "Rektorn ansvarar för att KH:s regler följs.",
        [("Rektorn", "rektor", "tjänsteperson"), ("KH:s", KH, ORG)],
        [pres("ansvarar", "ansvara"), pres("följs", "följa", "pass")],
        [st("rektor", "Rektorn", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för att KH:s regler följs")], doc=D4, parent="title", label="3 §"),
]

SENTENCES = [
    # C1: a PP and a comma-enclosed `eller om` clause between `att` and the infinitive
    rec("c1-1", "Bolaget har till föremål för verksamheten att inom orten, eller om det är "
        "lämpligt, i närheten av orten bedriva handel med fjärrvärme.",
        [("Bolaget", "bolag", ORG)], [HAR, AR, inf("bedriva", "bedriva")],
        [st("bolag", "Bolaget", "obligation", "har till föremål för verksamheten att",
            "bedriva", "bedriva", "handel med fjärrvärme")]),
    # C1: an attributive participle inside the PP is no aim
    rec("c1-2", "Styrelsen ska ha till uppgift att vid utlysta möten fördela medlen.",
        [("Styrelsen", "styrelse", POL)], [SKA, inf("ha", "ha"), inf("fördela", "fördela")],
        [st("styrelse", "Styrelsen", "obligation", "ska ha till uppgift att", "fördela",
            "fördela", "medlen")]),
    rec("c1-3", "Föreningen har till ändamål att genom anordnade kurser sprida kunskap om "
        "fiske.",
        [("Föreningen", "förening", ORG)], [HAR, inf("sprida", "sprida")],
        [st("förening", "Föreningen", "obligation", "har till ändamål att", "sprida", "sprida",
            "kunskap om fiske")]),
    # C1 negative: an inserted clause alone (round 39) still works
    rec("c1-4", "Nämnden har till uppgift att, när så behövs, samråda med skolorna.",
        [("Nämnden", "nämnd", POL)], [HAR, pres("behövs", "behöva", "pass"),
                                       inf("samråda", "samråda")],
        [st("nämnd", "Nämnden", "obligation", "har till uppgift att", "samråda", "samråda",
            "med skolorna")]),
    # C2: clefts: only the `som`-clause counts, with the focus as its actor
    rec("c2-1", "Det är förbundets direktion som fastställer budgeten.",
        [("förbundets", "förbund", ORG), ("direktion", "direktion", POL)],
        [AR, pres("fastställer", "fastställa")],
        [st("direktion", "direktion", "none", None, "fastställa", "fastställer", "budgeten")]),
    rec("c2-2", "Det är nämnden som ska pröva ärendet.",
        [("nämnden", "nämnd", POL)], [AR, SKA, inf("pröva", "pröva")],
        [st("nämnd", "nämnden", "obligation", "ska", "pröva", "pröva", "ärendet")]),
    rec("c2-3", "Det var styrelsen som antog planen.",
        [("styrelsen", "styrelse", POL)], [past("var", "vara"), past("antog", "anta")],
        [st("styrelse", "styrelsen", "none", None, "anta", "antog", "planen")]),
    # A3: a royal college's genitive has the college's canonical
    rec("a3-1", "Kungl. Dansarhögskolans styrelse sammanträder fyra gånger per år.",
        [("Kungl. Dansarhögskolans", "kungl. dansarhögskolan", ORG),
         ("styrelse", "styrelse", POL)],
        [pres("sammanträder", "sammanträda")],
        [st("styrelse", "styrelse", "none", None, "sammanträda", "sammanträder",
            "fyra gånger per år")]),
    # C3: after `av:` every comma-separated item opening with an actor is an agent
    rec("c3-1", "Denna förbundsordning har antagits av: kommunfullmäktige i Ekby kommun "
        "2031-01-12 § 5, kommunfullmäktige i Åby kommun 2031-02-09 § 7, kommunfullmäktige i "
        "Lunda kommun 2031-03-02 § 9.",
        [("kommunfullmäktige", "kommunfullmäktige", POL),
         ("kommunfullmäktige", "kommunfullmäktige", POL, 1),
         ("kommunfullmäktige", "kommunfullmäktige", POL, 2), ("Ekby kommun", "ekby kommun", ORG),
         ("Åby kommun", "åby kommun", ORG), ("Lunda kommun", "lunda kommun", ORG)],
        [pres("har", "ha"), ("antagits", "anta", "sup", "pass")],
        [st("kommunfullmäktige", "kommunfullmäktige", "none", None, "anta", "antagits",
            "Denna förbundsordning", passive=True)] * 3),
    rec("c3-2", "Förslaget har beretts av: styrelsen, valnämnden och direktionen.",
        [("styrelsen", "styrelse", POL), ("valnämnden", "valnämnd", POL),
         ("direktionen", "direktion", POL)],
        [pres("har", "ha"), ("beretts", "bereda", "sup", "pass")],
        [st("styrelse", "styrelsen", "none", None, "bereda", "beretts", "Förslaget", passive=True),
         st("valnämnd", "valnämnden", "none", None, "bereda", "beretts", "Förslaget", passive=True),
         st("direktion", "direktionen", "none", None, "bereda", "beretts", "Förslaget",
            passive=True)]),
    # C7: a som-clause with its own subject and a stranded preposition says nothing of the
    # actor before `som`; a subject `som` does
    rec("c7-1", "Förbundet ska driva en gemensam larmcentral åt medlemmarna, som var och en av "
        "dem annars svarar för själv.",
        [("Förbundet", "förbund", ORG), ("medlemmarna", "medlem", ORG)],
        [SKA, inf("driva", "driva"), pres("svarar", "svara")],
        [st("förbund", "Förbundet", "obligation", "ska", "driva", "driva",
            "en gemensam larmcentral åt medlemmarna")]),
    rec("c7-2", "Valnämnden, som ansvarar för vallokalerna, ska utse röstmottagare.",
        [("Valnämnden", "valnämnd", POL), ("röstmottagare", "röstmottagare", FTV)],
        [pres("ansvarar", "ansvara"), SKA, inf("utse", "utse")],
        [st("valnämnd", "Valnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för vallokalerna"),
         st("valnämnd", "Valnämnden", "obligation", "ska", "utse", "utse", "röstmottagare")]),
    # C5: a fronted `Över` + noun before a modal passive: the noun is no subject
    rec("c5-1", "Över kassan ska föras en kassabok.", [],
        [SKA, inf("föras", "föra", "pass")],
        [st(None, None, "obligation", "ska", "föra", "föras", "en kassabok", passive=True)]),
    rec("c5-2", "Över förvaltningen ska föras noggranna anteckningar.", [],
        [SKA, inf("föras", "föra", "pass")],
        [st(None, None, "obligation", "ska", "föra", "föras", "noggranna anteckningar",
            passive=True)]),
    # C5 negative: another fronted preposition, the subject after the modal
    rec("c5-3", "Under året ska styrelsen sammanträda minst fyra gånger.",
        [("styrelsen", "styrelse", POL)], [SKA, inf("sammanträda", "sammanträda")],
        [st("styrelse", "styrelsen", "obligation", "ska", "sammanträda", "sammanträda",
            "minst fyra gånger")]),
    # C4: a place name that is also a verb form is no aim
    rec("c4-1", "Bolaget ska ge fullmäktige i Ekby och Vara kommuner tillfälle att yttra sig.",
        [("Bolaget", "bolag", ORG), ("fullmäktige", "fullmäktige", POL)],
        [SKA, inf("ge", "ge"), inf("yttra", "yttra")],
        [st("bolag", "Bolaget", "obligation", "ska", "ge", "ge",
            "fullmäktige i Ekby och Vara kommuner tillfälle att yttra sig")]),
]

DOCUMENTS = {D1: (NORRBYN_TEXT, NORRBYN), D2: (EKAN_TEXT, EKAN), D3: (EMBETET_TEXT, EMBETET),
             D4: (KONST_TEXT, KONST)}

if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev"
    write_part(folder, "w41-w", DOCUMENTS, before=SENTENCES)
