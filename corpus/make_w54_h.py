"""Builds corpus/dev/w54-h.jsonl and the documents corpus/dev/w54-h-*.txt with their gold:
invented material for round 54, writer w54h (analysis 54b-ce R1–R4, K1). R1: an inverted
genitive subject with two or more attributes (or one -a adjective) before its owned role
(`styrelsens samtliga ordinarie ledamöter`, `förbundets båda externa revisorer`) is one
span and the subject; negative a passive whose agent is the actor. R2: a relative clause on
the object with three or more finite verbs in a comma/`och` series (also `för` = föra right
after `som`) states nothing for the matrix subject (§5.1 B3); negatives a main-clause comma
series and `, och` + an own subject. R3: a naming relative (`Enheten som heter N`) renames
only its own head and later bare definite forms (§2.1 round 16): an earlier `Bolaget`, a
described `Den nyaste enheten` keep the kind noun. R4: a list item that is one hyphenated
acronym role compound (`IT-chef`, `HR-direktör`, `Ekonomi- och HR-chef`) is a member item;
negative an object item under `ansvarar för:`. K1: a party's letter in parentheses after a
role or a party (`Ordföranden (S)`, `Centerpartiet (C)`) is no actor (§2 round 33);
negative a body's own abbreviation (`Byggnämnden (BN)`) stays an alias.
Gold by hand from docs/annotation.md before any run; offsets computed.
Run: python corpus/make_w54_h.py corpus/dev"""

import sys

from records import FORV, FTV, HAR, ORG, POL, SKA, TJP, inf, list_item_maker, pres, records_for
from records import statement as st
from records import write_part

NONE, RE, OB = "none", "responsibility", "obligation"
AR = ("är", "vara", "pres", "act")
rec = records_for("w54-h")
item = list_item_maker(rec, "•")

# R1: inverted genitive subjects past two or more attributes (sentences).
D = "w54-h-genitiv"
GENITIV = [
    rec("1", "Vid mötet deltar styrelsens nyvalda ordinarie ledamöter.",
        [("styrelsens nyvalda ordinarie ledamöter", "styrelsens ledamot", FTV)],
        [pres("deltar", "delta")],
        [st("styrelsens ledamot", "styrelsens nyvalda ordinarie ledamöter", NONE, None,
            "delta", "deltar")], doc=D),
    rec("2", "Därefter granskar direktionens två valda revisorer bokslutet.",
        [("direktionens", "direktion", POL), ("revisorer", "revisor", FTV)],
        [pres("granskar", "granska")],
        [st("revisor", "revisorer", NONE, None, "granska", "granskar", "bokslutet")], doc=D),
    rec("3", "I länet samverkar regionernas politiska ledamöter.",
        [("regionernas", "region", ORG), ("ledamöter", "ledamot", FTV)],
        [pres("samverkar", "samverka")],
        [st("ledamot", "ledamöter", NONE, None, "samverka", "samverkar")], doc=D),
    rec("4", "Sedan beslutar nämndens närvarande ordinarie ledamöter om ärendet.",
        [("nämndens närvarande ordinarie ledamöter", "nämndens ledamot", FTV)],
        [pres("beslutar", "besluta")],
        [st("nämndens ledamot", "nämndens närvarande ordinarie ledamöter", NONE, None,
            "besluta", "beslutar", "om ärendet")], doc=D),
    rec("5", "Därefter utser fullmäktiges nyvalda och omvalda ledamöter en ordförande.",
        [("fullmäktiges nyvalda och omvalda ledamöter", "fullmäktiges ledamot", FTV),
         ("ordförande", "ordförande", FTV)],
        [pres("utser", "utse")],
        [st("fullmäktiges ledamot", "fullmäktiges nyvalda och omvalda ledamöter", NONE, None,
            "utse", "utser", "en ordförande")], doc=D),
    rec("7", "Därefter röstar kommunernas utsedda ordinarie ombud.",
        [("kommunernas", "kommun", ORG), ("ombud", "ombud", FTV)],
        [pres("röstar", "rösta")],
        [st("ombud", "ombud", NONE, None, "rösta", "röstar")], doc=D),
    rec("8", "I länet samarbetar landstingens högsta medicinska chefer.",
        [("landstingens", "landsting", ORG), ("chefer", "chef", TJP)],
        [pres("samarbetar", "samarbeta")],
        [st("chef", "chefer", NONE, None, "samarbeta", "samarbetar")], doc=D),
    rec("6", "Därefter granskas förbundens årliga redovisningar av revisorerna.",
        [("förbundens", "förbund", ORG), ("revisorerna", "revisor", FTV)],
        [pres("granskas", "granska", "pass")],
        [st("revisor", "revisorerna", NONE, None, "granska", "granskas",
            "förbundens årliga redovisningar", passive=True)], doc=D),
]

