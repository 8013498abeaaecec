"""Builds corpus/dev/w36-s.jsonl and the documents corpus/dev/w36-s-*.txt: invented material
for round 36, writer S (gold by hand from docs/annotation.md §1.2, §1.3, §2, §5): S1 page lines
opening with their page index and a running page counter (`14 3:14 …`, damaged `16 :16 …`)
before a verbless heading, an adoption line or a sentence (each page one clause, id and label
the index); S2 a one-letter post designator after a lower-case noun (`plats B`, `alternativ C`)
inside a flattened body line, no new sentence; S3 numbered slash headings of two role nouns
(`2 Arkivchef / Registrator`, `3 Ordförande / Vice ordförande`) before the paragraph that
repeats them; S4 a memo's cover field run without colons (`TJÄNSTESKRIVELSE 2:4 Miljöenheten
Handläggare … Diarienummer … 1/2 Miljönämnden`) before the repeated title: one metadata
clause. Offsets computed. Run: python corpus/make_w36_s.py corpus/dev"""

import sys

from records import EXT, FORV, FTV, ORG, POL, SKA, TJP, write_part
from records import clause_record as rec
from records import statement as st

# S1: page lines with a running page counter after the page index
D1 = "w36-s-forbund"
P14 = ("14 3:14 Reglemente Antaget av förbundsfullmäktige den 2 maj 2019 Namn 1 Förbundets namn "
       "är Ekvikens räddningstjänstförbund. Säte 2 Förbundet ska ha sitt säte i Norrå. Ändamål "
       "3 Förbundet ska svara för räddningstjänsten i medlemskommunerna.")
P15 = ("15 3:15 Förbundet ska samverka med andra myndigheter vid större olyckor. Direktion 4 "
       "Direktionen leder förbundets verksamhet och beslutar om budgeten. Ordförande 5 "
       "Ordföranden kallar till sammanträde. Förbundschef 6 Direktionen anställer en "
       "förbundschef.")
P16 = ("16 :16 Revision Revisorerna granskar förbundets verksamhet enligt kommunallagen och "
       "förbundsordningen. Arkiv 7 Direktionen är arkivmyndighet för förbundet. "
       "Ikraftträdande 8 Detta reglemente träder i kraft den 1 juli 2019 och ersätter "
       "tidigare reglemente.")
FORBUND_TXT = f"Reglemente för Ekvikens räddningstjänstförbund\n\n{P14}\n\n{P15}\n\n{P16}\n"
EF = "ekvikens räddningstjänstförbund"
FORBUND = [
    rec(D1, "title", "Reglemente för Ekvikens räddningstjänstförbund",
        [("Ekvikens räddningstjänstförbund", EF, ORG)], kind="heading"),
    rec(D1, "14", P14[3:],
        [("förbundsfullmäktige", "förbundsfullmäktige", POL), ("Förbundets", EF, ORG),
         ("Ekvikens räddningstjänstförbund", EF, ORG), ("Förbundet", EF, ORG),
         ("Förbundet", EF, ORG, 1), ("medlemskommunerna", "medlemskommun", ORG)],
        [("är", "vara", "pres", "act"), SKA, ("ha", "ha", "inf", "act"), (*SKA, 1),
         ("svara", "svara", "inf", "act")],
        [st(EF, "Förbundet", "obligation", "ska", "ha", "ha", "sitt säte i Norrå"),
         st(EF, "Förbundet", "obligation", "ska", "svara", "svara",
            "för räddningstjänsten i medlemskommunerna")], label="14"),
    rec(D1, "15", P15[3:],
        [("Förbundet", EF, ORG), ("myndigheter", "myndighet", EXT),
         ("Direktion", "direktion", POL), ("Direktionen", "direktion", POL),
         ("förbundets", EF, ORG), ("Ordförande", "ordförande", FTV),
         ("Ordföranden", "ordförande", FTV), ("Förbundschef", "förbundschef", TJP),
         ("Direktionen", "direktion", POL, 1), ("förbundschef", "förbundschef", TJP)],
        [SKA, ("samverka", "samverka", "inf", "act"), ("leder", "leda", "pres", "act"),
         ("beslutar", "besluta", "pres", "act"), ("kallar", "kalla", "pres", "act"),
         ("anställer", "anställa", "pres", "act")],
        [st(EF, "Förbundet", "obligation", "ska", "samverka", "samverka",
            "med andra myndigheter vid större olyckor"),
         st("direktion", "Direktionen", "none", None, "leda", "leder", "förbundets verksamhet"),
         st("direktion", "Direktionen", "none", None, "besluta", "beslutar", "om budgeten"),
         st("ordförande", "Ordföranden", "none", None, "kalla", "kallar", "till sammanträde"),
         st("direktion", "Direktionen", "none", None, "anställa", "anställer",
            "en förbundschef")], label="15"),
    rec(D1, "16", P16[3:],
        [("Revisorerna", "revisor", FTV), ("förbundets", EF, ORG),
         ("Direktionen", "direktion", POL), ("förbundet", EF, ORG)],
        [("granskar", "granska", "pres", "act"), ("är", "vara", "pres", "act"),
         ("träder", "träda", "pres", "act"), ("ersätter", "ersätta", "pres", "act")],
        [st("revisor", "Revisorerna", "none", None, "granska", "granskar", "förbundets verksamhet"),
         st("direktion", "Direktionen", "none", None, "vara", "är",
            "arkivmyndighet för förbundet")], label="16"),
]

