"""Builds corpus/dev/w54-c.jsonl and the documents corpus/dev/w54-c-*.txt with their gold:
invented material for round 54, writer c (analysis 54-ce causes C1, C2, C7, C10 and 54-cg
R7). C1: a page titled by a body compound (role unit or committee: `-grupp`, `-kontor`,
`-råd`) whose text also names another compound of the same head (nested `ledningsgrupp` in
`krisledningsgrupp`, a rival `byggkontor`, `elevråd`): the bare definite head (`Gruppen`,
`Rådet`) is the title's body (§2.3 short forms); negatives a plural topic title
(`Arbetsgrupper`) over two rival groups (`Gruppen` → `grupp`) and a unit head outside the
short forms (`Miljökontoret` ⏎ … `Kontoret` → `kontor`: ruling c1, a title naming the unit
keeps it bare). C2: party letters in
parentheses after each agent conjunct (`av Moderaterna (M), Liberalerna (L) och …`) leave
the coordination whole; negative a parenthesised reference (`(jfr 6 kap.)`) after the
agent. C7: a naming relative (`Förvaltningen som heter N`, `Enheten som kallas N`,
`Bolaget, som heter N AB,`) renames its head; negative `Förvaltningen som leder …` (the relative,
without a cue, states nothing: §5.1).
C10: `koalition` (political group), `rotel` (unit), lower-case party names
(`socialdemokraterna`, `centerpartiet`, canonical the name). R7: a place + a lower-case
compound of an organisation head (`Ekby kommunkoncern`, `Norrby regionkoncern`, `Tallby
kommunförbund`) is one name; negative a kommun's genitive before `koncernbolag`.
Gold by hand from docs/annotation.md §2 and §5 before the rules (two place-sense `kommun`
spans, §2.3 round 13, dropped after the first score). Offsets computed.
Run: python corpus/make_w54_c.py corpus/dev"""

import sys

from records import FORV, FTV, HAR, ORG, POL, SKA, TJP, inf, pres, records_for, sup, write_part
from records import statement as st

rec = records_for("w54-c")
NONE, RE = "none", "responsibility"


# (a) C1: a crisis group's page; `ledningsgrupp` nested in the title's compound.
D = "w54-c-krisgrupp"
KG = "krisledningsgrupp"
KRIS_TITLE = "Krisledningsgruppen"
KRIS_1 = ("Krisledningsgruppen ansvarar för samordningen vid en allvarlig händelse. "
          "Socialförvaltningen har en egen ledningsgrupp. "
          "Gruppen sammanträder varje vecka under en kris.")
KRIS = [
    rec("title", KRIS_TITLE, [(KRIS_TITLE, KG, FORV)], kind="heading", doc=D),
    rec("1", KRIS_1,
        [("Krisledningsgruppen", KG, FORV), ("Socialförvaltningen", "socialförvaltning", FORV),
         ("ledningsgrupp", "ledningsgrupp", FORV), ("Gruppen", KG, FORV)],
        [pres("ansvarar", "ansvara"), HAR, pres("sammanträder", "sammanträda")],
        [st(KG, "Krisledningsgruppen", RE, "ansvarar för", "ansvara", "ansvarar",
            "för samordningen vid en allvarlig händelse"),
         st("socialförvaltning", "Socialförvaltningen", NONE, None, "ha", "har",
            "en egen ledningsgrupp"),
         st(KG, "Gruppen", NONE, None, "sammanträda", "sammanträder",
            "varje vecka under en kris")], doc=D),
]

# (b) C1 negative: an environment office's page; `kontor` is no short form the title
# resolves (ruling c1).
D = "w54-c-kontor"
MK = "miljökontor"
KONTOR_TITLE = "Miljökontoret"
KONTOR_1 = ("Miljökontoret ansvarar för tillsynen enligt miljöbalken. "
            "Byggkontoret ansvarar för bygglov och lantmäteri. "
            "Kontoret ska lämna en rapport till nämnden varje år.")
