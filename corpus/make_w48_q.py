"""Builds corpus/dev/w48-q.jsonl: invented material for round 48, writer Q (analysis 48-bq;
gold written by hand after docs/annotation.md, before the rules): q1 a naming clause whose name noun
carries attributive adjectives between the owner's genitive and the noun (`Klubbens
fullständiga namn är …`, `Sällskapets registrerade namn ska vara …`, `Bolagets registrerade
firma är …`, two adjectives `Förbundets fullständiga juridiska namn är …`): a naming as §2.1
round 9, the owner and the later short forms take the name; the negative an adjective and a
predicative adjective after the copula (`Klubbens officiella namn är skyddat.`: no naming,
`Klubben` stays `klubb`). q3 an acronym introduced by a naming participle in the naming
clause's bracket (`(förkortat NBF)`, round 48 w48-z: a naming, no actor) is the name's alias
in later mentions, also as a genitive owner without `-s` (`LBS firma tecknas av …`). q4 an
alias the document defines in brackets after a name, spelled by a later word's initial and
its kind's (`Sveriges Riksfriluftsförbund (RF)`), wins over the law list's abbreviation of
the same letters (round 48 bs: the name's alias also where the lexicon knows the acronym
otherwise); the negative the law's `2 kap. RF` in a document that defines no such alias.
q2 (§5.1 B4): a list of bodies after an owner's attributed body noun (`Förbundets beslutande
organ är kongressen, valberedningen och styrelsen`), also past an adverb (`är alltid …`): no
statement, each body an actor, `organ` none; negatives the indefinite fixed term (`Ett
beslutande organ ska ha …`) and the subject first (`Kongressen är klubbens högsta …`).
q8 (round 47 ruling): `få` + a permission cue noun + `att` is the permission, the inverted
subject inside (`Före mötet får medlemmarna möjlighet att …`); the negative `får tillfälle
att` (none, få). Offsets computed.
Run: python corpus/make_w48_q.py corpus/dev"""

import sys

from records import AR, FTV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w48-q", parent="title")


def title(doc):
    return rec("title", "Stadgar", doc=doc, kind="heading", parent=None)


def text_of(*paragraphs):
    return "Stadgar\n\n" + "\n\n".join(f"{n} § {p}" for n, p in enumerate(paragraphs, 1)) + "\n"


D = "w48-q-ridklubb"
R = "norrvik ridklubb"
RID = ("Klubbens fullständiga namn är Norrvik Ridklubb.",
       "Klubben ska främja ridsporten i bygden.",
       "Ridklubben anordnar tävlingar.")
RIDKLUBB = [
    title(D),
    rec("§1", RID[0], [("Klubbens", R, ORG)], [AR], doc=D, label="1 §"),
    rec("§2", RID[1], [("Klubben", R, ORG)], [SKA, inf("främja")],
        [st(R, "Klubben", "obligation", "ska", "främja", "främja", "ridsporten i bygden")],
        doc=D, label="2 §"),
    rec("§3", RID[2], [("Ridklubben", R, ORG)], [pres("anordnar", "anordna")],
        [st(R, "Ridklubben", "none", None, "anordna", "anordnar", "tävlingar")],
        doc=D, label="3 §"),
]

D = "w48-q-schack"
S = "ekby schackförening"
SCH = ("Föreningens officiella namn är Ekby Schackförening.",
       "Föreningen ska främja schackspel.")
SCHACK = [
    title(D),
    rec("§1", SCH[0], [("Föreningens", S, ORG)], [AR], doc=D, label="1 §"),
    rec("§2", SCH[1], [("Föreningen", S, ORG)], [SKA, inf("främja")],
        [st(S, "Föreningen", "obligation", "ska", "främja", "främja", "schackspel")],
        doc=D, label="2 §"),
]

D = "w48-q-foto"
F = "lindby fotoklubb"
FOT = ("Sällskapets registrerade namn ska vara Lindby Fotoklubb.",
       "Sällskapet anordnar utställningar.")
FOTO = [
    title(D),
    rec("§1", FOT[0], [("Sällskapets", F, ORG)], [SKA, inf("vara")], doc=D, label="1 §"),
    rec("§2", FOT[1], [("Sällskapet", F, ORG)], [pres("anordnar", "anordna")],
        [st(F, "Sällskapet", "none", None, "anordna", "anordnar", "utställningar")],
        doc=D, label="2 §"),
]

D = "w48-q-orientering"
O = "västra åby orienteringsförbund"
ORI = ("Förbundets fullständiga juridiska namn är Västra Åby Orienteringsförbund.",
       "Förbundet ska samordna tävlingsverksamheten.")
