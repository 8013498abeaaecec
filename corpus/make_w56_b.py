"""Builds corpus/dev/w56-b.jsonl and the page corpus/dev/w56-b-enheter.txt with their gold:
invented material for round 56, writer w56b (analysis56-ck §2, causes C1–C7): a singular
person role (`granskare`, `revisor`) named three times or more is no document body, so a bare
`Ordföranden` keeps `ordförande` (negative: plural `revisorerna` choosing their chair); the
main-clause finite after a fronted `När`/`Om`-clause or adverb (an `-s` passive with `av` + an
agent, a present) that the tagger reads as a noun, also as the 2nd sentence of a paragraph
(negative: an agentless passive with `till` + a role); a subject series whose nouns each carry
a premodifier (negative: a relative clause inside the first conjunct); a fronted bare role
before a modal + `vara` + a definite actor (negative: an indefinite predicative); a cleft
fronted by an adverb with a comma insertion naming a second subject (negatives: a negated
conjunct, a PP insertion); `-lämnare` agent nouns; `parti` in `-s`/`-ers`; `Enheten`/
`Avdelningen` under a heading or paragraph naming an `-enhet`/`-avdelning` compound (negative:
plural `Enheterna`). Gold by hand from docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w56_b.py corpus/dev"""

import sys

from records import BOR, EXT, FORV, FTV, KAN, OVR, POL, SKA, TJP, FAR, ORG, inf, pres, records_for
from records import statement as st
from records import write_part

NONE, OB, PERM, REC, RESP = "none", "obligation", "permission", "recommendation", "responsibility"


def rec(doc, *args, **kwargs):
    return records_for(f"w56-b-{doc}", check_texts=True)("1", *args, **kwargs)