# R2: a relative clause with three or more finite verbs (sentences).
D = "w54-h-relativ"
RELATIV = [
    rec("1", "Styrelsen anställer en vd som är anställd på heltid, leder arbetet och är chef "
             "för kansliet.",
        [("Styrelsen", "styrelse", POL), ("vd", "verkställande direktör", TJP),
         ("kansliet", "kansli", FORV)],
        [pres("anställer", "anställa"), AR, pres("leder", "leda"), ("är", "vara", "pres", "act", 1)],
        [st("styrelse", "Styrelsen", NONE, None, "anställa", "anställer",
            "en vd som är anställd på heltid, leder arbetet och är chef för kansliet")],
        doc=D),
    rec("2", "Nämnden har en sekreterare som kallar till möten, bereder ärenden, för protokoll "
             "och sköter arkivet.",
        [("Nämnden", "nämnd", POL), ("sekreterare", "sekreterare", TJP)],
        [HAR, pres("kallar", "kalla"), pres("bereder", "bereda"), pres("för", "föra"),
         pres("sköter", "sköta")],
        [st("nämnd", "Nämnden", NONE, None, "ha", "har",
            "en sekreterare som kallar till möten, bereder ärenden, för protokoll och sköter "
            "arkivet")], doc=D),
    rec("3", "Regionen ska ha en direktör som leder, samordnar och följer upp förvaltningen "
             "och är chef för regionkontoret.",
        [("Regionen", "region", ORG), ("direktör", "direktör", TJP), ("förvaltningen", "förvaltning", FORV),
         ("regionkontoret", "regionkontor", FORV)],
        [SKA, inf("ha"), pres("leder", "leda"), pres("samordnar", "samordna"),
         pres("följer", "följa"), AR],
        [st("region", "Regionen", OB, "ska", "ha", "ha",
            "en direktör som leder, samordnar och följer upp förvaltningen och är chef för "
            "regionkontoret")], doc=D),
    rec("4", "Kommunen anställer en kommundirektör som leder och fördelar arbetet och är chef "
             "för kommunledningskontoret.",
        [("Kommunen", "kommun", ORG), ("kommundirektör", "kommundirektör", TJP),
         ("kommunledningskontoret", "kommunledningskontor", FORV)],
        [pres("anställer", "anställa"), pres("leder", "leda"), pres("fördelar", "fördela"), AR],
        [st("kommun", "Kommunen", NONE, None, "anställa", "anställer",
            "en kommundirektör som leder och fördelar arbetet och är chef för "
            "kommunledningskontoret")], doc=D),
    rec("5", "Föreningen väljer en kassör som för räkenskaperna och betalar fakturorna.",
        [("Föreningen", "förening", ORG), ("kassör", "kassör", FTV)],
        [pres("väljer", "välja"), pres("för", "föra"), pres("betalar", "betala")],
        [st("förening", "Föreningen", NONE, None, "välja", "väljer",
            "en kassör som för räkenskaperna och betalar fakturorna")], doc=D),
    rec("6", "Nämnden anställer en chef som leder arbetet, och nämnden fastställer budgeten.",
        [("Nämnden", "nämnd", POL), ("chef", "chef", TJP), ("nämnden", "nämnd", POL)],
        [pres("anställer", "anställa"), pres("leder", "leda"), pres("fastställer", "fastställa")],
        [st("nämnd", "Nämnden", NONE, None, "anställa", "anställer",
            "en chef som leder arbetet"),
         st("nämnd", "nämnden", NONE, None, "fastställa", "fastställer", "budgeten")], doc=D),
    rec("7", "Kansliet planerar mötena, bereder ärendena till styrelsen och ansvarar för "
             "arkivet.",
        [("Kansliet", "kansli", FORV), ("styrelsen", "styrelse", POL)],
        [pres("planerar", "planera"), pres("bereder", "bereda"), pres("ansvarar", "ansvara")],
        [st("kansli", "Kansliet", NONE, None, "planera", "planerar", "mötena"),
         st("kansli", "Kansliet", NONE, None, "bereda", "bereder", "ärendena till styrelsen"),
         st("kansli", "Kansliet", RE, "ansvarar för", "ansvara", "ansvarar", "arkivet")],
        doc=D),
]

