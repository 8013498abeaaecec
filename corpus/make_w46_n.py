"""Builds corpus/dev/w46-n.jsonl and the documents corpus/dev/w46-n-*.txt: invented text for
round 46, writer N (a new user's faults; gold by hand from docs/annotation.md before the
rules, offsets computed). Cause 1: a key table of abbreviations (`Förkortning | Betydelse`
rows, `w46-n-nyckel`; a tab table under `Kortform⇥Titel`, `w46-n-kortform`) defines each
abbreviation as its expansion's actor wherever it stands (a delegation row's delegate cell, a
note's passive agent, a subject); a law in the key table and capitals in a table whose
header names no abbreviations define nothing (negatives). Cause 2: a contents list of `§ N`
entries, one a line with a dot leader or a gap before its page number, is one clause; the
real `§ N` sections after it keep their labels (`w46-n-arbetsordning`; a PDF layer's
entries, each a block of its own, in tests/test_normalize_contents.py). Cause 3:
a wiki page's location line (`Sidan tillhör: A / B`) and its edit/history links are chrome,
its byline metadata; `redigera` in a sentence and a heading `Historik` stay (negatives,
`w46-n-wiki`). Cause 4: an infinitive in -a after a particle verb and a coordinator
(`ställa in eller flytta`), with present conjuncts in -r as the negative. Cause 6: a
relative clause on the noun of an `i den ordning`-phrase (its supine with or without `har`)
is part of the condition, also when the phrase is fronted.
Run: python corpus/make_w46_n.py corpus/dev"""

import sys

from records import EXT, FAR, FTV, HAR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

D = "w46-n"
rec = records_for(D, conditions_from_statements=True, check_texts=True)
doc_rec = records_for(D, conditions_from_statements=True)
ORG = "organisation"

SENTENCES = [
    # cause 4: an infinitive in -a after a particle verb and `eller`/`och`
    rec("s4-1", "Rektorn får ställa in eller flytta ett föräldramöte.",
        [("Rektorn", "rektor", TJP)], [FAR, inf("ställa"), inf("flytta")],
        [st("rektor", "Rektorn", "permission", "får", "ställa", "ställa", "ett föräldramöte"),
         st("rektor", "Rektorn", "permission", "får", "flytta", "flytta", "ett föräldramöte")]),
    rec("s4-2", "Kassören ska föra över och redovisa de insamlade medlen.",
        [("Kassören", "kassör", FTV)], [SKA, inf("föra"), inf("redovisa")],
        [st("kassör", "Kassören", "obligation", "ska", "föra", "föra",
            "de insamlade medlen"),
         st("kassör", "Kassören", "obligation", "ska", "redovisa", "redovisa",
            "de insamlade medlen")]),
    rec("s4-3", "Ordföranden får efter samråd med sekreteraren skjuta upp eller flytta "
        "årsmötet.",
        [("Ordföranden", "ordförande", FTV), ("sekreteraren", "sekreterare", FTV),
         ("årsmötet", "årsmöte", "övrig")],
        [FAR, inf("skjuta"), inf("flytta")],
        [st("ordförande", "Ordföranden", "permission", "får", "skjuta", "skjuta", "årsmötet",
            condition="efter samråd med sekreteraren"),
         st("ordförande", "Ordföranden", "permission", "får", "flytta", "flytta", "årsmötet",
            condition="efter samråd med sekreteraren")]),
    # cause 6: a relative clause on the noun of an `i den ordning`-phrase, its supine without
    # `har`, with `har`, or before the main clause's verb when the phrase is fronted
    rec("s6-1", "Sekreteraren kallar ersättarna i den ordning som valnämnden bestämt.",
        [("Sekreteraren", "sekreterare", FTV), ("ersättarna", "ersättare", FTV),
         ("valnämnden", "valnämnd", POL)],
        [pres("kallar", "kalla"), ("bestämt", "bestämma", "sup", "act")],
        [st("sekreterare", "Sekreteraren", "none", None, "kalla", "kallar", "ersättarna",
            condition="i den ordning som valnämnden bestämt")]),
    rec("s6-2", "Styrelsen fördelar medlen i den ordning som lottningen har avgjort.",
        [("Styrelsen", "styrelse", POL)],
        [pres("fördelar", "fördela"), HAR, ("avgjort", "avgöra", "sup", "act")],
        [st("styrelse", "Styrelsen", "none", None, "fördela", "fördelar", "medlen",
            condition="i den ordning som lottningen har avgjort")]),
    doc_rec("s6-3", "I den ordning som styrelsen bestämt ska ansökningarna prövas.",
            [("styrelsen", "styrelse", POL)],
            [("bestämt", "bestämma", "sup", "act"), SKA, inf("prövas", "pröva", "pass")],
            [st(None, None, "obligation", "ska", "pröva", "prövas", passive=True,
                condition="I den ordning som styrelsen bestämt")]),
    # negative: present conjuncts in -r stay presents
    rec("s4-n1", "Ordföranden ställer in mötet och meddelar ledamöterna.",
        [("Ordföranden", "ordförande", FTV), ("ledamöterna", "ledamot", FTV)],
        [pres("ställer", "ställa"), pres("meddelar", "meddela")],
        [st("ordförande", "Ordföranden", "none", None, "ställa", "ställer", "in mötet"),
         st("ordförande", "Ordföranden", "none", None, "meddela", "meddelar", "ledamöterna")]),
]

