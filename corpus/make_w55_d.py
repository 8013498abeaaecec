"""Builds corpus/dev/w55-d.jsonl with its gold: invented sentences for round 55, writer w55d
(analyses 55-ci P1/Q1, 55-cj C10/C9, 55-ch B2/C4; ruling round 55 t6).
`w55-d-relativ`: an agent passive inside a relative clause without a cue of its own, on a
copula's predicative or on a thing, states nothing (§5.1: `som behandlas av regionstyrelsen`;
round 10 `Taxan är det belopp som fastställs av nämnden`): a thing subject, a negated and an
expletive `det är`, a plural actor subject, a relative on the predicative of a relative; must
keep: the main verb before a thing relative, a cleft on an actor, a plain agent passive.
`w55-d-citat`: quoted speech closed by `”` + a reporting verb + its subject (`, säger X`,
`” sade X`, `berättar`, `menar`) or `, enligt X` reports what someone said: no statement for the
quotation (nor for the reporting frame, whose subject is a person's name); must keep: quotation
marks around a verb (round 50 b2) or a name.
`w55-d-formaga`: `kan` whose subject is a described person (`personer/barn som inte själva kan`,
`den som kan`, `de som kan`) is ability, no statement (round 55 t6); must keep: the main
clause's cue after such a relative.
Sentences only (no .txt). Gold by hand from docs/annotation.md before any run (after the
first run: the indefinite predicatives `personer`, `politiker`, `tjänstepersoner` after `är`
removed as actors, §2.1; `sjuksköterskor` added as an actor); offsets computed.
Run: python corpus/make_w55_d.py corpus/dev"""

import sys
from pathlib import Path

from records import EXT, FTV, FORV, ORG, OVR, POL, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

relativ = records_for("w55-d-relativ")
citat = records_for("w55-d-citat")
formaga = records_for("w55-d-formaga")


def past(word, lemma):
    return (word, lemma, "past", "act", 0)


RELATIV = [
    relativ("1", "Budgeten är ett beslut som fattas av fullmäktige varje höst.",
            [("fullmäktige", "fullmäktige", POL)],
            [pres("är", "vara"), pres("fattas", "fatta", "pass")], []),
    relativ("2", "Detta är en fråga som avgörs av regionstyrelsen.",
            [("regionstyrelsen", "regionstyrelse", POL)],
            [pres("är", "vara"), pres("avgörs", "avgöra", "pass")], []),
    relativ("3", "Det är inte ett ärende som prövas av byggnadsnämnden.",
            [("byggnadsnämnden", "byggnadsnämnd", POL)],
            [pres("är", "vara"), pres("prövas", "pröva", "pass")], []),
    relativ("4", "Revisorerna är personer som väljs av stämman för en period av ett år.",
            [("Revisorerna", "revisor", FTV), ("stämman", "stämma", POL)],
            [pres("är", "vara"), pres("väljs", "välja", "pass")],
            [st("revisor", "Revisorerna", "none", None, "vara", "är",
                "personer som väljs av stämman")]),
    relativ("5", "Taxorna är de avgifter som bestäms av kommunstyrelsen och som betalas "
                 "av kunderna.",
            [("kommunstyrelsen", "kommunstyrelse", POL), ("kunderna", "kund", EXT)],
            [pres("är", "vara"), pres("bestäms", "bestämma", "pass"),
             pres("betalas", "betala", "pass")], []),
    relativ("6", "Planen är ett dokument som antas av nämnden och följs upp av förvaltningen.",
            [("nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", FORV)],
            [pres("är", "vara"), pres("antas", "anta", "pass"), pres("följs", "följa", "pass")],
            []),
    relativ("7", "Det är en uppgift som sköts av kansliet.",
            [("kansliet", "kansli", FORV)],
            [pres("är", "vara"), pres("sköts", "sköta", "pass")], []),
    relativ("11", "Ersättarna är politiker som nomineras av partierna och utses av "
                  "fullmäktige.",
            [("Ersättarna", "ersättare", FTV), ("partierna", "parti", OVR),
             ("fullmäktige", "fullmäktige", POL)],
            [pres("är", "vara"), pres("nomineras", "nominera", "pass"),
             pres("utses", "utse", "pass")],
            [st("ersättare", "Ersättarna", "none", None, "vara", "är",
                "politiker som nomineras av partierna och utses av fullmäktige")]),
    relativ("12", "Delegaterna är tjänstepersoner som väljs ut i en öppen process eller "
                  "utses av nämnden.",
            [("Delegaterna", "delegat", TJP), ("nämnden", "nämnd", POL)],
            [pres("är", "vara"), pres("väljs", "välja", "pass"), pres("utses", "utse", "pass")],
            [st("delegat", "Delegaterna", "none", None, "vara", "är",
                "tjänstepersoner som väljs ut i en öppen process eller utses av nämnden")]),
    # must keep
    relativ("8", "Nämnden verkställer de beslut som fattas av fullmäktige.",
            [("Nämnden", "nämnd", POL), ("fullmäktige", "fullmäktige", POL)],
            [pres("verkställer", "verkställa"), pres("fattas", "fatta", "pass")],
            [st("nämnd", "Nämnden", "none", None, "verkställa", "verkställer",
                "de beslut som fattas av fullmäktige")]),
    relativ("9", "Det är styrelsen som beslutar om årsavgiften.",
            [("styrelsen", "styrelse", POL)],
            [pres("är", "vara"), pres("beslutar", "besluta")],
            [st("styrelse", "styrelsen", "none", None, "besluta", "beslutar",
                "om årsavgiften")]),
    relativ("10", "Årsredovisningen granskas av revisorerna.",
            [("revisorerna", "revisor", FTV)],
            [pres("granskas", "granska", "pass")],
            [st("revisor", "revisorerna", "none", None, "granska", "granskas", passive=True)]),
]