ORIENTERING = [
    title(D),
    rec("§1", ORI[0], [("Förbundets", O, ORG)], [AR], doc=D, label="1 §"),
    rec("§2", ORI[1], [("Förbundet", O, ORG)], [SKA, inf("samordna")],
        [st(O, "Förbundet", "obligation", "ska", "samordna", "samordna",
            "tävlingsverksamheten")], doc=D, label="2 §"),
]

D = "w48-q-tra"
T = "ekholm trä ab"
TRA = ("Bolagets registrerade firma är Ekholm Trä AB.",
       "Bolaget ska bedriva handel med trävaror.")
TRAVAROR = [
    title(D),
    rec("§1", TRA[0], [("Bolagets", T, ORG)], [AR], doc=D, label="1 §"),
    rec("§2", TRA[1], [("Bolaget", T, ORG)], [SKA, inf("bedriva")],
        [st(T, "Bolaget", "obligation", "ska", "bedriva", "bedriva", "handel med trävaror")],
        doc=D, label="2 §"),
]

# negative: a predicative adjective after the copula names nothing
D = "w48-q-skyddat"
SKY = ("Klubbens officiella namn är skyddat.",
       "Klubben ska verka för friluftsliv.")
SKYDDAT = [
    title(D),
    rec("§1", SKY[0], [("Klubbens", "klubb", ORG)], [AR], doc=D, label="1 §"),
    rec("§2", SKY[1], [("Klubben", "klubb", ORG)], [SKA, inf("verka")],
        [st("klubb", "Klubben", "obligation", "ska", "verka", "verka", "för friluftsliv")],
        doc=D, label="2 §"),
]

D = "w48-q-bridge"
B = "norrby bridgeförbund"
BRI = ("Förbundets namn är Norrby Bridgeförbund (förkortat NBF).",
       "NBF ska främja bridgespel.",
       "Medlemskap i NBF beviljas av styrelsen.")
BRIDGE = [
    title(D),
    rec("§1", BRI[0], [("Förbundets", B, ORG)], [AR], doc=D, label="1 §"),
    rec("§2", BRI[1], [("NBF", B, ORG)], [SKA, inf("främja")],
        [st(B, "NBF", "obligation", "ska", "främja", "främja", "bridgespel")],
        doc=D, label="2 §"),
    rec("§3", BRI[2], [("NBF", B, ORG), ("styrelsen", "styrelse", POL)],
        [pres("beviljas", "bevilja", "pass")],
        [st("styrelse", "styrelsen", "none", None, "bevilja", "beviljas", "Medlemskap i NBF",
            passive=True)], doc=D, label="3 §"),
]

D = "w48-q-sallskap"
L = "lindby bridgesällskap"
SAL = ("Föreningens namn är Lindby Bridgesällskap (förkortat LBS).",
       "LBS firma tecknas av styrelsen.",
       "LBS är en ideell förening.")
SALLSKAP = [
    title(D),
    rec("§1", SAL[0], [("Föreningens", L, ORG)], [AR], doc=D, label="1 §"),
    rec("§2", SAL[1], [("LBS", L, ORG), ("styrelsen", "styrelse", POL)],
        [pres("tecknas", "teckna", "pass")],
        [st("styrelse", "styrelsen", "none", None, "teckna", "tecknas", "LBS firma",
            passive=True)], doc=D, label="2 §"),
    rec("§3", SAL[2], [("LBS", L, ORG)], [AR],
        [st(L, "LBS", "none", None, "vara", "är", "en ideell förening")], doc=D, label="3 §"),
]

D = "w48-q-skidklubb"
K = "norrby skidklubb"
N = "sveriges riksfriluftsförbund"
SKI = ("Klubbens namn är Norrby Skidklubb.",
       "Klubben ingår i Sveriges Riksfriluftsförbund (RF).",
       "Klubben tillämpar RF:s regler.")
SKIDKLUBB = [
    title(D),
    rec("§1", SKI[0], [("Klubbens", K, ORG)], [AR], doc=D, label="1 §"),
    rec("§2", SKI[1], [("Klubben", K, ORG), ("Sveriges Riksfriluftsförbund", N, ORG), ("RF", N, ORG)],
        [pres("ingår", "ingå")],
        [st(K, "Klubben", "none", None, "ingå", "ingår", "i Sveriges Riksfriluftsförbund (RF)")],
        doc=D, label="2 §"),
    rec("§3", SKI[2], [("Klubben", K, ORG), ("RF:s", N, ORG)], [pres("tillämpar", "tillämpa")],
        [st(K, "Klubben", "none", None, "tillämpa", "tillämpar", "RF:s regler")],
        doc=D, label="3 §"),
]

D = "w48-q-fiskeklubb"
E = "ekby fiskeklubb"
FIS = ("Föreningens namn är Ekby Fiskeklubb.",
       "Föreningen följer 2 kap. RF.")