REV = "revisor"
SENTENCES = [
    # C1: a singular person role named three times is no body
    rec("granskare-1", "Granskaren ska lämna en rapport varje år. Granskaren får begära in "
        "handlingar. Granskaren granskar räkenskaperna. Granskarens rapport bifogas "
        "årsredovisningen. Ordföranden skriver under rapporten.",
        [("Granskaren", "granskare", FTV), ("Granskaren", "granskare", FTV, 1),
         ("Granskaren", "granskare", FTV, 2), ("Granskarens", "granskare", FTV),
         ("Ordföranden", "ordförande", FTV)],
        [SKA, inf("lämna"), FAR, inf("begära"), pres("granskar", "granska"),
         pres("bifogas", "bifoga", "pass"), pres("skriver", "skriva")],
        [st("granskare", "Granskaren", OB, "ska", "lämna", "lämna"),
         st("granskare", "Granskaren", PERM, "får", "begära", "begära"),
         st("granskare", "Granskaren", NONE, None, "granska", "granskar"),
         st("ordförande", "Ordföranden", NONE, None, "skriva", "skriver")]),
    rec("revisor-1", "Partiet anmäler en revisor. Revisorn intygar redovisningen. Revisorns "
        "intyg skickas till kommunen. Revisorn signerar intyget. Därefter godkänner "
        "ordföranden redovisningen.",
        [("Partiet", "parti", OVR), ("revisor", REV, FTV), ("Revisorn", REV, FTV),
         ("Revisorns", REV, FTV), ("kommunen", "kommun", ORG), ("Revisorn", REV, FTV, 1),
         ("ordföranden", "ordförande", FTV)],
        [pres("anmäler", "anmäla"), pres("intygar", "intyga"),
         pres("skickas", "skicka", "pass"), pres("signerar", "signera"),
         pres("godkänner", "godkänna")],
        [st("parti", "Partiet", NONE, None, "anmäla", "anmäler"),
         st(REV, "Revisorn", NONE, None, "intyga", "intygar"),
         st(REV, "Revisorn", NONE, None, "signera", "signerar"),
         st("ordförande", "ordföranden", NONE, None, "godkänna", "godkänner")]),
    rec("revisor-n1", "Revisorerna väljer inom sig en ordförande. Revisorerna sammanträder "
        "varannan månad. Revisorerna lämnar en revisionsberättelse. Revisorernas "
        "berättelse bifogas årsredovisningen. Ordföranden kallar till sammanträdena.",
        [("Revisorerna", REV, FTV), ("ordförande", "ordförande", FTV),
         ("Revisorerna", REV, FTV, 1), ("Revisorerna", REV, FTV, 2),
         ("Revisorernas", REV, FTV), ("Ordföranden", "revisorernas ordförande", FTV)],
        [pres("väljer", "välja"), pres("sammanträder", "sammanträda"),
         pres("lämnar", "lämna"), pres("bifogas", "bifoga", "pass"), pres("kallar", "kalla")],
        [st(REV, "Revisorerna", NONE, None, "välja", "väljer"),
         st(REV, "Revisorerna", NONE, None, "sammanträda", "sammanträder"),
         st(REV, "Revisorerna", NONE, None, "lämna", "lämnar"),
         st("revisorernas ordförande", "Ordföranden", NONE, None, "kalla", "kallar")]),
    # C2: the finite after a fronted clause or adverb
    rec("nar-1", "När protokollet har justerats anslås det av sekreteraren.",
        [("sekreteraren", "sekreterare", TJP)],
        [("har", "ha", "pres", "act"), ("justerats", "justera", "sup", "pass"),
         pres("anslås", "anslå", "pass")],
        [st("sekreterare", "sekreteraren", NONE, None, "anslå", "anslås", passive=True)]),
    rec("nar-2", "När blanketten är ifylld signeras den av firmatecknaren.",
        [("firmatecknaren", "firmatecknare", OVR)],
        [("är", "vara", "pres", "act"), pres("signeras", "signera", "pass")],
        [st("firmatecknare", "firmatecknaren", NONE, None, "signera", "signeras",
            passive=True)]),
    rec("nar-3", "Därefter undertecknas avtalet av ordföranden.",
        [("ordföranden", "ordförande", FTV)],
        [pres("undertecknas", "underteckna", "pass")],
        [st("ordförande", "ordföranden", NONE, None, "underteckna", "undertecknas",
            passive=True)]),
    rec("nar-4", "Om ansökan är ofullständig återsänder handläggaren den till sökanden.",
        [("handläggaren", "handläggare", TJP), ("sökanden", "sökande", EXT)],
        [("är", "vara", "pres", "act"), pres("återsänder", "återsända")],
        [st("handläggare", "handläggaren", NONE, None, "återsända", "återsänder")]),
    rec("nar-5", "Sökanden lämnar ansökan via e-tjänsten. När underlaget är fullständigt "
        "granskas det av handläggaren. Sedan beslutar nämnden om bidraget.",
        [("Sökanden", "sökande", EXT), ("handläggaren", "handläggare", TJP),
         ("nämnden", "nämnd", POL)],
        [pres("lämnar", "lämna"), ("är", "vara", "pres", "act"),
         pres("granskas", "granska", "pass"), pres("beslutar", "besluta")],
        [st("sökande", "Sökanden", NONE, None, "lämna", "lämnar"),
         st("handläggare", "handläggaren", NONE, None, "granska", "granskas", passive=True),
         st("nämnd", "nämnden", NONE, None, "besluta", "beslutar")]),
    rec("nar-6", "Därefter registreras ärendet av registratorn och fördelas till en "
        "handläggare.",
        [("registratorn", "registrator", TJP), ("handläggare", "handläggare", TJP)],
        [pres("registreras", "registrera", "pass"), pres("fördelas", "fördela", "pass")],
        [st("registrator", "registratorn", NONE, None, "registrera", "registreras",
            passive=True)]),
    rec("nar-n1", "När beslutet har vunnit laga kraft skickas det till revisorn.",
        [("revisorn", REV, FTV)],
        [("har", "ha", "pres", "act"), ("vunnit", "vinna", "sup", "act"),
         pres("skickas", "skicka", "pass")]),
    # C3: a subject series whose nouns each carry a premodifier
    rec("serie-1", "Ordinarie ledamöter, inkallade ersättare och övriga förtroendevalda får "
        "ersättning för förlorad arbetsinkomst.",
        [("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("förtroendevalda", "förtroendevald", FTV)],
        [pres("får", "få")],
        [st("ledamot", "ledamöter", NONE, None, "få", "får"),
         st("ersättare", "ersättare", NONE, None, "få", "får"),
         st("förtroendevald", "förtroendevalda", NONE, None, "få", "får")]),
    rec("serie-2", "Avgående ledamöter eller nyvalda ersättare ska lämna uppgifterna till "
        "kansliet.",
        [("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("kansliet", "kansli", FORV)],
        [SKA, inf("lämna")],
        [st("ledamot", "ledamöter", OB, "ska", "lämna", "lämna"),
         st("ersättare", "ersättare", OB, "ska", "lämna", "lämna")]),
    rec("serie-3", "Närvarande ledamöter, tjänstgörande ersättare och övriga förtroendevalda "
        "har rätt till arvode.",
        [("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("förtroendevalda", "förtroendevald", FTV)],
        [pres("har", "ha")],
        [st("ledamot", "ledamöter", NONE, None, "ha", "har"),
         st("ersättare", "ersättare", NONE, None, "ha", "har"),
         st("förtroendevald", "förtroendevalda", NONE, None, "ha", "har")]),
    rec("serie-4", "Vid sammanträdet har tjänstgörande ledamöter och inkallade ersättare rätt "
        "till ersättning.",
        [("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV)],
        [pres("har", "ha")],
        [st("ledamot", "ledamöter", NONE, None, "ha", "har"),
         st("ersättare", "ersättare", NONE, None, "ha", "har")]),
    rec("serie-n1", "Tjänstgörande ledamöter i nämnden, där ersättare deltar, har rätt till "
        "arvode.",
        [("ledamöter", "ledamot", FTV), ("nämnden", "nämnd", POL),
         ("ersättare", "ersättare", FTV)],
        [pres("deltar", "delta"), pres("har", "ha")],
        [st("ersättare", "ersättare", NONE, None, "delta", "deltar"),
         st("ledamot", "ledamöter", NONE, None, "ha", "har")]),
    # C4: a fronted bare role + modal + `vara` + a definite actor
    rec("roll-1", "Dataskyddsombud ska vara kommunjuristen.",
        [("kommunjuristen", "kommunjurist", TJP)],
        [SKA, inf("vara")],
        [st("kommunjurist", "kommunjuristen", OB, "ska", "vara", "vara")]),
    rec("roll-2", "Ersättare för kanslichefen bör vara ekonomichefen.",
        [("kanslichefen", "kanslichef", TJP), ("ekonomichefen", "ekonomichef", TJP)],
        [BOR, inf("vara")],
        [st("ekonomichef", "ekonomichefen", REC, "bör", "vara", "vara")]),
    rec("roll-3", "Arkivansvarig kan vara kanslichefen om nämnden så beslutar.",
        [("kanslichefen", "kanslichef", TJP), ("nämnden", "nämnd", POL)],
        [KAN, inf("vara"), pres("beslutar", "besluta")],
        [st("kanslichef", "kanslichefen", PERM, "kan", "vara", "vara"),
         st("nämnd", "nämnden", NONE, None, "besluta", "beslutar")]),
    rec("roll-n1", "Sekreterare ska vara en tjänsteman på kansliet.",
        [("Sekreterare", "sekreterare", TJP), ("kansliet", "kansli", FORV)],
        [SKA, inf("vara")],
        [st("sekreterare", "Sekreterare", OB, "ska", "vara", "vara")]),
    # C6: a cleft fronted by an adverb, a comma insertion naming a second subject
    rec("klyv-1", "Formellt är det direktionen, eller ordföranden, som undertecknar avtalet.",
        [("direktionen", "direktion", POL), ("ordföranden", "ordförande", FTV)],
        [("är", "vara", "pres", "act"), pres("undertecknar", "underteckna")],
        [st("direktion", "direktionen", NONE, None, "underteckna", "undertecknar"),
         st("ordförande", "ordföranden", NONE, None, "underteckna", "undertecknar")]),
    rec("klyv-2", "Ytterst är det nämnden, eller bolagets styrelse, som ansvarar för arkivet.",
        [("nämnden", "nämnd", POL), ("bolagets", "bolag", ORG), ("styrelse", "styrelse", POL)],
        [("är", "vara", "pres", "act"), pres("ansvarar", "ansvara")],
        [st("nämnd", "nämnden", RESP, "ansvarar för", "ansvara", "ansvarar"),
         st("styrelse", "styrelse", RESP, "ansvarar för", "ansvara", "ansvarar")]),
    rec("klyv-3", "Det är ledamöterna i direktionen, eller förbundets styrelse, som bär ansvaret.",
        [("ledamöterna", "ledamot", FTV), ("direktionen", "direktion", POL),
         ("förbundets", "förbund", ORG), ("styrelse", "styrelse", POL)],
        [("är", "vara", "pres", "act"), pres("bär", "bära")],
        [st("ledamot", "ledamöterna", NONE, None, "bära", "bär"),
         st("styrelse", "styrelse", NONE, None, "bära", "bär")]),
    rec("klyv-n1", "I sista hand är det styrelsen, och inte VD, som svarar för bolagets arkiv.",
        [("styrelsen", "styrelse", POL), ("VD", "verkställande direktör", TJP), ("bolagets", "bolag", ORG)],
        [("är", "vara", "pres", "act"), pres("svarar", "svara")],
        [st("styrelse", "styrelsen", RESP, "svarar för", "svara", "svarar")]),
    rec("klyv-n2", "Ytterst är det nämnden, i samråd med förvaltningen, som beslutar om "
        "gallring.",
        [("nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", FORV)],
        [("är", "vara", "pres", "act"), pres("beslutar", "besluta")],
        [st("nämnd", "nämnden", NONE, None, "besluta", "beslutar")]),
    # C5: `-lämnare` agent nouns; `parti` in -s and -ers
    rec("lamnare-1", "Anbudslämnaren ska bifoga registreringsbevis.",
        [("Anbudslämnaren", "anbudslämnare", OVR)], [SKA, inf("bifoga")],
        [st("anbudslämnare", "Anbudslämnaren", OB, "ska", "bifoga", "bifoga")]),
    rec("lamnare-2", "Om uppgifterna är felaktiga får uppgiftslämnaren rätta dem.",
        [("uppgiftslämnaren", "uppgiftslämnare", OVR)],
        [("är", "vara", "pres", "act"), FAR, inf("rätta")],
        [st("uppgiftslämnare", "uppgiftslämnaren", PERM, "får", "rätta", "rätta")]),
    rec("lamnare-3", "Nämnden skickar beslutet till remisslämnarna.",
        [("Nämnden", "nämnd", POL), ("remisslämnarna", "remisslämnare", OVR)],
        [pres("skickar", "skicka")],
        [st("nämnd", "Nämnden", NONE, None, "skicka", "skickar")]),
    rec("lamnare-n1", "Lämnade uppgifter sparas i fem år.", [],
        [pres("sparas", "spara", "pass")]),
    rec("parti-1", "Bidraget betalas ut till ert partis kansli.",
        [("partis", "parti", OVR), ("kansli", "kansli", FORV)],
        [pres("betalas", "betala", "pass")]),
    rec("parti-2", "Lokala partiers företrädare får delta.",
        [("partiers", "parti", OVR), ("företrädare", "företrädare", OVR)],
        [FAR, inf("delta")],
        [st("företrädare", "företrädare", PERM, "får", "delta", "delta")]),
]

# C7: `Enheten`/`Avdelningen` under a heading or opener naming a compound of that head.
D = "w56-b-enheter"
ENH_TEXT = """Inköpspolicy

Inköpsenheten

Inköpsenheten stödjer förvaltningarna vid inköp. Enheten ska upprätta ramavtal.

Enheten ansvarar för e-handeln.

Ekonomiavdelningen

Avdelningen ska ta fram budgetunderlag.

HR-enheten stödjer cheferna i personalfrågor. Enheten får även anlita konsulter.

Enheterna inom förvaltningen ska följa policyn.
"""
erec = records_for(D, check_texts=True)
UE, EA, HR = "inköpsenhet", "ekonomiavdelning", "hr-enhet"
ENH = [
    erec("title", "Inköpspolicy", kind="heading"),
    erec("1", "Inköpsenheten", [("Inköpsenheten", UE, FORV)], kind="heading"),
    erec("1.1", "Inköpsenheten stödjer förvaltningarna vid inköp. Enheten ska upprätta "
         "ramavtal.",
         [("Inköpsenheten", UE, FORV), ("förvaltningarna", "förvaltning", FORV),
          ("Enheten", UE, FORV)],
         [pres("stödjer", "stödja"), SKA, inf("upprätta")],
         [st(UE, "Inköpsenheten", NONE, None, "stödja", "stödjer"),
          st(UE, "Enheten", OB, "ska", "upprätta", "upprätta")], parent="1"),
    erec("1.2", "Enheten ansvarar för e-handeln.", [("Enheten", UE, FORV)],
         [pres("ansvarar", "ansvara")],
         [st(UE, "Enheten", RESP, "ansvarar för", "ansvara", "ansvarar")], parent="1"),
    erec("2", "Ekonomiavdelningen", [("Ekonomiavdelningen", EA, FORV)], kind="heading"),
    erec("2.1", "Avdelningen ska ta fram budgetunderlag.", [("Avdelningen", EA, FORV)],
         [SKA, inf("ta")], [st(EA, "Avdelningen", OB, "ska", "ta", "ta")], parent="2"),
    erec("2.2", "HR-enheten stödjer cheferna i personalfrågor. Enheten får även anlita "
         "konsulter.",
         [("HR-enheten", HR, FORV), ("cheferna", "chef", TJP), ("Enheten", HR, FORV),
          ("konsulter", "konsult", EXT)],
         [pres("stödjer", "stödja"), FAR, inf("anlita")],
         [st(HR, "HR-enheten", NONE, None, "stödja", "stödjer"),
          st(HR, "Enheten", PERM, "får", "anlita", "anlita")], parent="2"),
    erec("2.3", "Enheterna inom förvaltningen ska följa policyn.",
         [("Enheterna", "enhet", FORV), ("förvaltningen", "förvaltning", FORV)],
         [SKA, inf("följa")], [st("enhet", "Enheterna", OB, "ska", "följa", "följa")],
         parent="2"),
]


if __name__ == "__main__":
    write_part(sys.argv[1], "w56-b", {D: (ENH_TEXT, ENH)}, before=SENTENCES)
