"""Builds corpus/dev/w32-s.jsonl and its three source documents (w32-s-samverkan.txt,
w32-s-bolag.txt, w32-s-forening.txt): invented material for round 32, writer S, gold by hand
from docs/annotation.md. D11 (§5.1): `enligt följande:`, `enligt nedanstående:`, `på följande
sätt:` announce the list and open no condition: phrase items complete the lead-in's verb (one
statement each), infinitive items bring their own; items that are references (laws, documents)
keep the condition rule (the lead-in keeps its statement, condition `enligt följande`); an
announcing lead-in followed by sentences, not items, states nothing of its own, also in one
paragraph. D12 (§5.4): a finite conjunct after an `att`-clause that matches both the main verb
and the `att`-clause's verb in tense and voice continues the main clause; a passive or the
clause's own modal keeps it in the `att`-clause. Offsets computed.
Run: python corpus/make_w32_s.py corpus/dev/w32-s.jsonl"""

import json
import sys
from pathlib import Path

from records import FORV, FTV, ORG, OVR, POL, SKA, TJP
from records import clause_record as rec
from records import statement as st


def item(doc, cid, parent, text, actors=(), verbs=(), statements=()):
    return rec(doc, cid, text, actors, verbs, statements, kind="list_item", parent=parent,
               label="–")


# --- D11, a samverkansgrupp between three nämnder: announced lists and a lost list ----------
SV = "w32-s-samverkan"
SG = ("samverkansgrupp", "Samverkansgruppen")
SG_SPAN = ("Samverkansgruppen", "samverkansgrupp", FORV)
GR = ("samverkansgrupp", "Gruppen")
GR_SPAN = ("Gruppen", "samverkansgrupp", FORV)


def bestar(text):
    return st(*SG, "obligation", "ska", "bestå", "bestå", text)


def utser(text):
    return st(*GR, "none", None, "utse", "utser", text)


SAMVERKAN = [
    rec(SV, "title", "Överenskommelse om samverkansgrupp för barn och unga",
        [("samverkansgrupp", "samverkansgrupp", FORV)], kind="heading"),
    rec(SV, "h1", "Sammansättning", kind="heading"),
    rec(SV, "1", "Samverkansgruppen ska bestå av ledamöter enligt följande:",
        [SG_SPAN, ("ledamöter", "ledamot", FTV)], [SKA, ("bestå", "bestå", "inf", "act")],
        parent="h1"),
    item(SV, "1.a", "1", "två från socialnämnden", [("socialnämnden", "socialnämnd", POL)],
         statements=[bestar("två från socialnämnden")]),
    item(SV, "1.b", "1", "två från barn- och utbildningsnämnden",
         [("barn- och utbildningsnämnden", "barn- och utbildningsnämnd", POL)],
         statements=[bestar("två från barn- och utbildningsnämnden")]),
    item(SV, "1.c", "1", "en från hälso- och sjukvårdsnämnden",
         [("hälso- och sjukvårdsnämnden", "hälso- och sjukvårdsnämnd", POL)],
         statements=[bestar("en från hälso- och sjukvårdsnämnden")]),
    rec(SV, "2", "Gruppen utser ordförande på följande sätt:",
        [GR_SPAN, ("ordförande", "ordförande", FTV)], [("utser", "utse", "pres", "act")],
        parent="h1"),
    item(SV, "2.a", "2", "första året bland socialnämndens ledamöter",
         [("socialnämndens ledamöter", "socialnämndens ledamot", FTV)],
         statements=[utser("första året bland socialnämndens ledamöter")]),
    item(SV, "2.b", "2", "andra året bland hälso- och sjukvårdsnämndens ledamöter",
         [("hälso- och sjukvårdsnämndens ledamöter", "hälso- och sjukvårdsnämndens ledamot",
           FTV)],
         statements=[utser("andra året bland hälso- och sjukvårdsnämndens ledamöter")]),
    rec(SV, "h2", "Uppgifter", kind="heading"),
    # an announcing lead-in followed by paragraphs, not items: no statement of its own
    rec(SV, "3", "Samverkansgruppen har uppgifter enligt följande:", [SG_SPAN],
        [("har", "ha", "pres", "act")], parent="h2"),
    rec(SV, "4", "Samverkansgruppen är ett forum för samråd om insatser för barn och unga.",
        [SG_SPAN], [("är", "vara", "pres", "act")],
        [st(*SG, "none", None, "vara", "är", "ett forum för samråd om insatser för barn och unga")],
        parent="h2"),
    rec(SV, "5", "Gruppen rapporterar årligen till nämnderna.",
        [GR_SPAN, ("nämnderna", "nämnd", POL)], [("rapporterar", "rapportera", "pres", "act")],
        [st(*GR, "none", None, "rapportera", "rapporterar", "till nämnderna")], parent="h2"),
]