# K1: a party's letter in parentheses is no actor (sentences).
D = "w54-h-parti"
PARTI = [
    rec("1", "Ordföranden (S) ska kalla till sammanträdet.",
        [("Ordföranden", "ordförande", FTV)], [SKA, inf("kalla")],
        [st("ordförande", "Ordföranden", OB, "ska", "kalla", "kalla", "till sammanträdet")],
        doc=D),
    rec("2", "Förslaget stöds av Centerpartiet (C) och Miljöpartiet (MP).",
        [("Centerpartiet", "centerpartiet", POL), ("Miljöpartiet", "miljöpartiet", POL)],
        [pres("stöds", "stödja", "pass")],
        [st("centerpartiet", "Centerpartiet", NONE, None, "stödja", "stöds", "Förslaget",
            passive=True),
         st("miljöpartiet", "Miljöpartiet", NONE, None, "stödja", "stöds", "Förslaget",
            passive=True)], doc=D),
    rec("3", "Vice ordföranden (M) leder mötet.",
        [("Vice ordföranden", "vice ordförande", FTV)], [pres("leder", "leda")],
        [st("vice ordförande", "Vice ordföranden", NONE, None, "leda", "leder", "mötet")],
        doc=D),
    rec("4", "Kristdemokraterna (KD) lämnar en reservation.",
        [("Kristdemokraterna", "kristdemokraterna", POL)], [pres("lämnar", "lämna")],
        [st("kristdemokraterna", "Kristdemokraterna", NONE, None, "lämna", "lämnar",
            "en reservation")], doc=D),
    rec("5", "Byggnämnden (BN) ska yttra sig. BN beslutar om bygglov.",
        [("Byggnämnden", "byggnämnd", POL), ("BN", "byggnämnd", POL),
         ("BN", "byggnämnd", POL, 1)],
        [SKA, inf("yttra"), pres("beslutar", "besluta")],
        [st("byggnämnd", "Byggnämnden", OB, "ska", "yttra", "yttra"),
         st("byggnämnd", "BN", NONE, None, "besluta", "beslutar", "om bygglov")], doc=D),
]


def text_of(title, *paragraphs):
    return "\n\n".join([title, *paragraphs]) + "\n"


# R3: a naming relative renames only its own head and later bare definite forms.
D = "w54-h-enheter"
E_TITLE = "Organisation"
E_1 = ("Den nyaste enheten är bygglovsenheten. "
       "Enheten som heter Kundcenter sköter kundtjänsten. "
       "Enheten ligger i stadshuset.")
SC = "kundcenter"
ENHETER = [
    rec("title", E_TITLE, kind="heading", doc=D),
    rec("1", E_1,
        [("enheten", "enhet", FORV), ("bygglovsenheten", "bygglovsenhet", FORV),
         ("Enheten", SC, FORV), ("Enheten", SC, FORV, 1)],
        [AR, pres("heter", "heta"), pres("sköter", "sköta"), pres("ligger", "ligga")],
        [st("enhet", "enheten", NONE, None, "vara", "är", "bygglovsenheten"),
         st(SC, "Enheten", NONE, None, "sköta", "sköter", "kundtjänsten"),
         st(SC, "Enheten", NONE, None, "ligga", "ligger", "i stadshuset")], doc=D),
]

D = "w54-h-kansli"
B_TITLE = "Val"
B_1 = ("Kansliet bereder ärendena. "
       "Under valåret arbetar också ett särskilt kansli. "
       "Kansliet som heter Valkansliet sköter röstlängden.")
VK = "valkansli"
BOLAG = [
    rec("title", B_TITLE, kind="heading", doc=D),
    rec("1", B_1,
        [("Kansliet", "kansli", FORV), ("kansli", "kansli", FORV),
         ("Kansliet", VK, FORV, 1)],
        [pres("bereder", "bereda"), pres("arbetar", "arbeta"), pres("heter", "heta"),
         pres("sköter", "sköta")],
        [st("kansli", "Kansliet", NONE, None, "bereda", "bereder", "ärendena"),
         st("kansli", "kansli", NONE, None, "arbeta", "arbetar"),
         st(VK, "Kansliet", NONE, None, "sköta", "sköter", "röstlängden")], doc=D),
]

