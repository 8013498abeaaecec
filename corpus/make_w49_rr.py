"""Builds corpus/dev/w49-rr.jsonl: invented sentences for round 49, writer r (analysis 49-r
pipeline causes G4 and P2). Gold by hand from docs/annotation.md §2.3, §5.1–§5.4 before the
rules; offsets computed.
Run: python corpus/make_w49_rr.py corpus/dev

* G4: after a copula and a bare predicative noun, ``och``/``men`` + a definite noun phrase +
  a finite verb is a second main clause with its own subject (``X är huvudman och
  socialnämnden svarar för …``); negatives: a second predicative with no finite verb after
  it (``är huvudman och ägare för …``), a predicative adjective conjoined.
* P2: perfect ``har`` + a prepositional adverbial whose noun has an ``om``-attribute
  (``genom avtal om samverkan``) + the supine: the supine is the perfect's, not the verb of a
  ``om``-clause without ``har``; also with a second noun phrase conjoined in the adverbial.
  Negatives: ``har`` + the adverbial + an object (``ett ansvar``) with no supine; a real
  condition after an object (``har sedan årsmötet ansvar för kassan om ordföranden avgått``).
* L2 (document w49-rr-fritid, a flattened reglemente, one line per page): a colon's dash
  list whose items end in a comma, a semicolon or ``samt``/``och`` before the next dash
  (``för: - a, - b samt - c.``) is cut before every dash, each item keeping its coordinator
  (§1.2); a new sentence after the last item's full stop is a clause of its own, no item
  text. Negative: an item after a comma that opens with ``dock inte`` stays an item.
* P1 (document w49-rr-hr): a place's genitive + a body compound opening with an acronym
  (``Norrdalens HR-nämnd``, ``Norrdalens IT-förvaltning``) is one name (§2.3 round 41 r C5),
  so the apposition ``Den gemensamma nämnden, Norrdalens HR-nämnd,`` names the later
  ``Den gemensamma nämnden``; negatives a bare ``Nämnden`` (stays `nämnd`), an actor noun's
  genitive before an acronym compound (``Kommunens IT-nämnd``: owner + body).
* G5 (document w49-rr-ungdom): a bullet item under ``har till uppgift att:`` that opens with
  a prepositional phrase closed by a comma before its infinitives (``• i samverkan med
  polisen, förebygga och motverka …``): the infinitives after the comma are the series';
  negative: a relative clause after the comma (``…, som leder arbetet, delta …``): no aim
  from the relative's verb; the infinitive after its closing comma is the item's.
* P3: a coordination of gapped (``Åby-``), bare (``Cedra``) and genitive (``Viks``) place
  names before a shared plural ``kommuner``: one actor per name, the gap hyphen stripped,
  a genitive kept as written; negative: the same gapped names before a school compound
  (no kommun). A gapped genitive first before a comma (``Norrbys-, Åsa- samt …``): the
  comma lists subjects (no clause before it to splice onto), each keeps its statement.
* L1 (document w49-rr-forbund, a flattened förbundsordning on one line): a one-word heading
  after an ``N -`` label that the lexicon knows only by its parts
  (``Organisationstillhörighet``, ``Verksamhetsinriktning``) before an organisation's name
  and its finite verb is a heading of its own; negative: ``Organisationsnummer`` before a
  number (no name + verb: stays in its sentence).
"""

import sys