# cause 1: a key table with a header row, its abbreviations in a delegation table, a note and
# a subject; a law row and a table without a key header as negatives
NY = "w46-n-nyckel"
NY_TEXT = """Delegationsordning för miljö- och hälsoskyddsnämnden

Förkortningar

Förkortning | Betydelse
MC | miljöchef
HI | hälsoskyddsinspektör
MB | miljöbalken

1 Allmänt

MC ska föra en förteckning över alla delegationsbeslut.

2 Tillsyn

Nr | Ärende | Delegat | Anmärkning
2.1 | Föreläggande om rengöring av ventilation | HI | Avslag beslutas av MC
2.2 | Beslut om avgift för extra kontroll | MC | Ska anmälas till nämnden

3 Ansvarsområden

Område | Uppgift
IT | Drift av verksamhetssystemet
EK | Budget och bokslut

IT ska rapportera driftstörningar till MC.
"""
MHN = "miljö- och hälsoskyddsnämnd"
MC = ("MC", "miljöchef", TJP)
NYR = [
    doc_rec("title", "Delegationsordning för miljö- och hälsoskyddsnämnden",
            [("miljö- och hälsoskyddsnämnden", MHN, POL)], doc=NY, kind="heading"),
    doc_rec("h1", "Förkortningar", doc=NY, kind="heading"),
    doc_rec("p1", "Förkortning | Betydelse", doc=NY, parent="h1"),
    doc_rec("p2", "MC | miljöchef", [MC, ("miljöchef", "miljöchef", TJP)], doc=NY,
            parent="h1"),
    doc_rec("p3", "HI | hälsoskyddsinspektör",
            [("HI", "hälsoskyddsinspektör", TJP),
             ("hälsoskyddsinspektör", "hälsoskyddsinspektör", TJP)], doc=NY,
            parent="h1"),
    doc_rec("p4", "MB | miljöbalken", doc=NY, parent="h1"),
    doc_rec("1", "Allmänt", doc=NY, kind="heading", label="1"),
    doc_rec("1.1", "MC ska föra en förteckning över alla delegationsbeslut.", [MC],
            [SKA, inf("föra")],
            [st("miljöchef", "MC", "obligation", "ska", "föra", "föra",
                "en förteckning över alla delegationsbeslut")], doc=NY, parent="1"),
    doc_rec("2", "Tillsyn", doc=NY, kind="heading", label="2"),
    doc_rec("2.p1", "Nr | Ärende | Delegat | Anmärkning", doc=NY,
            parent="2"),
    doc_rec("2.1", "2.1 | Föreläggande om rengöring av ventilation | HI | Avslag beslutas av MC",
            [("HI", "hälsoskyddsinspektör", TJP), MC], [pres("beslutas", "besluta", "pass")],
            [st("miljöchef", "MC", "none", None, "besluta", "beslutas", "Avslag",
                passive=True)], doc=NY, parent="2"),
    # a note's passive opening its cell takes no subject from the delegate cell
    doc_rec("2.2", "2.2 | Beslut om avgift för extra kontroll | MC | Ska anmälas till nämnden",
            [MC, ("nämnden", "nämnd", POL)],
            [("Ska", "skola", "pres", "act"), inf("anmälas", "anmäla", "pass")],
            [st(None, None, "obligation", "Ska", "anmäla", "anmälas", passive=True)],
            doc=NY, parent="2"),
    doc_rec("3", "Ansvarsområden", doc=NY, kind="heading", label="3"),
    doc_rec("3.1", "Område | Uppgift", doc=NY, parent="3"),
    doc_rec("3.2", "IT | Drift av verksamhetssystemet", doc=NY, parent="3"),
    doc_rec("3.3", "EK | Budget och bokslut", doc=NY, parent="3"),
    doc_rec("3.4", "IT ska rapportera driftstörningar till MC.", [MC],
            [SKA, inf("rapportera")], doc=NY, parent="3"),
]