CITAT = [
    citat("1", "”Nämnden ska ta ett större ansvar för skolmaten”, säger Eva Lind.",
          [("Nämnden", "nämnd", POL)],
          [pres("ska", "skola"), inf("ta"), pres("säger", "säga")], []),
    citat("2", "”Styrelsen måste fatta beslutet före sommaren” sade Per Holm efter mötet.",
          [("Styrelsen", "styrelse", POL)],
          [pres("måste", "måste"), inf("fatta"), past("sade", "säga")], []),
    citat("3", "”Förvaltningen redovisar kostnaderna varje månad”, berättar Lisa Ek.",
          [("Förvaltningen", "förvaltning", FORV)],
          [pres("redovisar", "redovisa"), pres("berättar", "berätta")], []),
    citat("4", "”Kommunen har ett stort ansvar för de äldre”, menar Anna Berg.",
          [("Kommunen", "kommun", ORG)],
          [pres("har", "ha"), pres("menar", "mena")], []),
    citat("5", "”Regionen behöver fler sjuksköterskor”, enligt Karin Ström.",
          [("Regionen", "region", ORG), ("sjuksköterskor", "sjuksköterska", TJP)],
          [pres("behöver", "behöva")], []),
    # must keep
    citat("6", "Styrelsen ska ”verka för” god ordning i föreningen.",
          [("Styrelsen", "styrelse", POL), ("föreningen", "förening", ORG)],
          [pres("ska", "skola"), inf("verka")],
          [st("styrelse", "Styrelsen", "obligation", "ska", "verka", "verka",
              "god ordning i föreningen")]),
    citat("7", "Nämnden antog programmet ”Trygg i skolan” i mars.",
          [("Nämnden", "nämnd", POL)],
          [past("antog", "anta")],
          [st("nämnd", "Nämnden", "none", None, "anta", "antog", "programmet ”Trygg i skolan”")]),
]

FORMAGA = [
    formaga("1", "Nämnden ska stödja personer som inte själva kan föra sin talan.",
            [("Nämnden", "nämnd", POL), ("personer", "person", OVR)],
            [pres("ska", "skola"), inf("stödja"), pres("kan", "kunna"), inf("föra")],
            [st("nämnd", "Nämnden", "obligation", "ska", "stödja", "stödja",
                "personer som inte själva kan föra sin talan")]),
    formaga("2", "Lagen ska hindra att barn som inte själva kan bevaka sin rätt blir utan stöd.",
            [("barn", "barn", EXT)],
            [pres("ska", "skola"), inf("hindra"), pres("kan", "kunna"), inf("bevaka"),
             pres("blir", "bli")], []),
    formaga("3", "Den som kan visa ett giltigt skäl får befrielse från avgiften.",
            [],
            [pres("kan", "kunna"), inf("visa"), pres("får", "få")], []),
    formaga("4", "Kursen riktar sig till medlemmar som kan leda grupper.",
            [("medlemmar", "medlem", OVR)],
            [pres("riktar", "rikta"), pres("kan", "kunna"), inf("leda")], []),
    formaga("5", "Syftet är att elever som inte kan simma ska få lära sig.",
            [("elever", "elev", EXT)],
            [pres("är", "vara"), pres("kan", "kunna"), inf("simma"), pres("ska", "skola"),
             inf("få"), inf("lära")], []),
    formaga("6", "Stödet ges till dem som inte själva kan betala hyran.",
            [],
            [pres("ges", "ge", "pass"), pres("kan", "kunna"), inf("betala")], []),
    # must keep
    formaga("7", "Personer som inte kan närvara vid mötet ska meddela kansliet.",
            [("Personer", "person", OVR), ("kansliet", "kansli", FORV)],
            [pres("kan", "kunna"), inf("närvara"), pres("ska", "skola"), inf("meddela")],
            [st("person", "Personer", "obligation", "ska", "meddela", "meddela",
                "kansliet")]),
    formaga("9", "Elever som kan simma får delta i utflykten.",
            [("Elever", "elev", EXT)],
            [pres("kan", "kunna"), inf("simma"), pres("får", "få"), inf("delta")],
            [st("elev", "Elever", "permission", "får", "delta", "delta", "i utflykten")]),
    formaga("8", "Ordföranden kan kalla till extra sammanträde.",
            [("Ordföranden", "ordförande", FTV)],
            [pres("kan", "kunna"), inf("kalla")],
            [st("ordförande", "Ordföranden", "permission", "kan", "kalla", "kalla",
                "till extra sammanträde")]),
]

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w55-d.jsonl", [*RELATIV, *CITAT, *FORMAGA])