# --- D11, an ägardirektiv: announced phrase and infinitive items; reference items ----------
BO = "w32-s-bolag"
EE = ("ekviks energi ab", "Bolaget")
EE_SPAN = ("Bolaget", "ekviks energi ab", ORG)
STY = ("styrelse", "Styrelsen")
STY_SPAN = ("Styrelsen", "styrelse", POL)


def bedriva(text):
    return st(*EE, "obligation", "ska", "bedriva", "bedriva", text)


def rapportera(text):
    return st(*STY, "obligation", "ska", "rapportera", "rapportera", text)


BOLAG = [
    rec(BO, "title", "Ägardirektiv för Ekviks Energi AB",
        [("Ekviks Energi AB", "ekviks energi ab", ORG)], kind="heading"),
    rec(BO, "h1", "Verksamhet", kind="heading"),
    rec(BO, "1", "Bolaget ska bedriva verksamheten enligt följande:", [EE_SPAN],
        [SKA, ("bedriva", "bedriva", "inf", "act")], parent="h1"),
    item(BO, "1.a", "1", "med god ekonomisk hushållning",
         statements=[bedriva("med god ekonomisk hushållning")]),
    item(BO, "1.b", "1", "med hänsyn till miljön och klimatet",
         statements=[bedriva("med hänsyn till miljön och klimatet")]),
    # the items are statutes: the condition rule stays (§5.1), the lead-in keeps its statement
    rec(BO, "2", "Bolaget ska i sin verksamhet tillämpa bestämmelser enligt följande:",
        [EE_SPAN], [SKA, ("tillämpa", "tillämpa", "inf", "act")],
        [st(*EE, "obligation", "ska", "tillämpa", "tillämpa", "bestämmelser",
            condition="enligt följande")],
        conditions=["enligt följande"], parent="h1"),
    item(BO, "2.a", "2", "aktiebolagslagen (2005:551)"),
    item(BO, "2.b", "2", "lagen (2016:1145) om offentlig upphandling"),
    rec(BO, "h2", "Rapportering", kind="heading"),
    rec(BO, "3", "Styrelsen ska rapportera till ägaren på följande sätt:",
        [STY_SPAN, ("ägaren", "ägare", ORG)], [SKA, ("rapportera", "rapportera", "inf", "act")],
        parent="h2"),
    item(BO, "3.a", "3", "delårsrapport per den 31 augusti",
         statements=[rapportera("delårsrapport per den 31 augusti")]),
    item(BO, "3.b", "3", "årsredovisning senast den 15 mars",
         statements=[rapportera("årsredovisning senast den 15 mars")]),
    # infinitive items bring their own verbs under the incomplete lead-in
    rec(BO, "4", "Styrelsen ska arbeta enligt följande:", [STY_SPAN],
        [SKA, ("arbeta", "arbeta", "inf", "act")], parent="h2"),
    item(BO, "4.a", "4", "fastställa en arbetsordning varje år",
         verbs=[("fastställa", "fastställa", "inf", "act")],
         statements=[st(*STY, "obligation", "ska", "fastställa", "fastställa",
                        "en arbetsordning varje år")]),
    item(BO, "4.b", "4", "utvärdera verkställande direktörens arbete",
         [("verkställande direktörens", "verkställande direktör", TJP)],
         [("utvärdera", "utvärdera", "inf", "act")],
         [st(*STY, "obligation", "ska", "utvärdera", "utvärdera",
             "verkställande direktörens arbete")]),
]

# --- D11, an association's statutes: `enligt nedanstående`, one-line lead-in + sentence ----
FO = "w32-s-forening"
AM = ("årsmöte", "Årsmötet")


def behandlar(text):
    return st(*AM, "none", None, "behandla", "behandlar", text)