from records import (
    AR,
    EXT,
    FORV,
    FTV,
    HAR,
    ORG,
    OVR,
    POL,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

D = "w49-rr"
rec = records_for(D, conditions_from_statements=True, check_texts=True)


def sup(word, lemma):
    return (word, lemma, "sup", "act", 0)


RECORDS = [
    # --- G4: a second clause with its own subject after `X är <noun> och|men`
    rec("1", "Tallby kommun är huvudman och socialnämnden svarar för driften av boendet.",
        [("Tallby kommun", "tallby kommun", ORG), ("socialnämnden", "socialnämnd", POL)],
        [AR, pres("svarar", "svara")],
        [st("tallby kommun", "Tallby kommun", "none", None, "vara", "är", "huvudman"),
         st("socialnämnd", "socialnämnden", "responsibility", "svarar för", "svara", "svarar",
            "driften av boendet")]),
    rec("2", "Hagby kommun är ansvarig kommun och den gemensamma nämnden tillhör Hagby kommuns "
        "förvaltning.",
        [("Hagby kommun", "hagby kommun", ORG), ("gemensamma nämnden", "gemensam nämnd", POL),
         ("Hagby kommuns", "hagby kommun", ORG), ("förvaltning", "förvaltning", FORV)],
        [AR, pres("tillhör", "tillhöra")],
        [st("hagby kommun", "Hagby kommun", "none", None, "vara", "är", "ansvarig kommun"),
         st("gemensam nämnd", "gemensamma nämnden", "none", None, "tillhöra", "tillhör",
            "Hagby kommuns förvaltning")]),
    rec("3", "Kommunalförbundet är arbetsgivare men direktionen beslutar om lönesättningen.",
        [("Kommunalförbundet", "kommunalförbund", ORG), ("direktionen", "direktion", POL)],
        [AR, pres("beslutar", "besluta")],
        [st("kommunalförbund", "Kommunalförbundet", "none", None, "vara", "är", "arbetsgivare"),
         st("direktion", "direktionen", "none", None, "besluta", "beslutar",
            "om lönesättningen")]),
    rec("4", "Regionen är huvudman och regiondirektören leder arbetet med budgeten.",
        [("Regionen", "region", ORG), ("regiondirektören", "regiondirektör", TJP)],
        [AR, pres("leder", "leda")],
        [st("region", "Regionen", "none", None, "vara", "är", "huvudman"),
         st("regiondirektör", "regiondirektören", "none", None, "leda", "leder",
            "arbetet med budgeten")]),
    # negatives: one predicative with two conjuncts, a noun and an adjective
    rec("5", "Tallby kommun är huvudman och ägare för stiftelsen.",
        [("Tallby kommun", "tallby kommun", ORG), ("stiftelsen", "stiftelse", ORG)],
        [AR],
        [st("tallby kommun", "Tallby kommun", "none", None, "vara", "är",
            "huvudman och ägare för stiftelsen")]),
    rec("6", "Direktionen är beslutande organ och ansvarig för förbundets ekonomi.",
        [("Direktionen", "direktion", POL), ("förbundets", "förbund", ORG)],
        [AR],
        [st("direktion", "Direktionen", "none", None, "vara", "är",
            "beslutande organ och ansvarig för förbundets ekonomi"),
         # round 52 (ca S3): the cue's adjective as the second conjunct (§5.3 round 47)
         st("direktion", "Direktionen", "responsibility", "är ansvarig för", "ansvara", "är",
            "förbundets ekonomi")]),
    # --- P2: perfect `har` + an adverbial with a nested `om`-phrase + the supine
    rec("7", "Tallby kommun och Hagby kommun har genom avtal om samverkan enats om en gemensam "
        "nämnd.",
        [("Tallby kommun", "tallby kommun", ORG), ("Hagby kommun", "hagby kommun", ORG),
         ("gemensam nämnd", "gemensam nämnd", POL)],
        [HAR, sup("enats", "enas")],
        [st("tallby kommun", "Tallby kommun", "none", None, "enas", "enats",
            "om en gemensam nämnd"),
         st("hagby kommun", "Hagby kommun", "none", None, "enas", "enats",
            "om en gemensam nämnd")]),
    rec("8", "Direktionen har efter förhandlingar om fördelningen av kostnaderna fastställt en "
        "modell.",
        [("Direktionen", "direktion", POL)],
        [HAR, sup("fastställt", "fastställa")],
        [st("direktion", "Direktionen", "none", None, "fastställa", "fastställt",
            "en modell")]),
    rec("9", "Kommunerna har genom en överenskommelse om ett samarbete och denna förbundsordning "
        "kommit överens om en gemensam nämnd.",
        [("Kommunerna", "kommun", ORG), ("gemensam nämnd", "gemensam nämnd", POL)],
        [HAR, sup("kommit", "komma")],
        [st("kommun", "Kommunerna", "none", None, "komma", "kommit")]),
    # negatives: no supine (`ha` is the verb), a real condition after the perfect's object
    rec("10", "Nämnden har genom avtalet om samverkan ett ansvar för driften.",
        [("Nämnden", "nämnd", POL)],
        [HAR],
        [st("nämnd", "Nämnden", "responsibility", "har ett ansvar för", "ansvara", "har",
            "driften")]),
    # --- P3: mixed gapped, bare and genitive names before a shared plural `kommuner`
    rec("12", "Åby-, Berga- och Cedra kommuner har bildat förbundet.",
        [("Åby-", "åby kommun", ORG), ("Berga-", "berga kommun", ORG),
         ("Cedra kommuner", "cedra kommun", ORG), ("förbundet", "förbund", ORG)],
        [HAR, sup("bildat", "bilda")],
        [st(f"{name} kommun", text, "none", None, "bilda", "bildat", "förbundet")
         for name, text in (("åby", "Åby-"), ("berga", "Berga-"), ("cedra", "Cedra kommuner"))]),
    rec("13", "Ekö, Bergs- och Viks kommuner utser två ledamöter.",
        [("Ekö", "ekö kommun", ORG), ("Bergs-", "bergs kommun", ORG),
         ("Viks kommuner", "viks kommun", ORG), ("ledamöter", "ledamot", FTV)],
        [pres("utser", "utse")],
        [st(f"{name} kommun", text, "none", None, "utse", "utser", "två ledamöter")
         for name, text in (("ekö", "Ekö"), ("bergs", "Bergs-"), ("viks", "Viks kommuner"))]),
    rec("14", "Norrbys-, Åsa- samt Tuve kommuner har bildat förbundet.",
        [("Norrbys-", "norrbys kommun", ORG), ("Åsa-", "åsa kommun", ORG),
         ("Tuve kommuner", "tuve kommun", ORG), ("förbundet", "förbund", ORG)],
        [HAR, sup("bildat", "bilda")],
        [st(f"{name} kommun", text, "none", None, "bilda", "bildat", "förbundet")
         for name, text in (("norrbys", "Norrbys-"), ("åsa", "Åsa-"),
                            ("tuve", "Tuve kommuner"))]),
    # negative: no organisation head after the gapped names
    rec("15", "Rektorerna för Åby-, Berga- och Cedraskolan samverkar.",
        [("Rektorerna", "rektor", TJP)], [pres("samverkar", "samverka")],
        [st("rektor", "Rektorerna", "none", None, "samverka", "samverkar")]),
    rec("11", "Kassören har sedan årsmötet ansvar för kassan om ordföranden avgått.",
        [("Kassören", "kassör", FTV), ("årsmötet", "årsmöte", OVR),
         ("ordföranden", "ordförande", FTV)],
        [HAR, sup("avgått", "avgå")],
        [st("kassör", "Kassören", "responsibility", "har ansvar för", "ansvara", "har",
            "kassan", condition="om ordföranden avgått")]),
]

# --- L2: a flattened dash list (`- a, - b samt - c.`) and the sentence after it
F = "w49-rr-fritid"
TITLE = "Reglemente för fritidsnämnden i Ekby kommun"
LEAD1 = "Fritidsnämnden ansvarar för:"
ITEMS1 = ["idrottsanläggningar och badplatser,", "stöd till ideella föreningar samt",
          "fritidsgårdarna i kommunen."]
AFTER1 = "Fritidsnämnden biträder kommunstyrelsen i frågor om folkhälsa."
LEAD2 = "Arbetsutskottet bereder:"
ITEMS2 = ["budget;", "taxor och", "avgifter."]
AFTER2 = "Ordföranden kallar till sammanträde."
LEAD3 = "Fritidsnämnden ansvarar även för:"
ITEMS3 = ["drift och underhåll av anläggningarna samt", "tillsyn enligt lag,",
          "dock inte för skolornas lokaler."]


def _dashed(lead, items):
    return " ".join([lead, *(f"- {item}" for item in items)])


FRITID_TEXT = (f"{TITLE}\n1 Verksamhet {_dashed(LEAD1, ITEMS1)} {AFTER1} 2 Beredning "
               f"{_dashed(LEAD2, ITEMS2)} {AFTER2} 3 Tillsyn {_dashed(LEAD3, ITEMS3)}\n")
FN = ("Fritidsnämnden", "fritidsnämnd", POL)
item_rec = records_for(F)  # an item's statement names the lead-in's actor and verb
RE = "responsibility"


def item(cid, text, statements, actors=()):
    return item_rec(cid, text, actors, [], statements, kind="list_item", label="-",
               parent=cid.rsplit(".", 1)[0], doc=F)


def fn_item(cid, text, modal="ansvarar för"):
    return item(cid, text, [st("fritidsnämnd", "Fritidsnämnden", RE, modal, "ansvara",
                               "ansvarar", text.rstrip(",.").removesuffix(" samt"))])


def au_item(cid, text):
    return item(cid, text, [st("arbetsutskott", "Arbetsutskottet", "none", None, "bereda",
                               "bereder", text.rstrip(";.").removesuffix(" och"))])


FRITID = [
    rec("title", TITLE, [("fritidsnämnden", "fritidsnämnd", POL),
                         ("Ekby kommun", "ekby kommun", ORG)], kind="heading", doc=F),
    rec("1", "Verksamhet", kind="heading", label="1", doc=F),
    rec("1.1", LEAD1, [FN], [pres("ansvarar", "ansvara")], parent="1", doc=F),
    fn_item("1.1.a", ITEMS1[0]),
    item("1.1.b", ITEMS1[1], [st("fritidsnämnd", "Fritidsnämnden", RE, "ansvarar för",
                                 "ansvara", "ansvarar", "stöd till ideella föreningar")],
         [("föreningar", "förening", ORG)]),
    item("1.1.c", ITEMS1[2], [st("fritidsnämnd", "Fritidsnämnden", RE, "ansvarar för",
                                 "ansvara", "ansvarar", "fritidsgårdarna i kommunen")]),
    rec("1.2", AFTER1, [FN, ("kommunstyrelsen", "kommunstyrelse", POL)],
        [pres("biträder", "biträda")],
        [st("fritidsnämnd", "Fritidsnämnden", "none", None, "biträda", "biträder",
            "kommunstyrelsen i frågor om folkhälsa")], parent="1", doc=F),
    rec("2", "Beredning", kind="heading", label="2", doc=F),
    rec("2.1", LEAD2, [("Arbetsutskottet", "arbetsutskott", POL)],
        [pres("bereder", "bereda")], parent="2", doc=F),
    *(au_item(f"2.1.{letter}", text) for letter, text in zip("abc", ITEMS2, strict=True)),
    # the chair in a document about one body is that body's (§2.3, the `ordföranden` row)
    rec("2.2", AFTER2, [("Ordföranden", "fritidsnämndens ordförande", FTV)],
        [pres("kallar", "kalla")],
        [st("fritidsnämndens ordförande", "Ordföranden", "none", None, "kalla", "kallar",
            "till sammanträde")], parent="2", doc=F),
    rec("3", "Tillsyn", kind="heading", label="3", doc=F),
    rec("3.1", LEAD3, [FN], [pres("ansvarar", "ansvara")], parent="3", doc=F),
    *(item(f"3.1.{letter}", text,
           [st("fritidsnämnd", "Fritidsnämnden", RE, "ansvarar även för", "ansvara",
               "ansvarar", text.rstrip(",.").removesuffix(" samt"))])
      for letter, text in zip("abc", ITEMS3, strict=True)),
]

# --- P1: an acronym-prefixed body compound after a place's genitive
H = "w49-rr-hr"
hrec = records_for(H)
HR_TITLE = "Reglemente för Norrdalens HR-nämnd"
HR1 = "Den gemensamma nämnden, Norrdalens HR-nämnd, handlägger personalfrågor för tre kommuner."
HR2 = "Den gemensamma nämnden ansvarar för lönehanteringen."
HR3 = "Nämnden sammanträder varje månad."
HR4 = "Norrdalens IT-förvaltning bistår nämnden med systemstöd."
HR5 = "Kommunens IT-nämnd beslutar om egna system."
HR_TEXT = "\n\n".join([HR_TITLE, HR1, HR2, HR3, HR4, HR5]) + "\n"
HRN = "norrdalens hr-nämnd"
HR = [
    hrec("title", HR_TITLE, [("Norrdalens HR-nämnd", HRN, POL)], kind="heading"),
    hrec("1", HR1, [("gemensamma nämnden", HRN, POL), ("Norrdalens HR-nämnd", HRN, POL),
                    ("kommuner", "kommun", ORG)],
         [pres("handlägger", "handlägga")],
         [st(HRN, "gemensamma nämnden", "none", None, "handlägga", "handlägger",
             "personalfrågor för tre kommuner")]),
    hrec("2", HR2, [("gemensamma nämnden", HRN, POL)], [pres("ansvarar", "ansvara")],
         [st(HRN, "gemensamma nämnden", RE, "ansvarar för", "ansvara", "ansvarar",
             "lönehanteringen")]),
    # a bare `Nämnden` stays `nämnd` (§2.3, round 22 and round 41 r C5)
    hrec("3", HR3, [("Nämnden", "nämnd", POL)], [pres("sammanträder", "sammanträda")],
         [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder",
             "varje månad")]),
    hrec("4", HR4, [("Norrdalens IT-förvaltning", "norrdalens it-förvaltning", FORV),
                    ("nämnden", "nämnd", POL)],
         [pres("bistår", "bistå")],
         [st("norrdalens it-förvaltning", "Norrdalens IT-förvaltning", "none", None, "bistå",
             "bistår", "nämnden med systemstöd")]),
    # an actor noun's genitive is an owner: two spans
    hrec("5", HR5, [("Kommunens", "kommun", ORG), ("IT-nämnd", "it-nämnd", POL)],
         [pres("beslutar", "besluta")],
         [st("it-nämnd", "IT-nämnd", "none", None, "besluta", "beslutar",
             "om egna system")]),
]