# S2 + S3: a flattened arbetsordning body line under its title line
D2 = "w36-s-arkivrad"
B1 = "Denna arbetsordning gäller för kommunens arkivråd."
B2 = "Arkivchefen respektive registratorn har ansvaret för arkivet."
B3 = "Ordföranden respektive vice ordföranden leder rådets möten."
B4 = ("Rådet består av fem ledamöter. Avgår en ledamot under mandatperioden skall plats B "
      "tillsättas av valberedningen. "
      "Tvist om ersättningen avgörs enligt alternativ C i kommunens riktlinjer.")
ARKIV_TXT = ("Arbetsordning för Ekby kommuns arkivråd\n"
             f"1 Inledning {B1} 2 Arkivchef / Registrator {B2} 3 Ordförande / Vice ordförande "
             f"{B3} 4 Ledamöter {B4}\n")
ARKIV = [
    rec(D2, "title", "Arbetsordning för Ekby kommuns arkivråd",
        [("Ekby kommuns", "ekby kommun", ORG), ("arkivråd", "arkivråd", POL)], kind="heading"),
    rec(D2, "1", "Inledning", kind="heading", label="1"),
    rec(D2, "1.1", B1, [("kommunens", "ekby kommun", ORG), ("arkivråd", "arkivråd", POL)],
        [("gäller", "gälla", "pres", "act")], parent="1"),
    rec(D2, "2", "Arkivchef / Registrator",
        [("Arkivchef", "arkivchef", TJP), ("Registrator", "registrator", TJP)],
        kind="heading", label="2"),
    rec(D2, "2.1", B2, [("Arkivchefen", "arkivchef", TJP), ("registratorn", "registrator", TJP)],
        [("har", "ha", "pres", "act")],
        [st("arkivchef", "Arkivchefen", "responsibility", "har ansvaret för", "ansvara", "har",
            "arkivet"),
         st("registrator", "registratorn", "responsibility", "har ansvaret för", "ansvara",
            "har", "arkivet")], parent="2"),
    rec(D2, "3", "Ordförande / Vice ordförande",
        [("Ordförande", "ordförande", FTV), ("Vice ordförande", "vice ordförande", FTV)],
        kind="heading", label="3"),
    rec(D2, "3.1", B3, [("Ordföranden", "ordförande", FTV),
                         ("vice ordföranden", "vice ordförande", FTV),
                         ("rådets", "arkivråd", POL)],
        [("leder", "leda", "pres", "act")],
        [st("ordförande", "Ordföranden", "none", None, "leda", "leder", "rådets möten"),
         st("vice ordförande", "vice ordföranden", "none", None, "leda", "leder",
            "rådets möten")], parent="3"),
    rec(D2, "4", "Ledamöter", [("Ledamöter", "ledamot", FTV)], kind="heading", label="4"),
    rec(D2, "4.1", B4,
        [("Rådet", "arkivråd", POL), ("ledamöter", "ledamot", FTV), ("ledamot", "ledamot", FTV),
         ("valberedningen", "valberedning", POL), ("kommunens", "ekby kommun", ORG)],
        [("består", "bestå", "pres", "act"), ("Avgår", "avgå", "pres", "act"),
         ("skall", "skola", "pres", "act"),
         ("tillsättas", "tillsätta", "inf", "pass"), ("avgörs", "avgöra", "pres", "pass")],
        [st("arkivråd", "Rådet", "none", None, "bestå", "består", "av fem ledamöter"),
         st("valberedning", "valberedningen", "obligation", "skall", "tillsätta",
            "tillsättas", "plats B", passive=True,
            condition="Avgår en ledamot under mandatperioden")],
        parent="4", conditions=("Avgår en ledamot under mandatperioden",)),
]