KONTOR = [
    rec("title", KONTOR_TITLE, [(KONTOR_TITLE, MK, FORV)], kind="heading", doc=D),
    rec("1", KONTOR_1,
        [("Miljökontoret", MK, FORV), ("Byggkontoret", "byggkontor", FORV),
         ("Kontoret", "kontor", FORV), ("nämnden", "nämnd", POL)],
        [pres("ansvarar", "ansvara"), pres("ansvarar", "ansvara", nth=1), SKA, inf("lämna")],
        [st(MK, "Miljökontoret", RE, "ansvarar för", "ansvara", "ansvarar",
            "för tillsynen enligt miljöbalken"),
         st("byggkontor", "Byggkontoret", RE, "ansvarar för", "ansvara", "ansvarar",
            "för bygglov och lantmäteri"),
         st("kontor", "Kontoret", "obligation", "ska", "lämna", "lämna",
            "en rapport till nämnden varje år")], doc=D),
]

# (b2) C1: a group of role holders; the nested and a rival group named before `Gruppen`.
D = "w54-c-rektorsgrupp"
RG = "rektorsgrupp"
REK_TITLE = "Rektorsgruppen"
REK_1 = ("Rektorsgruppen leds av skolchefen. "
         "Förvaltningen har också en ledningsgrupp och en arbetsgrupp för elevhälsa. "
         "Gruppen ska samordna arbetet mellan skolorna.")
REK = [
    rec("title", REK_TITLE, [(REK_TITLE, RG, FORV)], kind="heading", doc=D),
    rec("1", REK_1,
        [("Rektorsgruppen", RG, FORV), ("skolchefen", "skolchef", TJP),
         ("Förvaltningen", "förvaltning", FORV), ("ledningsgrupp", "ledningsgrupp", FORV),
         ("arbetsgrupp", "arbetsgrupp", FORV), ("Gruppen", RG, FORV)],
        [pres("leds", "leda", "pass"), HAR, SKA, inf("samordna")],
        [st("skolchef", "skolchefen", NONE, None, "leda", "leds", "Rektorsgruppen",
            passive=True),
         st("förvaltning", "Förvaltningen", NONE, None, "ha", "har",
            "också en ledningsgrupp och en arbetsgrupp för elevhälsa"),
         st(RG, "Gruppen", "obligation", "ska", "samordna", "samordna",
            "arbetet mellan skolorna")], doc=D),
]

# (c) C1: a youth council's page; the kommun also has an `elevråd`.
D = "w54-c-rad"
UR = "ungdomsråd"
RAD_TITLE = "Ungdomsrådet"
RAD_1 = ("Ungdomsrådet bereder frågor om fritid och kultur. "
         "Kommunen har också ett elevråd i varje skola. "
         "Rådet ska lämna förslag till fritidsnämnden.")
RAD = [
    rec("title", RAD_TITLE, [(RAD_TITLE, UR, POL)], kind="heading", doc=D),
    rec("1", RAD_1,
        [("Ungdomsrådet", UR, POL), ("Kommunen", "kommun", ORG), ("elevråd", "elevråd", POL),
         ("Rådet", UR, POL), ("fritidsnämnden", "fritidsnämnd", POL)],
        [pres("bereder", "bereda"), HAR, SKA, inf("lämna")],
        [st(UR, "Ungdomsrådet", NONE, None, "bereda", "bereder", "frågor om fritid och kultur"),
         st("kommun", "Kommunen", NONE, None, "ha", "har", "också ett elevråd i varje skola"),
         st(UR, "Rådet", "obligation", "ska", "lämna", "lämna", "förslag till fritidsnämnden")],
        doc=D),
]

# (d) C1 negative: a plural topic title over two rival groups.
D = "w54-c-arbetsgrupper"
AG_TITLE = "Arbetsgrupper"
AG_1 = ("Nämnden tillsätter en arbetsgrupp och en referensgrupp. "
        "Gruppen rapporterar till nämnden varje månad.")
AG = [
    rec("title", AG_TITLE, [(AG_TITLE, "arbetsgrupp", FORV)], kind="heading", doc=D),
    rec("1", AG_1,
        [("Nämnden", "nämnd", POL), ("arbetsgrupp", "arbetsgrupp", FORV),
         ("referensgrupp", "referensgrupp", FORV), ("Gruppen", "grupp", FORV),
         ("nämnden", "nämnd", POL)],
        [pres("tillsätter", "tillsätta"), pres("rapporterar", "rapportera")],
        [st("nämnd", "Nämnden", NONE, None, "tillsätta", "tillsätter",
            "en arbetsgrupp och en referensgrupp"),
         st("grupp", "Gruppen", NONE, None, "rapportera", "rapporterar",
            "till nämnden varje månad")], doc=D),
]