FORENING = [
    rec(FO, "title", "Stadgar för föreningen", [("föreningen", "förening", ORG)],
        kind="heading"),
    rec(FO, "h1", "Årsmöte", [("Årsmöte", "årsmöte", OVR)], kind="heading"),
    rec(FO, "1", "Årsmötet behandlar ärenden enligt nedanstående:",
        [("Årsmötet", "årsmöte", OVR)], [("behandlar", "behandla", "pres", "act")], parent="h1"),
    item(FO, "1.a", "1", "styrelsens verksamhetsberättelse", [("styrelsens", "styrelse", POL)],
         statements=[behandlar("styrelsens verksamhetsberättelse")]),
    item(FO, "1.b", "1", "revisorernas berättelse", [("revisorernas", "revisor", FTV)],
         statements=[behandlar("revisorernas berättelse")]),
    item(FO, "1.c", "1", "fråga om ansvarsfrihet för styrelsen", [("styrelsen", "styrelse", POL)],
         statements=[behandlar("fråga om ansvarsfrihet för styrelsen")]),
    rec(FO, "h2", "Styrelse", [("Styrelse", "styrelse", POL)], kind="heading"),
    # the lead-in and a sentence in one paragraph: only the sentence states something
    rec(FO, "2", "Styrelsen fördelar ansvaret på följande sätt: Kassören förvaltar föreningens "
        "medel.",
        [STY_SPAN, ("Kassören", "kassör", FTV), ("föreningens", "förening", ORG)],
        [("fördelar", "fördela", "pres", "act"), ("förvaltar", "förvalta", "pres", "act")],
        [st("kassör", "Kassören", "none", None, "förvalta", "förvaltar", "föreningens medel")],
        parent="h2"),
    # a law and a document as items: the condition rule stays
    rec(FO, "3", "Styrelsen fullgör sina uppgifter enligt följande:", [STY_SPAN],
        [("fullgör", "fullgöra", "pres", "act")],
        [st(*STY, "none", None, "fullgöra", "fullgör", "sina uppgifter",
            condition="enligt följande")],
        conditions=["enligt följande"], parent="h2"),
    item(FO, "3.a", "3", "lagen om ekonomiska föreningar"),
    item(FO, "3.b", "3", "dessa stadgar"),
]