D = "w54-h-kontor"
K_TITLE = "Service"
K_1 = ("Kontoret som kallas medborgarkontoret svarar för besöken. "
       "Kontoret har öppet varje vardag.")
MK = "medborgarkontor"
KONTOR = [
    rec("title", K_TITLE, kind="heading", doc=D),
    rec("1", K_1,
        [("Kontoret", MK, FORV), ("Kontoret", MK, FORV, 1)],
        [pres("kallas", "kalla", "pass"), pres("svarar", "svara"), HAR],
        [st(MK, "Kontoret", RE, "svarar för", "svara", "svarar", "besöken"),
         st(MK, "Kontoret", NONE, None, "ha", "har", "öppet varje vardag")], doc=D),
]


# R4: member lists of one hyphenated acronym role word per item.
def member(cid, parent, text, group, group_text, actors, doc):
    return item(cid, text, actors, (),
                [st(group, group_text, NONE, None, "bestå", "består", text)],
                doc=doc, parent=parent)


D = "w54-h-ledning"
L_TITLE = "Ledning"
L_1 = "Ledningsgruppen består av:"
LG = "ledningsgrupp"
L_ITEMS = [("IT-chef", "it-chef"), ("HR-direktör", "hr-direktör"),
           ("Ekonomichef", "ekonomichef")]
LEDNING = [
    rec("title", L_TITLE, kind="heading", doc=D),
    rec("1", L_1, [("Ledningsgruppen", LG, FORV)], [pres("består", "bestå")], doc=D),
    *(member(f"1.{chr(97 + n)}", "1", text, LG, "Ledningsgruppen", [(text, canon, TJP)], D)
      for n, (text, canon) in enumerate(L_ITEMS)),
]

D = "w54-h-styrgrupp"
S_TITLE = "Digitalisering"
S_1 = "Styrgruppen består av:"
SG = "styrgrupp"
S_ITEMS = [("Ekonomi- och HR-chef", "ekonomi- och hr-chef"), ("IT-direktör", "it-direktör"),
           ("HR-strateg", "hr-strateg")]
STYRGRUPP = [
    rec("title", S_TITLE, kind="heading", doc=D),
    rec("1", S_1, [("Styrgruppen", SG, FORV)], [pres("består", "bestå")], doc=D),
    *(member(f"1.{chr(97 + n)}", "1", text, SG, "Styrgruppen", [(text, canon, TJP)], D)
      for n, (text, canon) in enumerate(S_ITEMS)),
]

D = "w54-h-ansvar"
A_TITLE = "Ansvar"
A_1 = "Nämnden ansvarar för:"
UN = "nämnd"
A_ITEMS = ["IT-stöd till skolorna", "e-tjänster inom förskolan"]
ANSVAR = [
    rec("title", A_TITLE, kind="heading", doc=D),
    rec("1", A_1, [("Nämnden", UN, POL)], [pres("ansvarar", "ansvara")], doc=D),
    *(item(f"1.{chr(97 + n)}", text, (), (),
           [st(UN, "Nämnden", RE, "ansvarar för", "ansvara", "ansvarar", text)],
           doc=D, parent="1") for n, text in enumerate(A_ITEMS)),
]


def bullets(lead, items):
    return "\n".join([lead, *(f"• {text}" for text in items)])


DOCUMENTS = {
    "w54-h-enheter": (text_of(E_TITLE, E_1), ENHETER),
    "w54-h-kansli": (text_of(B_TITLE, B_1), BOLAG),
    "w54-h-kontor": (text_of(K_TITLE, K_1), KONTOR),
    "w54-h-ledning": (text_of(L_TITLE, bullets(L_1, [t for t, _ in L_ITEMS])), LEDNING),
    "w54-h-styrgrupp": (text_of(S_TITLE, bullets(S_1, [t for t, _ in S_ITEMS])), STYRGRUPP),
    "w54-h-ansvar": (text_of(A_TITLE, bullets(A_1, A_ITEMS)), ANSVAR),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w54-h", DOCUMENTS, before=[*GENITIV, *RELATIV, *PARTI])