# --- G5: a fronted adverbial + comma opening an att-series item
U = "w49-rr-ungdom"
urec = records_for(U)
U_TITLE = "Reglemente för ungdomsnämnden"
U_LEAD = "Ungdomsnämnden har till uppgift att:"
U_ITEMS = [
    ("i samverkan med polisen, förebygga och motverka brott", ["förebygga", "motverka"],
     [("polisen", "polis", EXT)]),
    ("efter hörande av rådet, fastställa och revidera taxor", ["fastställa", "revidera"],
     [("rådet", "råd", POL)]),
    ("stödja föreningslivet i samråd med skolorna", ["stödja"],
     [("föreningslivet", "föreningsliv", EXT)]),
    ("i samverkan med polisen, som leder arbetet, delta i trygghetsvandringar", ["delta"],
     [("polisen", "polis", EXT)]),
]
U_TEXT = "\n\n".join([U_TITLE, U_LEAD, *(f"• {text}" for text, _, _ in U_ITEMS)]) + "\n"
UN = ("Ungdomsnämnden", "ungdomsnämnd", POL)
UNGDOM = [
    urec("title", U_TITLE, [("ungdomsnämnden", "ungdomsnämnd", POL)], kind="heading"),
    urec("1", U_LEAD, [UN], [pres("har", "ha")]),
    *(urec(f"1.{letter}", text, actors, [inf(aim) for aim in aims],
           [st("ungdomsnämnd", "Ungdomsnämnden", "obligation", "har till uppgift att", aim, aim)
            for aim in aims], kind="list_item", label="•", parent="1")
      for letter, (text, aims, actors) in zip("abcd", U_ITEMS, strict=True)),
]