# cause 1 in a tab table: the header `Kortform⇥Titel` (no list label above it)
KF = "w46-n-kortform"
KF_TEXT = ("Delegationsordning för gymnasienämnden\n\nKortformer\n\nKortform\tTitel\n"
           "RE\trektor\nSA\tskoladministratör\n\n1 Elevärenden\n\n"
           "RE beslutar om ledighet för elever upp till tio dagar.\n\n"
           "SA får registrera frånvaro i elevregistret.\n")
RE = ("RE", "rektor", TJP)
SA = ("SA", "skoladministratör", TJP)
KFR = [
    doc_rec("title", "Delegationsordning för gymnasienämnden",
            [("gymnasienämnden", "gymnasienämnd", POL)], doc=KF, kind="heading"),
    doc_rec("h1", "Kortformer", doc=KF, kind="heading"),
    doc_rec("p1", "Kortform Titel", doc=KF, parent="h1"),
    doc_rec("2", "RE rektor", [RE, ("rektor", "rektor", TJP)], doc=KF,
            parent="h1"),
    doc_rec("3", "SA skoladministratör", [SA, ("skoladministratör", "skoladministratör", TJP)],
            doc=KF, parent="h1"),
    doc_rec("1", "Elevärenden", doc=KF, kind="heading", label="1"),
    doc_rec("1.1", "RE beslutar om ledighet för elever upp till tio dagar.",
            [RE, ("elever", "elev", EXT)], [pres("beslutar", "besluta")],
            [st("rektor", "RE", "none", None, "besluta", "beslutar",
                "om ledighet för elever upp till tio dagar")], doc=KF, parent="1"),
    doc_rec("1.2", "SA får registrera frånvaro i elevregistret.", [SA],
            [FAR, inf("registrera")],
            [st("skoladministratör", "SA", "permission", "får", "registrera", "registrera",
                "frånvaro i elevregistret")], doc=KF, parent="1"),
]