# (e) C2 + C10: party letters inside agent coordinations; `koalition`.
D = "w54-c-partier"
P_TITLE = "Om politiken"
P_1 = ("Oppositionen leds av Moderaterna (M), Liberalerna (L) och Kristdemokraterna (KD). "
       "Kommunen styrs av en koalition. "
       "Förslaget stöds av Vänsterpartiet (V) och Sverigedemokraterna (SD).")
P_2 = "Beslutet fattas av nämnden (jfr 6 kap.) och delges sökanden."
LEDS = [("Moderaterna", "moderaterna"), ("Liberalerna", "liberalerna"),
        ("Kristdemokraterna", "kristdemokraterna")]
SIGN = [("Vänsterpartiet", "vänsterpartiet"), ("Sverigedemokraterna", "sverigedemokraterna")]
PARTIER = [
    rec("title", P_TITLE, kind="heading", doc=D),
    rec("1", P_1,
        [("Oppositionen", "opposition", FTV), *((text, canon, POL) for text, canon in LEDS),
         ("Kommunen", "kommun", ORG), ("koalition", "koalition", FTV),
         *((text, canon, POL) for text, canon in SIGN)],
        [pres("leds", "leda", "pass"), pres("styrs", "styra", "pass"),
         pres("stöds", "stödja", "pass")],
        [*(st(canon, text, NONE, None, "leda", "leds", "Oppositionen", passive=True)
           for text, canon in LEDS),
         st("koalition", "koalition", NONE, None, "styra", "styrs", "Kommunen", passive=True),
         *(st(canon, text, NONE, None, "stödja", "stöds", "Förslaget",
              passive=True) for text, canon in SIGN)], doc=D),
    rec("2", P_2, [("nämnden", "nämnd", POL), ("sökanden", "sökande", "extern")],
        [pres("fattas", "fatta", "pass"), pres("delges", "delge", "pass")],
        [st("nämnd", "nämnden", NONE, None, "fatta", "fattas", "Beslutet", passive=True)],
        doc=D),
]

# (f) C10: lower-case party names (canonical the name), a `koalition`, a `rotel`.
D = "w54-c-val"
V_TITLE = "Efter valet"
V_1 = ("Efter valet har socialdemokraterna och centerpartiet bildat en koalition med liberalerna. "
       "I budgetfrågor samarbetar moderaterna med kristdemokraterna. "
       "Koalitionen består av tre partier. "
       "Varje rotel leds av en rotelchef.")
VAL = [
    rec("title", V_TITLE, kind="heading", doc=D),
    rec("1", V_1,
        [("socialdemokraterna", "socialdemokraterna", POL),
         ("centerpartiet", "centerpartiet", POL), ("koalition", "koalition", FTV),
         ("liberalerna", "liberalerna", POL), ("moderaterna", "moderaterna", POL),
         ("kristdemokraterna", "kristdemokraterna", POL), ("Koalitionen", "koalition", FTV),
         ("partier", "parti", "övrig"), ("rotel", "rotel", FORV),
         ("rotelchef", "rotelchef", TJP)],
        [HAR, sup("bildat", "bilda"), pres("samarbetar", "samarbeta"),
         pres("består", "bestå"), pres("leds", "leda", "pass")],
        [st("socialdemokraterna", "socialdemokraterna", NONE, None, "bilda", "bildat",
            "en koalition med liberalerna"),
         st("centerpartiet", "centerpartiet", NONE, None, "bilda", "bildat",
            "en koalition med liberalerna"),
         st("moderaterna", "moderaterna", NONE, None, "samarbeta", "samarbetar",
            "med kristdemokraterna"),
         st("koalition", "Koalitionen", NONE, None, "bestå", "består", "av tre partier"),
         st("rotelchef", "rotelchef", NONE, None, "leda", "leds", "Varje rotel",
            passive=True)], doc=D),
]

# (g) C7: naming relatives on the subject (restrictive and non-restrictive).
D = "w54-c-namn"
N_TITLE = "Organisation"
SBK, KC, EE = "stadsbyggnadskontor", "löneenhet", "ekby energi ab"
N_1 = ("Förvaltningen som heter stadsbyggnadskontoret ansvarar för bygglov och detaljplaner. "
       "Enheten som kallas löneenheten svarar för utbetalningen av löner. "
       "Bolaget, som heter Ekby Energi AB, ska sköta elnätet i kommunen.")