# --- single paragraphs: D11 in one line, D12 -------------------------------------------------
P = "w32-s"
PARAGRAPHS = [
    rec(P, "d11-1", "Kulturnämnden har uppgifter enligt följande: Kulturnämnden ansvarar för "
        "bibliotek och kulturskola.",
        [("Kulturnämnden", "kulturnämnd", POL), ("Kulturnämnden", "kulturnämnd", POL, 1)],
        [("har", "ha", "pres", "act"), ("ansvarar", "ansvara", "pres", "act")],
        [st("kulturnämnd", "Kulturnämnden", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "bibliotek och kulturskola")]),
    rec(P, "d11-2", "Direktionen arbetar på följande sätt: Direktionen sammanträder minst fyra "
        "gånger per år.",
        [("Direktionen", "direktion", POL), ("Direktionen", "direktion", POL, 1)],
        [("arbetar", "arbeta", "pres", "act"), ("sammanträder", "sammanträda", "pres", "act")],
        [st("direktion", "Direktionen", "none", None, "sammanträda", "sammanträder",
            "minst fyra gånger per år")]),
    rec(P, "d12-1", "Rektor bedömer att ansökan är fullständig och fattar därefter beslut om "
        "antagning.",
        [("Rektor", "rektor", TJP)],
        [("bedömer", "bedöma", "pres", "act"), ("är", "vara", "pres", "act"),
         ("fattar", "fatta", "pres", "act")],
        [st("rektor", "Rektor", "none", None, "bedöma", "bedömer", "att ansökan är fullständig"),
         st("rektor", "Rektor", "none", None, "fatta", "fattar", "beslut om antagning")]),
    rec(P, "d12-2", "Styrelsen konstaterar att bolaget följer ägardirektivet samt rapporterar "
        "resultatet till kommunstyrelsen.",
        [STY_SPAN, ("bolaget", "bolag", ORG), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [("konstaterar", "konstatera", "pres", "act"), ("följer", "följa", "pres", "act"),
         ("rapporterar", "rapportera", "pres", "act")],
        [st(*STY, "none", None, "konstatera", "konstaterar", "att bolaget följer ägardirektivet"),
         st(*STY, "none", None, "rapportera", "rapporterar", "resultatet till kommunstyrelsen")]),
    rec(P, "d12-3", "Förbundsdirektören säkerställer att kansliet har tillräckliga resurser och "
        "redovisar behoven i budgetförslaget.",
        [("Förbundsdirektören", "förbundsdirektör", TJP), ("kansliet", "kansli", FORV)],
        [("säkerställer", "säkerställa", "pres", "act"), ("har", "ha", "pres", "act"),
         ("redovisar", "redovisa", "pres", "act")],
        [st("förbundsdirektör", "Förbundsdirektören", "none", None, "säkerställa",
            "säkerställer", "att kansliet har tillräckliga resurser"),
         st("förbundsdirektör", "Förbundsdirektören", "none", None, "redovisa", "redovisar",
            "behoven i budgetförslaget")]),
    rec(P, "d12-4", "Revisorerna fann att räkenskaperna var rättvisande och lämnade "
        "sin berättelse till styrelsen.",
        [("Revisorerna", "revisor", FTV), ("styrelsen", "styrelse", POL)],
        [("fann", "finna", "past", "act"), ("var", "vara", "past", "act"),
         ("lämnade", "lämna", "past", "act")],
        [st("revisor", "Revisorerna", "none", None, "finna", "fann",
            "att räkenskaperna var rättvisande"),
         st("revisor", "Revisorerna", "none", None, "lämna", "lämnade",
            "sin berättelse till styrelsen")]),
    rec(P, "d12-5", "Förvaltningschefen ansvarar för att verksamheten följer budgeten och "
        "informerar nämnden om avvikelser.",
        [("Förvaltningschefen", "förvaltningschef", TJP), ("nämnden", "nämnd", POL)],
        [("ansvarar", "ansvara", "pres", "act"), ("följer", "följa", "pres", "act"),
         ("informerar", "informera", "pres", "act")],
        [st("förvaltningschef", "Förvaltningschefen", "responsibility", "ansvarar för",
            "ansvara", "ansvarar", "att verksamheten följer budgeten"),
         st("förvaltningschef", "Förvaltningschefen", "none", None, "informera", "informerar",
            "nämnden om avvikelser")]),
    rec(P, "d12-6", "Utskottet bedömer att ärendet är brådskande, fattar beslut och anmäler "
        "beslutet till nämnden.",
        [("Utskottet", "utskott", POL), ("nämnden", "nämnd", POL)],
        [("bedömer", "bedöma", "pres", "act"), ("är", "vara", "pres", "act"),
         ("fattar", "fatta", "pres", "act"), ("anmäler", "anmäla", "pres", "act")],
        [st("utskott", "Utskottet", "none", None, "bedöma", "bedömer", "att ärendet är brådskande"),
         st("utskott", "Utskottet", "none", None, "fatta", "fattar", "beslut"),
         st("utskott", "Utskottet", "none", None, "anmäla", "anmäler", "beslutet till nämnden")]),
    # a passive conjunct stays in the att-clause (the main verb is active)
    rec(P, "d12-7", "Nämnden beslutar att avgifterna höjs och tas ut från juli.",
        [("Nämnden", "nämnd", POL)],
        [("beslutar", "besluta", "pres", "act"), ("höjs", "höja", "pres", "pass"),
         ("tas", "ta", "pres", "pass")],
        [st("nämnd", "Nämnden", "none", None, "besluta", "beslutar",
            "att avgifterna höjs och tas ut från juli")]),
    # the clause's own modal keeps its conjunct in the att-clause
    rec(P, "d12-8", "Kommunstyrelsen beslutar att bolaget ska sälja fastigheten och ska "
        "redovisa köpeskillingen.",
        [("Kommunstyrelsen", "kommunstyrelse", POL), ("bolaget", "bolag", ORG)],
        [("beslutar", "besluta", "pres", "act"), ("ska", "skola", "pres", "act"),
         ("sälja", "sälja", "inf", "act"), ("ska", "skola", "pres", "act", 1),
         ("redovisa", "redovisa", "inf", "act")],
        [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "besluta", "beslutar",
            "att bolaget ska sälja fastigheten och ska redovisa köpeskillingen")]),
    rec(P, "d12-9", "Ordföranden intygar att protokollet är justerat samt skickar det till "
        "ledamöterna.",
        [("Ordföranden", "ordförande", FTV), ("ledamöterna", "ledamot", FTV)],
        [("intygar", "intyga", "pres", "act"), ("är", "vara", "pres", "act"),
         ("skickar", "skicka", "pres", "act")],
        [st("ordförande", "Ordföranden", "none", None, "intyga", "intygar",
            "att protokollet är justerat"),
         st("ordförande", "Ordföranden", "none", None, "skicka", "skickar",
            "det till ledamöterna")]),
]

DOCUMENTS = {SV: SAMVERKAN, BO: BOLAG, FO: FORENING}


def source(records):
    """The document's text: paragraphs and headings as blocks, items as dash lines."""
    lines: list[str] = []
    for record in records:
        if record["meta"]["kind"] == "list_item":
            lines.append(f"– {record['text']}")
            continue
        if lines and lines[-1].startswith("–"):
            lines.append("")
        lines += [record["text"], ""]
    return "\n".join(lines).rstrip() + "\n"


def main(out):
    out = Path(out)
    with out.open("w", encoding="utf-8") as fh:
        for records in (*DOCUMENTS.values(), PARAGRAPHS):
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    for doc, records in DOCUMENTS.items():
        (out.parent / f"{doc}.txt").write_text(source(records), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
