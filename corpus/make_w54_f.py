"""Builds corpus/dev/w54-f.jsonl: invented sentences for round 54, writer w54f (analysis
54-cf D: an infinitive conjunct after `samt`/`och` past a long object or adverbial whose
coordination of nouns hides it, the tagger reading it as a noun (`… genom X och Y samt
tillgodose …`, `… med omsorg om X samt bevara …`); analysis 54-cg R5: a place name the
tagger reads as a verb between `Region` and a genitive `läns` is no heading end).
Negatives: a noun after `samt` in a noun list (`riktlinjer och rutiner samt planering`),
a one-word heading before a definite body (`Inledning Regionen ska …`). Gold by hand from
docs/annotation.md §1.2, §2.3 and §5.4. Offsets computed.
Also: cf-D a comma list of base forms closed by a coordinator + an adverbial + a verb, a
member read as a noun (`rusta upp, underhålla, vårda och vid behov förnya`); cf-G a
responsibility for a noun phrase + `samt att`/`och för att` + infinitive (ruling s2); cf-H
a passive agent behind a fraction or quantity noun (`av minst två tredjedelar av …`, `av en
majoritet av …`, `av tre fjärdedelar av …`; negative `av rösterna`); cf-J a negated modal's
conjunct opened by `och`/`samt` + its own adverb is outside the negation (negatives: `eller`,
a bare conjunct). No 40-character window occurs in corpus/test texts.
Run: python corpus/make_w54_f.py corpus/dev"""

import sys
from pathlib import Path

from records import (
    EXT,
    FORV,
    FTV,
    HAR,
    ORG,
    OVR,
    POL,
    SKA,
    SKALL,
    TJP,
    inf,
    pres,
    records_for,
    write_jsonl,
)
from records import statement as st

OB, RE, NONE, PRO = "obligation", "responsibility", "none", "prohibition"


def rec(doc, *args, **kwargs):
    return records_for(f"w54-f-{doc}", check_texts=True)("1", *args, **kwargs)


def implicit(doc, *args, **kwargs):
    return records_for(f"w54-f-{doc}")("1", *args, **kwargs)


def ob(actor, actor_text, aim, obj=None):
    return st(actor, actor_text, OB, "ska", aim, aim, obj)