# S4: a memo's cover field run without colons under the title line
D3 = "w36-s-memo"
M1 = ("TJÄNSTESKRIVELSE 2:4 Miljöenheten Handläggare Eva Lind 0470-55 12 90 Diarienummer MN "
      "2021/33 1/2 Miljönämnden")
TITLE3 = "Revidering av miljönämndens reglemente"
S31 = "Miljönämnden föreslår kommunfullmäktige att anta revideringen."
S32 = "Nämnden reviderade senast reglementet år 2018."
MEMO_TXT = (f"{TITLE3}\n{M1} {TITLE3} Förslag till beslut {S31} Bakgrund {S32}\n")
MEMO = [
    rec(D3, "title", TITLE3, [("miljönämndens", "miljönämnd", POL)], kind="heading"),
    rec(D3, "m1", M1, [("Miljöenheten", "miljöenhet", FORV), ("Handläggare", "handläggare", TJP),
                       ("Miljönämnden", "miljönämnd", POL)]),
    rec(D3, "h1", TITLE3, [("miljönämndens", "miljönämnd", POL)], kind="heading"),
    rec(D3, "h2", "Förslag till beslut", kind="heading"),
    rec(D3, "1", S31, [("Miljönämnden", "miljönämnd", POL),
                       ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [("föreslår", "föreslå", "pres", "act"), ("anta", "anta", "inf", "act")],
        [st("miljönämnd", "Miljönämnden", "none", None, "föreslå", "föreslår",
            "kommunfullmäktige att anta revideringen")]),
    rec(D3, "h3", "Bakgrund", kind="heading"),
    rec(D3, "2", S32, [("Nämnden", "nämnd", POL)], [("reviderade", "revidera", "past", "act")],
        [st("nämnd", "Nämnden", "none", None, "revidera", "reviderade", "reglementet")]),
]

# S4 without a title line: the field run opens the document, the title follows it
D4 = "w36-s-promemoria"
M4 = ("PROMEMORIA 1:3 Kultursekretariatet Handläggare Lena Berg Dnr KN/2022:41 1/4 Telefon "
      "0612-40 18 Kulturnämnden")
TITLE4 = "Ändring av kulturnämndens riktlinjer för bidrag"
S41 = "Kulturnämnden föreslår kommunstyrelsen att godkänna ändringen."
S42 = "Nämnden antog riktlinjerna år 2019."
PROMEMORIA_TXT = f"{M4} {TITLE4} Förslag till beslut {S41} Bakgrund {S42}\n"
PROMEMORIA = [
    rec(D4, "m1", M4, [("Kultursekretariatet", "kultursekretariat", FORV),
                       ("Handläggare", "handläggare", TJP),
                       ("Kulturnämnden", "kulturnämnd", POL)]),
    rec(D4, "title", TITLE4, [("kulturnämndens", "kulturnämnd", POL)], kind="heading"),
    rec(D4, "h1", "Förslag till beslut", kind="heading"),
    rec(D4, "1", S41, [("Kulturnämnden", "kulturnämnd", POL),
                       ("kommunstyrelsen", "kommunstyrelse", POL)],
        [("föreslår", "föreslå", "pres", "act"), ("godkänna", "godkänna", "inf", "act")],
        [st("kulturnämnd", "Kulturnämnden", "none", None, "föreslå", "föreslår",
            "kommunstyrelsen att godkänna ändringen")]),
    rec(D4, "h2", "Bakgrund", kind="heading"),
    rec(D4, "2", S42, [("Nämnden", "nämnd", POL)], [("antog", "anta", "past", "act")],
        [st("nämnd", "Nämnden", "none", None, "anta", "antog", "riktlinjerna")]),
]

DOCUMENTS = {D1: (FORBUND_TXT, FORBUND), D2: (ARKIV_TXT, ARKIV), D3: (MEMO_TXT, MEMO),
             D4: (PROMEMORIA_TXT, PROMEMORIA)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w36-s", DOCUMENTS)