# --- L1: an unknown compound one-word heading after an `N -` label
B = "w49-rr-forbund"
brec = records_for(B)
B_TITLE = "Förbundsordning för Gransjö räddningsförbund"
B1 = "Gransjö kommun är huvudman för räddningstjänsten i länets norra del."
B2 = "Direktionen består av sju ledamöter och lika många ersättare."
B3 = "Gransjö kommun ansvarar för förbundets lokaler."
B4 = "Organisationsnummer 802400-1234 gäller för förbundet."
B_TEXT = (f"{B_TITLE}\n1 - Organisationstillhörighet {B1} 2 - Direktion {B2} "
          f"3 - Verksamhetsinriktning {B3} {B4}\n")
GK = ("Gransjö kommun", "gransjö kommun", ORG)
FORBUND = [
    brec("title", B_TITLE, [("Gransjö räddningsförbund", "gransjö räddningsförbund", ORG)],
         kind="heading"),
    brec("1", "Organisationstillhörighet", kind="heading", label="1 -"),
    brec("1.1", B1, [GK], [AR],
         [st("gransjö kommun", "Gransjö kommun", "none", None, "vara", "är",
             "huvudman för räddningstjänsten i länets norra del")], parent="1"),
    brec("2", "Direktion", [("Direktion", "direktion", POL)], kind="heading", label="2 -"),
    brec("2.1", B2, [("Direktionen", "direktion", POL), ("ledamöter", "ledamot", FTV),
                     ("ersättare", "ersättare", FTV)],
         [pres("består", "bestå")],
         [st("direktion", "Direktionen", "none", None, "bestå", "består",
             "av sju ledamöter och lika många ersättare")], parent="2"),
    brec("3", "Verksamhetsinriktning", kind="heading", label="3 -"),
    # negative: a compound before a number, no name and verb: no heading, the paragraph's
    # second sentence (one clause, §1.2)
    brec("3.1", f"{B3} {B4}", [GK, ("förbundets", "gransjö räddningsförbund", ORG),
                               ("förbundet", "gransjö räddningsförbund", ORG)],
         [pres("ansvarar", "ansvara"), pres("gäller", "gälla")],
         [st("gransjö kommun", "Gransjö kommun", RE, "ansvarar för", "ansvara", "ansvarar",
             "förbundets lokaler")], parent="3"),
]

DOCUMENTS = {F: (FRITID_TEXT, FRITID), H: (HR_TEXT, HR), U: (U_TEXT, UNGDOM),
             B: (B_TEXT, FORBUND)}

if __name__ == "__main__":
    write_part(sys.argv[1], D, DOCUMENTS, before=RECORDS)