RECORDS = [
    # cf-D: `samt` + infinitive past a noun coordination inside the first conjunct's phrase
    rec("d-1", "Bolaget ska särskilt främja näringslivet i trakten genom rådgivning och "
        "nätverk samt tillgodose företagens behov av lokaler.",
        [("Bolaget", "bolag", ORG), ("näringslivet", "näringsliv", EXT),
         ("företagens", "företag", ORG)], [SKA, inf("främja"), inf("tillgodose")],
        [ob("bolag", "Bolaget", "främja", "näringslivet"),
         ob("bolag", "Bolaget", "tillgodose", "företagens behov av lokaler")]),
    rec("d-2", "Nämnden ska verka för en hållbar utveckling av bygdens landsbygd med hänsyn "
        "till miljön och klimatet samt tillgodose invånarnas behov av service.",
        [("Nämnden", "nämnd", POL), ("invånarnas", "invånare", EXT)],
        [SKA, inf("verka"), inf("tillgodose")],
        [ob("nämnd", "Nämnden", "verka", "för en hållbar utveckling av bygdens landsbygd"),
         ob("nämnd", "Nämnden", "tillgodose", "invånarnas behov av service")]),
    rec("d-3", "Stiftelsen ska vårda gårdarna i socknen med omsorg om byggnader och "
        "kulturarv samt bevara samlingarna.",
        [("Stiftelsen", "stiftelse", ORG)], [SKA, inf("vårda"), inf("bevara")],
        [ob("stiftelse", "Stiftelsen", "vårda", "gårdarna i socknen"),
         ob("stiftelse", "Stiftelsen", "bevara", "samlingarna")]),
    rec("d-n1", "Nämnden ska ta fram riktlinjer och rutiner samt planering för hela året.",
        [("Nämnden", "nämnd", POL)], [SKA, inf("ta")],
        [ob("nämnd", "Nämnden", "ta", "riktlinjer och rutiner samt planering")]),
    # cf-D: a comma list of base forms closed by a coordinator and an adverbial + verb; a
    # member the tagger reads as a noun
    rec("d-4", "Bolaget skall i övrigt rusta upp, underhålla, vårda och vid behov förnya "
        "badplatserna.", [("Bolaget", "bolag", ORG)],
        [SKALL, inf("rusta"), inf("underhålla"), inf("vårda"), inf("förnya")],
        [st("bolag", "Bolaget", OB, "skall", aim, aim, obj) for aim, obj in (
            ("rusta", None), ("underhålla", None), ("vårda", None),
            ("förnya", "badplatserna"))]),
    rec("d-5", "Förvaltningen ska därutöver iordningställa, underhålla, förnya och vid behov "
        "avveckla lekplatserna.", [("Förvaltningen", "förvaltning", FORV)],
        [SKA, inf("iordningställa"), inf("underhålla"), inf("förnya"), inf("avveckla")],
        [ob("förvaltning", "Förvaltningen", aim) for aim in (
            "iordningställa", "underhålla", "förnya", "avveckla")]),
    rec("d-6", "Stiftelsen ska särskilt rusta upp, underhålla och i samråd med kommunen "
        "utveckla parken.", [("Stiftelsen", "stiftelse", ORG), ("kommunen", "kommun", ORG)],
        [SKA, inf("rusta"), inf("underhålla"), inf("utveckla")],
        [ob("stiftelse", "Stiftelsen", aim) for aim in ("rusta", "underhålla", "utveckla")]),
    rec("d-n2", "Föreningen ska verka för gemenskap, bildning och rättvisa.",
        [("Föreningen", "förening", ORG)], [SKA, inf("verka")],
        [ob("förening", "Föreningen", "verka", "för gemenskap, bildning och rättvisa")]),
    # cf-G: a responsibility for a noun phrase and a coordinated `(för) att` + infinitive
    rec("g-1", "Direktionen har ansvaret för budget och ekonomi samt att utse "
        "förbundsdirektör.",
        [("Direktionen", "direktion", POL), ("förbundsdirektör", "förbundsdirektör", TJP)],
        [HAR, inf("utse")],
        [st("direktion", "Direktionen", RE, "har ansvaret för", "ansvara",
            "har", "budget och ekonomi"),
         st("direktion", "Direktionen", RE, "har ansvaret för", "utse", "utse",
            "förbundsdirektör")]),
    rec("g-2", "Rektorn ansvarar för schemat samt att informera personalen.",
        [("Rektorn", "rektor", TJP), ("personalen", "personal", TJP)],
        [pres("ansvarar", "ansvara"), inf("informera")],
        [st("rektor", "Rektorn", RE, "ansvarar för", "ansvara", "ansvarar", "schemat"),
         st("rektor", "Rektorn", RE, "ansvarar för", "informera", "informera",
            "personalen")]),
    rec("g-3", "Direktören ansvarar för driften och för att rapportera avvikelser till "
        "nämnden.", [("Direktören", "direktör", TJP), ("nämnden", "nämnd", POL)],
        [pres("ansvarar", "ansvara"), inf("rapportera")],
        [st("direktör", "Direktören", RE, "ansvarar för", "ansvara", "ansvarar", "driften"),
         st("direktör", "Direktören", RE, "ansvarar för", "rapportera", "rapportera",
            "avvikelser")]),
    rec("g-n1", "Rektorn ansvarar för schemat och arbetet med att informera personalen.",
        [("Rektorn", "rektor", TJP), ("personalen", "personal", TJP)],
        [pres("ansvarar", "ansvara"), inf("informera")],
        [st("rektor", "Rektorn", RE, "ansvarar för", "ansvara", "ansvarar",
            "schemat och arbetet med att informera personalen")]),
    # cf-H: a passive's agent behind a quantity or fraction noun and its partitive `av`
    rec("h-1", "Ett sådant beslut fattas av minst två tredjedelar av förbundets ledamöter.",
        [("förbundets ledamöter", "förbundets ledamot", FTV)],
        [pres("fattas", "fatta", "pass")],
        [st("förbundets ledamot", "förbundets ledamöter", NONE, None, "fatta", "fattas",
            "Ett sådant beslut", passive=True)]),
    rec("h-2", "Beslutet fattas av en majoritet av medlemmarna.",
        [("majoritet", "majoritet", FTV), ("medlemmarna", "medlem", OVR)],
        [pres("fattas", "fatta", "pass")],
        [st("medlem", "medlemmarna", NONE, None, "fatta", "fattas", "Beslutet",
            passive=True)]),
    rec("h-3", "Stadgarna ändras av tre fjärdedelar av ombuden.",
        [("ombuden", "ombud", TJP)], [pres("ändras", "ändra", "pass")],
        [st("ombud", "ombuden", NONE, None, "ändra", "ändras", "Stadgarna", passive=True)]),
    rec("h-n1", "Beslut fattas av två tredjedelar av rösterna.", [],
        [pres("fattas", "fatta", "pass")]),
    # cf-J: a negated modal's scope ends at a conjunct with an adverb of its own
    implicit("j-1", "Verksamheten ska inte drivas i vinstsyfte och regelbundet utvärderas och "
        "utvecklas.", [], [SKA, inf("drivas", "driva", "pass"),
                           inf("utvärderas", "utvärdera", "pass"),
                           inf("utvecklas", "utveckla", "pass")],
        [st(None, None, PRO, "ska inte", "driva", "drivas", negated=True, passive=True),
         st(None, None, OB, "ska", "utvärdera", "utvärderas", passive=True),
         st(None, None, OB, "ska", "utveckla", "utvecklas", passive=True)]),
    implicit("j-2", "Tillgångarna ska inte användas för andra ändamål och årligen redovisas och "
        "granskas.", [], [SKA, inf("användas", "använda", "pass"),
                          inf("redovisas", "redovisa", "pass"),
                          inf("granskas", "granska", "pass")],
        [st(None, None, PRO, "ska inte", "använda", "användas", negated=True, passive=True),
         st(None, None, OB, "ska", "redovisa", "redovisas", passive=True),
         st(None, None, OB, "ska", "granska", "granskas", passive=True)]),
    implicit("j-3", "Marken skall inte säljas samt fortlöpande skötas och vårdas.", [],
        [SKALL, inf("säljas", "sälja", "pass"), inf("skötas", "sköta", "pass"),
         inf("vårdas", "vårda", "pass")],
        [st(None, None, PRO, "skall inte", "sälja", "säljas", negated=True, passive=True),
         st(None, None, OB, "skall", "sköta", "skötas", passive=True),
         st(None, None, OB, "skall", "vårda", "vårdas", passive=True)]),
    implicit("j-n1", "Avtalet får inte sägas upp eller överlåtas.", [],
        [("får", "få", "pres", "act"), inf("sägas", "säga", "pass"),
         inf("överlåtas", "överlåta", "pass")],
        [st(None, None, PRO, "får inte", "säga", "sägas", negated=True, passive=True),
         st(None, None, PRO, "får inte", "överlåta", "överlåtas", negated=True,
            passive=True)]),
    implicit("j-n2", "Handlingarna ska inte lämnas ut och kopieras.", [],
        [SKA, inf("lämnas", "lämna", "pass"), inf("kopieras", "kopiera", "pass")],
        [st(None, None, PRO, "ska inte", "lämna", "lämnas", negated=True, passive=True),
         st(None, None, PRO, "ska inte", "kopiera", "kopieras", negated=True,
            passive=True)]),
    # cg-R5: a place name read as a verb inside `Region <Place> läns`
    rec("r-1", "Region Örebro läns nämnder ansvarar för sina verksamheter.",
        [("Region Örebro läns", "region örebro län", ORG), ("nämnder", "nämnd", POL)],
        [pres("ansvarar", "ansvara")],
        [st("nämnd", "nämnder", RE, "ansvarar för", "ansvara", "ansvarar",
            "sina verksamheter")]),
    rec("r-2", "Region Skara läns revisorer lämnar sin berättelse i april.",
        [("Region Skara läns", "region skara län", ORG), ("revisorer", "revisor", FTV)],
        [pres("lämnar", "lämna")],
        [st("revisor", "revisorer", NONE, None, "lämna", "lämnar", "sin berättelse")]),
    rec("r-3", "Region Åre läns styrelse fastställer budgeten för året.",
        [("Region Åre läns", "region åre län", ORG), ("styrelse", "styrelse", POL)],
        [pres("fastställer", "fastställa")],
        [st("styrelse", "styrelse", NONE, None, "fastställa", "fastställer", "budgeten")]),
    rec("r-n1", "Inledning Regionen ska anta en budget.", [("Regionen", "region", ORG)],
        [SKA, inf("anta")], [ob("region", "Regionen", "anta", "en budget")]),
]

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w54-f.jsonl", RECORDS)