NAMN = [
    rec("title", N_TITLE, kind="heading", doc=D),
    rec("1", N_1,
        [("Förvaltningen", SBK, FORV), ("Enheten", KC, FORV), ("Bolaget", EE, ORG)],
        [pres("heter", "heta"), pres("ansvarar", "ansvara"), pres("kallas", "kalla", "pass"),
         pres("svarar", "svara"), pres("heter", "heta", nth=1), SKA, inf("sköta")],
        [st(SBK, "Förvaltningen", RE, "ansvarar för", "ansvara", "ansvarar",
            "för bygglov och detaljplaner"),
         st(KC, "Enheten", RE, "svarar för", "svara", "svarar", "för utbetalningen av löner"),
         st(EE, "Bolaget", "obligation", "ska", "sköta", "sköta", "elnätet i kommunen")],
        doc=D),
]

# (h) C7 negative: a relative without a naming verb keeps the kind noun.
D = "w54-c-namn2"
N2_TITLE = "Projekt"
N2_1 = "Förvaltningen som leder projektet ansvarar också för budgeten."
NAMN2 = [
    rec("title", N2_TITLE, kind="heading", doc=D),
    rec("1", N2_1, [("Förvaltningen", "förvaltning", FORV)],
        [pres("leder", "leda"), pres("ansvarar", "ansvara")],
        [st("förvaltning", "Förvaltningen", RE, "ansvarar för", "ansvara", "ansvarar",
            "också för budgeten")], doc=D),
]

# (i) R7: a place + a lower-case compound of an organisation head is one name.
D = "w54-c-koncern"
K_TITLE = "Ägarstyrning"
K_1 = ("Ekby kommunkoncern omfattar fem bolag och två stiftelser. "
       "Norrby regionkoncern äger tre fastighetsbolag. "
       "Tallby kommunförbund ansvarar för tillsynen i fyra kommuner. "
       "Ekby kommuns koncernbolag ska lämna en rapport varje kvartal.")
KONCERN = [
    rec("title", K_TITLE, kind="heading", doc=D),
    rec("1", K_1,
        [("Ekby kommunkoncern", "ekby kommunkoncern", ORG), ("bolag", "bolag", ORG),
         ("stiftelser", "stiftelse", ORG), ("Norrby regionkoncern", "norrby regionkoncern", ORG),
         ("fastighetsbolag", "fastighetsbolag", ORG),
         ("Tallby kommunförbund", "tallby kommunförbund", ORG),
         ("Ekby kommuns", "ekby kommun", ORG), ("koncernbolag", "koncernbolag", ORG)],
        [pres("omfattar", "omfatta"), pres("äger", "äga"), pres("ansvarar", "ansvara"), SKA,
         inf("lämna")],
        [st("ekby kommunkoncern", "Ekby kommunkoncern", NONE, None, "omfatta", "omfattar",
            "fem bolag och två stiftelser"),
         st("norrby regionkoncern", "Norrby regionkoncern", NONE, None, "äga", "äger",
            "tre fastighetsbolag"),
         st("tallby kommunförbund", "Tallby kommunförbund", RE, "ansvarar för", "ansvara",
            "ansvarar", "för tillsynen i fyra kommuner"),
         st("koncernbolag", "koncernbolag", "obligation", "ska", "lämna", "lämna",
            "en rapport varje kvartal")], doc=D),
]


def text_of(title, *paragraphs):
    return "\n\n".join([title, *paragraphs]) + "\n"


DOCUMENTS = {
    "w54-c-krisgrupp": (text_of(KRIS_TITLE, KRIS_1), KRIS),
    "w54-c-kontor": (text_of(KONTOR_TITLE, KONTOR_1), KONTOR),
    "w54-c-rektorsgrupp": (text_of(REK_TITLE, REK_1), REK),
    "w54-c-rad": (text_of(RAD_TITLE, RAD_1), RAD),
    "w54-c-arbetsgrupper": (text_of(AG_TITLE, AG_1), AG),
    "w54-c-partier": (text_of(P_TITLE, P_1, P_2), PARTIER),
    "w54-c-val": (text_of(V_TITLE, V_1), VAL),
    "w54-c-namn": (text_of(N_TITLE, N_1), NAMN),
    "w54-c-namn2": (text_of(N2_TITLE, N2_1), NAMN2),
    "w54-c-koncern": (text_of(K_TITLE, K_1), KONCERN),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w54-c", DOCUMENTS)