FISKEKLUBB = [
    title(D),
    rec("§1", FIS[0], [("Föreningens", E, ORG)], [AR], doc=D, label="1 §"),
    rec("§2", FIS[1], [("Föreningen", E, ORG)], [pres("följer", "följa")],
        [st(E, "Föreningen", "none", None, "följa", "följer", "2 kap. RF")],
        doc=D, label="2 §"),
]

# q2: a list of bodies after the owner's attributed body noun identifies them (§5.1 B4, round
# 45 bi-C12's list, round 46's ungraded attribute), also past an adverb after the copula;
# negatives the indefinite fixed term and the subject first
SENTENCES = [
    rec("b4-1", "Förbundets beslutande organ är kongressen, valberedningen och styrelsen.",
        [("Förbundets", "förbund", ORG), ("kongressen", "kongress", POL),
         ("valberedningen", "valberedning", POL), ("styrelsen", "styrelse", POL)], [AR],
        doc="w48-q", parent=None),
    rec("b4-2", "Kretsens högsta beslutande organ är alltid kretsstämman och "
        "kretsstyrelsen.",
        [("Kretsens", "krets", ORG), ("kretsstämman", "kretsstämma", POL),
         ("kretsstyrelsen", "kretsstyrelse", POL)], [AR], doc="w48-q", parent=None),
    rec("b4-3", "Klubbens styrande organ är årsmötet och styrelsen.",
        [("Klubbens", "klubb", ORG), ("årsmötet", "årsmöte", POL),
         ("styrelsen", "styrelse", POL)], [AR], doc="w48-q", parent=None),
    rec("b4-n1", "Ett beslutande organ ska ha minst tre ledamöter.",
        [("organ", "organ", POL), ("ledamöter", "ledamot", FTV)], [SKA, inf("ha")],
        [st("organ", "organ", "obligation", "ska", "ha", "ha", "minst tre ledamöter")],
        doc="w48-q", parent=None),
    # q8 (round 47 ruling, §5.1): receiving a permission noun is that permission
    rec("q8-1", "Före mötet får medlemmarna möjlighet att lämna förslag samt att granska "
        "handlingarna.",
        [("medlemmarna", "medlem", OVR)], [pres("får", "få"), inf("lämna"), inf("granska")],
        [st("medlem", "medlemmarna", "permission", "får medlemmarna möjlighet att", "lämna",
            "lämna", "förslag"),
         st("medlem", "medlemmarna", "permission", "får medlemmarna möjlighet att", "granska",
            "granska", "handlingarna")], doc="w48-q", parent=None),
    rec("q8-2", "Styrelsen fick befogenhet att anställa en sekreterare.",
        [("Styrelsen", "styrelse", POL), ("sekreterare", "sekreterare", TJP)],
        [("fick", "få", "past", "act", 0), inf("anställa")],
        [st("styrelse", "Styrelsen", "permission", "fick befogenhet att", "anställa",
            "anställa", "en sekreterare")], doc="w48-q", parent=None),
    rec("q8-n1", "Medlemmarna får tillfälle att yttra sig.",
        [("Medlemmarna", "medlem", OVR)], [pres("får", "få"), inf("yttra")],
        [st("medlem", "Medlemmarna", "none", None, "få", "får", "tillfälle att yttra sig")],
        doc="w48-q", parent=None),
    rec("b4-n2", "Kongressen är klubbens högsta beslutande organ.",
        [("Kongressen", "kongress", POL), ("klubbens", "klubb", ORG)], [AR],
        [st("kongress", "Kongressen", "none", None, "vara", "är",
            "klubbens högsta beslutande organ")], doc="w48-q", parent=None),
]

DOCUMENTS = {
    "w48-q-ridklubb": (text_of(*RID), RIDKLUBB),
    "w48-q-schack": (text_of(*SCH), SCHACK),
    "w48-q-foto": (text_of(*FOT), FOTO),
    "w48-q-orientering": (text_of(*ORI), ORIENTERING),
    "w48-q-tra": (text_of(*TRA), TRAVAROR),
    "w48-q-skyddat": (text_of(*SKY), SKYDDAT),
    "w48-q-bridge": (text_of(*BRI), BRIDGE),
    "w48-q-sallskap": (text_of(*SAL), SALLSKAP),
    "w48-q-skidklubb": (text_of(*SKI), SKIDKLUBB),
    "w48-q-fiskeklubb": (text_of(*FIS), FISKEKLUBB),
}


if __name__ == "__main__":
    write_part(sys.argv[1] if len(sys.argv) > 1 else "corpus/dev", "w48-q", DOCUMENTS,
               after=SENTENCES)