# cause 2: a contents list of `§ N` entries, one a block, leaders or gaps before page numbers
AO = "w46-n-arbetsordning"
AO_TEXT = """Arbetsordning för förbundsfullmäktige i Kustbygdens räddningstjänstförbund

Innehåll
§ 1 Sammansättning ........................ 2
§ 2 Presidium .............................. 2
§ 3 Sammanträden          3

§ 1 Sammansättning

Förbundsfullmäktige har 31 ledamöter.

§ 2 Presidium

Förbundsfullmäktige utser inom sig en ordförande och en vice ordförande.

§ 3 Sammanträden

Ordföranden får ställa in eller flytta ett sammanträde om det finns särskilda skäl.
"""
FF = "förbundsfullmäktige"
AOR = [
    doc_rec("title", "Arbetsordning för förbundsfullmäktige i Kustbygdens "
            "räddningstjänstförbund",
            [("förbundsfullmäktige", FF, POL),
             ("Kustbygdens räddningstjänstförbund", "kustbygdens räddningstjänstförbund",
              ORG)], doc=AO, kind="heading"),
    doc_rec("toc", "Innehåll § 1 Sammansättning ........................ 2 § 2 Presidium "
            ".............................. 2 § 3 Sammanträden 3",
            [("Presidium", "presidium", POL)], doc=AO, kind="heading"),
    doc_rec("§1", "Sammansättning", doc=AO, kind="heading", label="§ 1"),
    doc_rec("§1.1", "Förbundsfullmäktige har 31 ledamöter.",
            [("Förbundsfullmäktige", FF, POL), ("ledamöter", "ledamot", FTV)],
            [pres("har", "ha")],
            [st(FF, "Förbundsfullmäktige", "none", None, "ha", "har", "31 ledamöter")],
            doc=AO, parent="§1"),
    doc_rec("§2", "Presidium", [("Presidium", "presidium", POL)], doc=AO, kind="heading",
            label="§ 2"),
    doc_rec("§2.1", "Förbundsfullmäktige utser inom sig en ordförande och en vice "
            "ordförande.",
            [("Förbundsfullmäktige", FF, POL),
             ("ordförande", "ordförande", FTV), ("vice ordförande", "vice ordförande", FTV)],
            [pres("utser", "utse")],
            [st(FF, "Förbundsfullmäktige", "none", None, "utse", "utser",
                "inom sig en ordförande och en vice ordförande")],
            doc=AO, parent="§2"),
    doc_rec("§3", "Sammanträden", doc=AO, kind="heading", label="§ 3"),
    doc_rec("§3.1", "Ordföranden får ställa in eller flytta ett sammanträde om det finns "
            "särskilda skäl.",
            [("Ordföranden", "ordförande", FTV)],
            [FAR, inf("ställa"), inf("flytta"), pres("finns", "finnas")],
            [st("ordförande", "Ordföranden", "permission", "får", "ställa", "ställa",
                "ett sammanträde", condition="om det finns särskilda skäl"),
             st("ordförande", "Ordföranden", "permission", "får", "flytta", "flytta",
                "ett sammanträde", condition="om det finns särskilda skäl")],
            doc=AO, parent="§3"),
]

# cause 3: a wiki page's byline (metadata), location line and tool links (chrome);
# `redigera` in a sentence and a heading `Historik` stay
WK = "w46-n-wiki"
WK_TEXT = """Riktlinje för representation

Senast ändrad av Jonas Ek 2026-03-02

Sidan tillhör: Ekonomi / Riktlinjer

Förvaltningschefen ska godkänna all extern representation i förväg.

Ekonomienheten ska redigera förteckningen över representationstillfällen varje kvartal.

Historik

Riktlinjen antogs första gången år 2019.

Redigera sidan · Historik · Skriv ut
"""
WKR = [
    doc_rec("title", "Riktlinje för representation", doc=WK, kind="heading"),
    doc_rec("m1", "Senast ändrad av Jonas Ek 2026-03-02", doc=WK),
    doc_rec("1", "Förvaltningschefen ska godkänna all extern representation i förväg.",
            [("Förvaltningschefen", "förvaltningschef", TJP)], [SKA, inf("godkänna")],
            [st("förvaltningschef", "Förvaltningschefen", "obligation", "ska", "godkänna",
                "godkänna", "all extern representation i förväg")], doc=WK),
    doc_rec("2", "Ekonomienheten ska redigera förteckningen över representationstillfällen "
            "varje kvartal.",
            [("Ekonomienheten", "ekonomienhet", "förvaltningsorganisation")],
            [SKA, inf("redigera")],
            [st("ekonomienhet", "Ekonomienheten", "obligation", "ska", "redigera", "redigera",
                "förteckningen över representationstillfällen varje kvartal")], doc=WK),
    doc_rec("h1", "Historik", doc=WK, kind="heading"),
    doc_rec("3", "Riktlinjen antogs första gången år 2019.",
            [], [("antogs", "anta", "past", "pass")], doc=WK, parent="h1"),
]

DOCUMENTS = {NY: (NY_TEXT, NYR), KF: (KF_TEXT, KFR), AO: (AO_TEXT, AOR), WK: (WK_TEXT, WKR)}


if __name__ == "__main__":
    write_part(sys.argv[1], D, DOCUMENTS, before=SENTENCES)
